# Spec: BCryptExportKey, pszBlobType table, rows BCRYPT_RSAPUBLIC_BLOB, BCRYPT_RSAPRIVATE_BLOB, BCRYPT_RSAFULLPRIVATE_BLOB,
# and BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB for RSA keys; layout from the BCRYPT_RSAKEY_BLOB page
# (blob-layouts-digest section 2.2).
Feature: RSA keys export as BCRYPT_RSAKEY_BLOB with magic RSA1, RSA2 or RSA3

  One 24-byte header (Magic, BitLength, cbPublicExp, cbModulus, cbPrime1, cbPrime2) followed by big-endian numbers:
  the public exponent and the modulus (RSA1), then the two primes (RSA2), then d mod (p-1), d mod (q-1), q^-1 mod p
  and d (RSA3). The keys are those of rsa_blob_test.json, imported from their full private blob unless a scenario
  says otherwise; every blob is compared with the vector and parsed with bcrypt_rsakey_blob.ksy.

  @row:blob.BCRYPT_RSAPUBLIC_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: An RSA key exports its public blob, magic RSA1 (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_RSAPUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                               |
      | rsa_blob_test.json#3  | RSA-512                            |
      | rsa_blob_test.json#13 | RSA-1024, e = 3, one exponent byte |
      | rsa_blob_test.json#18 | RSA-1536, e = 0x010003             |
      | rsa_blob_test.json#33 | RSA-4096, Wycheproof               |

  @row:blob.BCRYPT_RSAPRIVATE_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: An RSA key pair exports its private blob, magic RSA2 with the primes (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_RSAPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                   |
      | rsa_blob_test.json#8  | RSA-1024               |
      | rsa_blob_test.json#18 | RSA-1536, e = 0x010003 |
      | rsa_blob_test.json#23 | RSA-2048, Wycheproof   |
      | rsa_blob_test.json#28 | RSA-3072, Wycheproof   |

  @row:blob.BCRYPT_RSAFULLPRIVATE_BLOB @row:status.STATUS_SUCCESS @must @source:windows-observed
  Scenario Outline: A full private blob imports and exports again byte for byte, magic RSA3 (<what>)
    Wine's test_RSA, which passes on Windows, imports an RSAFULLPRIVATEBLOB and requires the export to return the
    same bytes. The import page does not list this blob type; Windows accepts it.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_RSAFULLPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob equals the expected blob of vector "<vector>"
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                 |
      | rsa_blob_test.json#3  | RSA-512              |
      | rsa_blob_test.json#13 | RSA-1024, e = 3      |
      | rsa_blob_test.json#23 | RSA-2048, Wycheproof |
      | rsa_blob_test.json#33 | RSA-4096, Wycheproof |

  @row:blob.BCRYPT_RSAFULLPRIVATE_BLOB @must @source:doc
  Scenario Outline: A key imported without d exports a full private blob with a valid d (<what>)
    The implementation computes d itself. CNG's keys carry d = e^-1 mod lcm(p-1, q-1); an implementation may write
    e^-1 mod (p-1)(q-1) instead. Acceptable: any d with e d = 1 mod lcm(p-1, q-1), as long as the modulus;
    Exponent1, Exponent2 and Coefficient are unique and must be exact.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_RSAFULLPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                                 |
      | rsa_blob_test.json#2  | RSA-512, imported as RSAPRIVATEBLOB  |
      | rsa_blob_test.json#17 | RSA-1536, imported as RSAPRIVATEBLOB |
      | rsa_blob_test.json#27 | RSA-3072, imported as RSAPRIVATEBLOB |

  @row:blob.BCRYPT_RSAPUBLIC_BLOB @row:blob.BCRYPT_RSAPRIVATE_BLOB @must @source:doc
  Scenario Outline: A blob imports and exports again byte for byte (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "<vector>"

    Examples:
      | vector                | blob type              | what                   |
      | rsa_blob_test.json#1  | BCRYPT_RSAPUBLIC_BLOB  | RSA-512 public key     |
      | rsa_blob_test.json#16 | BCRYPT_RSAPUBLIC_BLOB  | RSA-1536, e = 0x010003 |
      | rsa_blob_test.json#7  | BCRYPT_RSAPRIVATE_BLOB | RSA-1024 key pair      |
      | rsa_blob_test.json#22 | BCRYPT_RSAPRIVATE_BLOB | RSA-2048 key pair      |

  @row:blob.BCRYPT_PUBLIC_KEY_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: The generic public blob of an RSA key is its RSA1 blob (<what>)
    The Magic of BCRYPT_KEY_BLOB decides the layout; for an RSA public key that is RSA1.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_PUBLIC_KEY_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the magic of the blob is "RSA1"
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                 |
      | rsa_blob_test.json#8  | RSA-1024             |
      | rsa_blob_test.json#28 | RSA-3072, Wycheproof |

  @row:blob.BCRYPT_PRIVATE_KEY_BLOB @row:status.STATUS_SUCCESS @must @source:doc-silent
  Scenario Outline: The generic private blob of an RSA key is an RSA private layout (<what>)
    The page says only that the generic private blob need not hold the public key; which layout Windows writes is
    UNCONFIRMED. Acceptable: RSA2 or RSA3 with the key's numbers.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_PRIVATE_KEY_BLOB
    Then the status is STATUS_SUCCESS
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                   |
      | rsa_blob_test.json#3  | RSA-512                |
      | rsa_blob_test.json#18 | RSA-1536, e = 0x010003 |

  @row:blob.BCRYPT_PRIVATE_KEY_BLOB @should @source:windows-observed
  Scenario Outline: The generic private blob of an RSA key is RSA2, as Windows writes it (<what>)
    Blobs exported through WinRT on Windows and re-imported (PCLCrypto's test data) carry RSA2, the primes only.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_PRIVATE_KEY_BLOB
    Then the status is STATUS_SUCCESS
    And the magic of the blob is "RSA2"
    And the blob equals the expected blob of the key's vector group

    Examples:
      | vector               | what     |
      | rsa_blob_test.json#8 | RSA-1024 |

  @row:blob.BCRYPT_RSAPRIVATE_BLOB @row:blob.BCRYPT_RSAFULLPRIVATE_BLOB @must @source:windows-observed
  Scenario: A key pair generated and finalized at 512 bits exports the sizes Windows produces
    Wine's test_RSA, which passes on Windows, generates a 512-bit key and finds cbPublicExp 3 (65537),
    cbModulus 64 and cbPrime1 = cbPrime2 = 32. The kit reads the key back from the blobs and checks n = p q,
    e d = 1 mod lcm(p-1, q-1) and the CRT values.

    Given an "RSA" key pair of 512 bits, generated and finalized
    When the key is exported as BCRYPT_RSAFULLPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob holds a consistent key in the layout of its blob type
    When the key is exported as BCRYPT_RSAPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob holds a consistent key in the layout of its blob type

  @row:blob.BCRYPT_RSAPUBLIC_BLOB @row:blob.BCRYPT_RSAPRIVATE_BLOB @row:blob.BCRYPT_RSAFULLPRIVATE_BLOB @must @source:doc
  Scenario Outline: A key shaped against lazy writers exports every RSA layout exactly (<what>, <blob type>)
    Every number of BCRYPT_RSAKEY_BLOB has its own length: Prime1 and Prime2 their own, Exponent1 and the
    Coefficient that of Prime1, Exponent2 that of Prime2, the modulus and PrivateExponent (BitLength + 7) / 8 bytes,
    zero-padded where the number is shorter. These keys have primes of 200 and 312 bits, moduli of 516 and 520 bits
    (not whole bytes; an odd number of bytes), and CRT values and d with leading zero bytes. Key sizes other than
    multiples of 64 bits need not be claimed: an implementation may refuse to import the 516- and 520-bit keys
    (STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED, then NOT_CLAIMED), but one that imports them exports them
    exactly. The export goes into a buffer of exactly the vector's size.

    Given a key imported from the expected blob of vector "<vector>", unless its size is not claimed and the import is refused
    When the key is exported as <blob type> into a buffer of exactly the required size
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And no byte after cbOutput was written
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector                | blob type                  | what                            |
      | rsa_blob_test.json#38 | BCRYPT_RSAPUBLIC_BLOB      | primes of 200 and 312 bits      |
      | rsa_blob_test.json#38 | BCRYPT_RSAPRIVATE_BLOB     | primes of 200 and 312 bits      |
      | rsa_blob_test.json#38 | BCRYPT_RSAFULLPRIVATE_BLOB | primes of 200 and 312 bits      |
      | rsa_blob_test.json#43 | BCRYPT_RSAPUBLIC_BLOB      | 516-bit modulus                 |
      | rsa_blob_test.json#43 | BCRYPT_RSAPRIVATE_BLOB     | 516-bit modulus                 |
      | rsa_blob_test.json#43 | BCRYPT_RSAFULLPRIVATE_BLOB | 516-bit modulus                 |
      | rsa_blob_test.json#48 | BCRYPT_RSAPUBLIC_BLOB      | 520-bit modulus                 |
      | rsa_blob_test.json#48 | BCRYPT_RSAPRIVATE_BLOB     | 520-bit modulus                 |
      | rsa_blob_test.json#48 | BCRYPT_RSAFULLPRIVATE_BLOB | 520-bit modulus                 |
      | rsa_blob_test.json#53 | BCRYPT_RSAPUBLIC_BLOB      | leading zero bytes in CRT and d |
      | rsa_blob_test.json#53 | BCRYPT_RSAPRIVATE_BLOB     | leading zero bytes in CRT and d |
      | rsa_blob_test.json#53 | BCRYPT_RSAFULLPRIVATE_BLOB | leading zero bytes in CRT and d |

  @row:blob.BCRYPT_RSAFULLPRIVATE_BLOB @row:status.STATUS_BUFFER_TOO_SMALL @must @source:doc
  Scenario Outline: One byte short of a full private blob of an unusual key is too small (<what>)
    The size an implementation computes for these keys must be the sum of their own field lengths: one byte less
    than that is STATUS_BUFFER_TOO_SMALL with the size in *pcbResult, and nothing is written.

    Given a key imported from the expected blob of vector "<vector>", unless its size is not claimed and the import is refused
    When the key is exported as BCRYPT_RSAFULLPRIVATE_BLOB into a buffer 1 byte shorter than required
    Then the status is STATUS_BUFFER_TOO_SMALL
    And *pcbResult is the required size
    And nothing was written to pbOutput

    Examples:
      | vector                | what                            |
      | rsa_blob_test.json#38 | primes of 200 and 312 bits      |
      | rsa_blob_test.json#43 | 516-bit modulus                 |
      | rsa_blob_test.json#53 | leading zero bytes in CRT and d |

  @row:blob.BCRYPT_RSAFULLPRIVATE_BLOB @must @source:doc
  Scenario Outline: A key of unusual shape imported without d computes its full private blob (<what>)
    Imported from its RSAPRIVATEBLOB (primes only), the key's Exponent1, Exponent2 and Coefficient are computed by
    the implementation and must come out at the length of their prime, zero-padded; d may be any valid private
    exponent, as long as the modulus.

    Given a key imported from the expected blob of vector "<vector>", unless its size is not claimed and the import is refused
    When the key is exported as BCRYPT_RSAFULLPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                            |
      | rsa_blob_test.json#37 | primes of 200 and 312 bits      |
      | rsa_blob_test.json#42 | 516-bit modulus                 |
      | rsa_blob_test.json#52 | leading zero bytes in CRT and d |
