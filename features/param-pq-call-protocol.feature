# Spec: BCryptExportKey parameters hKey, pszBlobType, pbOutput, cbOutput, pcbResult and the return codes, applied
# to every post-quantum parameter set (the rules of param-*.feature, which use symmetric keys).
# ML-KEM and the PQDSA blobs arrived with Windows 11 24H2 (blob-layouts-digest, evidence table): @since:win11-24h2.
@since:win11-24h2
Feature: The call protocol holds for every post-quantum parameter set

  A post-quantum blob is sized by its parameter set, so the size query and the buffer checks are exercised for
  every parameter set of ML-KEM, ML-DSA and SLH-DSA, and for every LMS and XMSS set the vectors have a key of
  (8 of the 20 LMS types, 3 of the 21 XMSS sets); the handle and pointer checks once or twice per algorithm. Keys
  are imported from the vectors; the required size is the length of the vector's expected blob of the exported
  type, never a figure the implementation supplied.

  @row:param.pbOutput @row:param.cbOutput @row:param.pcbResult @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: Size query, then an export into exactly that many bytes (<algorithm> <set>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the size of a <blob type> export is queried
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    When the key is exported as <blob type> into a buffer of exactly the required size
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And no byte after cbOutput was written
    And the blob equals the expected blob of vector "<vector>"

    Examples:
      | algorithm | set             | vector                        | blob type                      |
      | ML-KEM    | 512             | mlkem_key_blob_test.json#3    | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |
      | ML-KEM    | 768             | mlkem_key_blob_test.json#17   | BCRYPT_MLKEM_PRIVATE_BLOB      |
      | ML-KEM    | 1024            | mlkem_key_blob_test.json#31   | BCRYPT_MLKEM_PUBLIC_BLOB       |
      | ML-DSA    | 44              | mldsa_key_blob_test.json#3    | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |
      | ML-DSA    | 65              | mldsa_key_blob_test.json#17   | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | ML-DSA    | 87              | mldsa_key_blob_test.json#31   | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHA2-128s       | slhdsa_key_blob_test.json#6   | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHAKE-128s      | slhdsa_key_blob_test.json#17  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHA2-128f       | slhdsa_key_blob_test.json#30  | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHAKE-128f      | slhdsa_key_blob_test.json#31  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHA2-192s       | slhdsa_key_blob_test.json#44  | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHAKE-192s      | slhdsa_key_blob_test.json#55  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHA2-192f       | slhdsa_key_blob_test.json#68  | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHAKE-192f      | slhdsa_key_blob_test.json#79  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHA2-256s       | slhdsa_key_blob_test.json#82  | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHAKE-256s      | slhdsa_key_blob_test.json#93  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHA2-256f       | slhdsa_key_blob_test.json#106 | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHAKE-256f      | slhdsa_key_blob_test.json#117 | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | LMS       | SHA256_M32_H10  | lms_key_blob_test.json#10     | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | XMSS      | SHA2_10_192     | xmss_key_blob_test.json#8     | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | LMS       | SHA256_M24_H5   | lms_key_blob_test.json#1      | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | LMS       | SHA256_M24_H10  | lms_key_blob_test.json#6      | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | LMS       | SHA256_M32_H5   | lms_key_blob_test.json#11     | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | LMS       | SHAKE_M24_H5    | lms_key_blob_test.json#20     | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | LMS       | SHAKE_M24_H10   | lms_key_blob_test.json#24     | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | LMS       | SHAKE_M32_H5    | lms_key_blob_test.json#28     | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | LMS       | SHAKE_M32_H10   | lms_key_blob_test.json#32     | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | XMSS      | SHA2_10_256     | xmss_key_blob_test.json#2     | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | XMSS      | SHAKE256_10_256 | xmss_key_blob_test.json#12    | BCRYPT_PQDSA_PUBLIC_BLOB       |

  @row:status.STATUS_BUFFER_TOO_SMALL @row:param.cbOutput @must @source:doc
  Scenario Outline: One byte short is too small, reports the size and writes nothing (<algorithm> <set>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type> into a buffer 1 byte shorter than required
    Then the status is STATUS_BUFFER_TOO_SMALL
    And *pcbResult is the required size
    And nothing was written to pbOutput

    Examples:
      | algorithm | set             | vector                        | blob type                      |
      | ML-KEM    | 512             | mlkem_key_blob_test.json#1    | BCRYPT_MLKEM_PUBLIC_BLOB       |
      | ML-KEM    | 768             | mlkem_key_blob_test.json#18   | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |
      | ML-KEM    | 1024            | mlkem_key_blob_test.json#32   | BCRYPT_MLKEM_PRIVATE_BLOB      |
      | ML-DSA    | 44              | mldsa_key_blob_test.json#1    | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | ML-DSA    | 65              | mldsa_key_blob_test.json#18   | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |
      | ML-DSA    | 87              | mldsa_key_blob_test.json#32   | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHA2-128s       | slhdsa_key_blob_test.json#5   | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHAKE-128s      | slhdsa_key_blob_test.json#18  | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHA2-128f       | slhdsa_key_blob_test.json#29  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHAKE-128f      | slhdsa_key_blob_test.json#32  | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHA2-192s       | slhdsa_key_blob_test.json#43  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHAKE-192s      | slhdsa_key_blob_test.json#56  | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHA2-192f       | slhdsa_key_blob_test.json#67  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHAKE-192f      | slhdsa_key_blob_test.json#80  | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHA2-256s       | slhdsa_key_blob_test.json#81  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHAKE-256s      | slhdsa_key_blob_test.json#94  | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | SLH-DSA   | SHA2-256f       | slhdsa_key_blob_test.json#105 | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHAKE-256f      | slhdsa_key_blob_test.json#118 | BCRYPT_PQDSA_PRIVATE_BLOB      |
      | LMS       | SHAKE_M24_H5    | lms_key_blob_test.json#22     | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | XMSS      | SHAKE256_10_256 | xmss_key_blob_test.json#13    | BCRYPT_PQDSA_PUBLIC_BLOB       |

  @row:status.STATUS_BUFFER_TOO_SMALL @row:param.cbOutput @must @source:windows-observed
  Scenario Outline: A real buffer with cbOutput 0 is too small (<algorithm> <set>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type> into a buffer of 0 bytes
    Then the status is STATUS_BUFFER_TOO_SMALL
    And *pcbResult is the required size
    And nothing was written to pbOutput

    Examples:
      | algorithm | set | vector                      | blob type                      |
      | ML-KEM    | 768 | mlkem_key_blob_test.json#16 | BCRYPT_MLKEM_PUBLIC_BLOB       |
      | ML-DSA    | 87  | mldsa_key_blob_test.json#33 | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |

  @row:param.pcbResult @row:status.STATUS_INVALID_PARAMETER @must @source:doc
  Scenario Outline: A NULL pcbResult is an invalid parameter (<algorithm> <set>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type> with a NULL pcbResult and a buffer of the required size
    Then the status is STATUS_INVALID_PARAMETER

    Examples:
      | algorithm | set        | vector                       | blob type                      |
      | ML-KEM    | 1024       | mlkem_key_blob_test.json#33  | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |
      | ML-DSA    | 65         | mldsa_key_blob_test.json#16  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | SLH-DSA   | SHAKE-128s | slhdsa_key_blob_test.json#14 | BCRYPT_PQDSA_PRIVATE_BLOB      |

  @row:param.hKey @row:status.STATUS_INVALID_HANDLE @must @source:doc
  Scenario Outline: A destroyed key handle is invalid (<algorithm> <set>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    And the key has been destroyed
    When the key is exported as <blob type>
    Then the status is STATUS_INVALID_HANDLE
    And nothing was written to pbOutput

    Examples:
      | algorithm | set         | vector                       | blob type                      |
      | ML-KEM    | 512         | mlkem_key_blob_test.json#2   | BCRYPT_MLKEM_PRIVATE_BLOB      |
      | ML-DSA    | 87          | mldsa_key_blob_test.json#33  | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |
      | SLH-DSA   | SHA2-192f   | slhdsa_key_blob_test.json#61 | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | XMSS      | SHA2_10_256 | xmss_key_blob_test.json#3    | BCRYPT_PQDSA_PUBLIC_BLOB       |

  @row:param.hKey @row:status.STATUS_INVALID_HANDLE @should @source:windows-observed
  Scenario Outline: A key pair not yet finalized cannot be exported (<algorithm> <set>)
    Wine's test_SecretAgreement, which passes on Windows, gets STATUS_INVALID_HANDLE when it exports a DH key pair
    before BCryptFinalizeKeyPair; the kit expects the same of every key pair.

    Given an "<algorithm>" key pair with parameter set "<set>", generated but not finalized
    When the key is exported as <blob type>
    Then the status is STATUS_INVALID_HANDLE
    And nothing was written to pbOutput

    Examples:
      | algorithm | set | blob type                |
      | ML-KEM    | 768 | BCRYPT_MLKEM_PUBLIC_BLOB |
      | ML-DSA    | 44  | BCRYPT_PQDSA_PUBLIC_BLOB |

  @row:param.pszBlobType @row:status.STATUS_NOT_SUPPORTED @must @source:doc-silent
  Scenario Outline: A blob type of another key family is refused (<blob type> of an <algorithm> key)
    As for symmetric keys (param-blob-type-and-flags.feature): STATUS_NOT_SUPPORTED or STATUS_INVALID_PARAMETER,
    with nothing written (UNCONFIRMED: no Windows evidence).

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is one of STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    Examples:
      | algorithm | vector                      | blob type                      |
      | ML-KEM    | mlkem_key_blob_test.json#3  | BCRYPT_PQDSA_PUBLIC_BLOB       |
      | ML-KEM    | mlkem_key_blob_test.json#3  | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |
      | ML-KEM    | mlkem_key_blob_test.json#3  | BCRYPT_KEY_DATA_BLOB           |
      | ML-KEM    | mlkem_key_blob_test.json#3  | BCRYPT_RSAPUBLIC_BLOB          |
      | ML-DSA    | mldsa_key_blob_test.json#3  | BCRYPT_MLKEM_PUBLIC_BLOB       |
      | ML-DSA    | mldsa_key_blob_test.json#3  | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |
      | ML-DSA    | mldsa_key_blob_test.json#3  | BCRYPT_OPAQUE_KEY_BLOB         |
      | SLH-DSA   | slhdsa_key_blob_test.json#2 | BCRYPT_MLKEM_PRIVATE_BLOB      |
      | LMS       | lms_key_blob_test.json#1    | BCRYPT_MLKEM_PUBLIC_BLOB       |

  @row:param.pszBlobType @row:status.STATUS_INVALID_PARAMETER @must @source:doc
  Scenario Outline: A NULL blob type is an invalid parameter (<algorithm> key)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported with a NULL pszBlobType
    Then the status is STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    Examples:
      | algorithm | vector                      |
      | ML-KEM    | mlkem_key_blob_test.json#33 |
      | ML-DSA    | mldsa_key_blob_test.json#18 |
