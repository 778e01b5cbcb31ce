# Spec: BCryptExportKey parameters hKey, pbOutput, cbOutput, pcbResult, dwFlags; return codes STATUS_SUCCESS,
# STATUS_BUFFER_TOO_SMALL, STATUS_INVALID_HANDLE, STATUS_INVALID_PARAMETER.
# Issue #10, part 1: every call-protocol rule on every claimed (algorithm, blob type) pair.
Feature: Every call-protocol rule holds for every blob type an implementation claims

  The other features check a rule on a sample of blob types; a bug on any other type would go through. Here each
  rule is applied to every blob type the implementation claims to export for a key (its claims, not a list in
  this file), for keys it imported from a vector and keys it generated. Each scenario reports every (algorithm,
  blob type) pair as a verdict of its own, named by the scenario and the blob type in brackets, so a report or a
  baseline says which pair failed. Generated keys have the smallest size the vectors give, so the run stays fast.

  Two rules hold on every call of every scenario of the kit, this feature's included, and need no scenario of
  their own: a buffer passed as input (pbInput, pbSecret, a property value: [in] parameters of the C functions)
  comes back unchanged, and no buffer changes after its call returned (the kit checks every buffer of a scenario
  again when the scenario ends). Either failure is OVERRUN on the scenario, or on the pair whose blob type the call
  had.

  @row:param.pbOutput @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A NULL pbOutput asks for the size of every claimed blob type (<key>)
    The page: with pbOutput NULL, *pcbResult receives the size the blob needs. The kit asks with cbOutput 0 and
    with cbOutput 4096 and compares the answer with the length of a real export, never with itself.

    Given <given>
    Then every claimed blob type answers a size query with the size of its export

    Examples:
      | key                    | given                                                                                             |
      | AES-128, imported      | a key imported from the expected blob of vector "key_data_blob_test.json#1"                       |
      | 3DES, imported         | a key imported from the expected blob of vector "key_data_blob_test.json#17"                      |
      | AES-256, from a secret | a symmetric key made from the secret of vector "key_data_blob_test.json#5"                        |
      | 3DES, from a secret    | a symmetric key made from the secret of vector "key_data_blob_test.json#19"                       |
      | DES, from a secret     | a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#50"                   |
      | RSA-512, imported      | a key imported from the expected blob of vector "rsa_blob_test.json#3"                            |
      | RSA-512, generated     | a "RSA" key pair of 512 bits, generated and finalized                                             |
      | DSA-512, imported      | a key imported from the expected blob of vector "dsa_blob_test.json#2"                            |
      | DSA-512, generated     | a "DSA" key pair of 512 bits, generated and finalized                                             |
      | DH-768, imported       | a key imported from the expected blob of vector "dh_blob_test.json#2"                             |
      | DH-768, generated      | a "DH" key pair of 768 bits on the group of vector "dh_blob_test.json#1", generated and finalized |
      | ECDH_P256, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#2"                            |
      | ECDH_P256, generated   | an "ECDH_P256" key pair of 256 bits, generated and finalized                                      |
      | ECDH_P384, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#6"                            |
      | ECDH_P384, generated   | an "ECDH_P384" key pair of 384 bits, generated and finalized                                      |
      | ECDH_P521, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#10"                           |
      | ECDH_P521, generated   | an "ECDH_P521" key pair of 521 bits, generated and finalized                                      |
      | ECDSA_P256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#18"                           |
      | ECDSA_P256, generated  | an "ECDSA_P256" key pair of 256 bits, generated and finalized                                     |
      | ECDSA_P384, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#22"                           |
      | ECDSA_P384, generated  | an "ECDSA_P384" key pair of 384 bits, generated and finalized                                     |
      | ECDSA_P521, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#26"                           |
      | ECDSA_P521, generated  | an "ECDSA_P521" key pair of 521 bits, generated and finalized                                     |

    @since:win10
    Examples: curve-agnostic ECC algorithms (from Windows 10)
      | key                          | given                                                                   |
      | ECDH on nistP256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#30" |
      | ECDH on nistP384, generated  | an "ECDH" key pair on the curve "nistP384", generated and finalized     |
      | ECDSA on nistP384, imported  | a key imported from the expected blob of vector "ecc_blob_test.json#34" |
      | ECDSA on nistP521, generated | an "ECDSA" key pair on the curve "nistP521", generated and finalized    |

    @since:win11-24h2
    Examples: post-quantum keys (from Windows 11 24H2)
      | key                           | given                                                                          |
      | ML-KEM-512, imported          | a key imported from the expected blob of vector "mlkem_key_blob_test.json#3"   |
      | ML-KEM-768, generated         | an "ML-KEM" key pair with parameter set "768", generated and finalized         |
      | ML-DSA-44, imported           | a key imported from the expected blob of vector "mldsa_key_blob_test.json#3"   |
      | ML-DSA-65, generated          | an "ML-DSA" key pair with parameter set "65", generated and finalized          |
      | SLH-DSA-SHA2-128f, imported   | a key imported from the expected blob of vector "slhdsa_key_blob_test.json#22" |
      | SLH-DSA-SHAKE-128f, generated | a "SLH-DSA" key pair with parameter set "SHAKE-128f", generated and finalized  |
      | LMS SHA256_M24_H5, imported   | a key imported from the expected blob of vector "lms_key_blob_test.json#1"     |
      | XMSS SHA2_10_256, imported    | a key imported from the expected blob of vector "xmss_key_blob_test.json#1"    |

  @row:param.cbOutput @row:param.pcbResult @must @source:doc
  Scenario Outline: Every claimed blob type fills a buffer of exactly its size and a larger one (<key>)
    The page: *pcbResult is the number of bytes copied. The kit exports into exactly that many bytes and into 64
    more, each followed by its canary; both give the blob of a plain export (an opaque blob only its size, since
    its content is the provider's own) and nothing after cbOutput changes.

    Given <given>
    Then every claimed blob type fills a buffer of exactly its size, and a larger one, with nothing after cbOutput

    Examples:
      | key                    | given                                                                                             |
      | AES-128, imported      | a key imported from the expected blob of vector "key_data_blob_test.json#1"                       |
      | 3DES, imported         | a key imported from the expected blob of vector "key_data_blob_test.json#17"                      |
      | AES-256, from a secret | a symmetric key made from the secret of vector "key_data_blob_test.json#5"                        |
      | 3DES, from a secret    | a symmetric key made from the secret of vector "key_data_blob_test.json#19"                       |
      | DES, from a secret     | a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#50"                   |
      | RSA-512, imported      | a key imported from the expected blob of vector "rsa_blob_test.json#3"                            |
      | RSA-512, generated     | a "RSA" key pair of 512 bits, generated and finalized                                             |
      | DSA-512, imported      | a key imported from the expected blob of vector "dsa_blob_test.json#2"                            |
      | DSA-512, generated     | a "DSA" key pair of 512 bits, generated and finalized                                             |
      | DH-768, imported       | a key imported from the expected blob of vector "dh_blob_test.json#2"                             |
      | DH-768, generated      | a "DH" key pair of 768 bits on the group of vector "dh_blob_test.json#1", generated and finalized |
      | ECDH_P256, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#2"                            |
      | ECDH_P256, generated   | an "ECDH_P256" key pair of 256 bits, generated and finalized                                      |
      | ECDH_P384, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#6"                            |
      | ECDH_P384, generated   | an "ECDH_P384" key pair of 384 bits, generated and finalized                                      |
      | ECDH_P521, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#10"                           |
      | ECDH_P521, generated   | an "ECDH_P521" key pair of 521 bits, generated and finalized                                      |
      | ECDSA_P256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#18"                           |
      | ECDSA_P256, generated  | an "ECDSA_P256" key pair of 256 bits, generated and finalized                                     |
      | ECDSA_P384, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#22"                           |
      | ECDSA_P384, generated  | an "ECDSA_P384" key pair of 384 bits, generated and finalized                                     |
      | ECDSA_P521, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#26"                           |
      | ECDSA_P521, generated  | an "ECDSA_P521" key pair of 521 bits, generated and finalized                                     |

    @since:win10
    Examples: curve-agnostic ECC algorithms (from Windows 10)
      | key                          | given                                                                   |
      | ECDH on nistP256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#30" |
      | ECDH on nistP384, generated  | an "ECDH" key pair on the curve "nistP384", generated and finalized     |
      | ECDSA on nistP384, imported  | a key imported from the expected blob of vector "ecc_blob_test.json#34" |
      | ECDSA on nistP521, generated | an "ECDSA" key pair on the curve "nistP521", generated and finalized    |

    @since:win11-24h2
    Examples: post-quantum keys (from Windows 11 24H2)
      | key                           | given                                                                          |
      | ML-KEM-512, imported          | a key imported from the expected blob of vector "mlkem_key_blob_test.json#3"   |
      | ML-KEM-768, generated         | an "ML-KEM" key pair with parameter set "768", generated and finalized         |
      | ML-DSA-44, imported           | a key imported from the expected blob of vector "mldsa_key_blob_test.json#3"   |
      | ML-DSA-65, generated          | an "ML-DSA" key pair with parameter set "65", generated and finalized          |
      | SLH-DSA-SHA2-128f, imported   | a key imported from the expected blob of vector "slhdsa_key_blob_test.json#22" |
      | SLH-DSA-SHAKE-128f, generated | a "SLH-DSA" key pair with parameter set "SHAKE-128f", generated and finalized  |
      | LMS SHA256_M24_H5, imported   | a key imported from the expected blob of vector "lms_key_blob_test.json#1"     |
      | XMSS SHA2_10_256, imported    | a key imported from the expected blob of vector "xmss_key_blob_test.json#1"    |

  @row:param.cbOutput @should @source:doc-silent
  Scenario Outline: Every claimed blob type leaves the rest of a larger buffer alone (<key>)
    The page says nothing of the bytes between *pcbResult and cbOutput, and no Windows evidence shows them
    (UNCONFIRMED). Acceptable: left as the caller filled them, or zeroed. Anything else may be part of a private
    blob left where the caller does not look for key material, hence a recommendation at least.

    Given <given>
    Then every claimed blob type leaves the bytes after the blob in a larger buffer as they were, or zeroed

    Examples:
      | key                    | given                                                                                             |
      | AES-128, imported      | a key imported from the expected blob of vector "key_data_blob_test.json#1"                       |
      | 3DES, imported         | a key imported from the expected blob of vector "key_data_blob_test.json#17"                      |
      | AES-256, from a secret | a symmetric key made from the secret of vector "key_data_blob_test.json#5"                        |
      | 3DES, from a secret    | a symmetric key made from the secret of vector "key_data_blob_test.json#19"                       |
      | DES, from a secret     | a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#50"                   |
      | RSA-512, imported      | a key imported from the expected blob of vector "rsa_blob_test.json#3"                            |
      | RSA-512, generated     | a "RSA" key pair of 512 bits, generated and finalized                                             |
      | DSA-512, imported      | a key imported from the expected blob of vector "dsa_blob_test.json#2"                            |
      | DSA-512, generated     | a "DSA" key pair of 512 bits, generated and finalized                                             |
      | DH-768, imported       | a key imported from the expected blob of vector "dh_blob_test.json#2"                             |
      | DH-768, generated      | a "DH" key pair of 768 bits on the group of vector "dh_blob_test.json#1", generated and finalized |
      | ECDH_P256, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#2"                            |
      | ECDH_P256, generated   | an "ECDH_P256" key pair of 256 bits, generated and finalized                                      |
      | ECDH_P384, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#6"                            |
      | ECDH_P384, generated   | an "ECDH_P384" key pair of 384 bits, generated and finalized                                      |
      | ECDH_P521, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#10"                           |
      | ECDH_P521, generated   | an "ECDH_P521" key pair of 521 bits, generated and finalized                                      |
      | ECDSA_P256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#18"                           |
      | ECDSA_P256, generated  | an "ECDSA_P256" key pair of 256 bits, generated and finalized                                     |
      | ECDSA_P384, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#22"                           |
      | ECDSA_P384, generated  | an "ECDSA_P384" key pair of 384 bits, generated and finalized                                     |
      | ECDSA_P521, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#26"                           |
      | ECDSA_P521, generated  | an "ECDSA_P521" key pair of 521 bits, generated and finalized                                     |

    @since:win10
    Examples: curve-agnostic ECC algorithms (from Windows 10)
      | key                          | given                                                                   |
      | ECDH on nistP256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#30" |
      | ECDH on nistP384, generated  | an "ECDH" key pair on the curve "nistP384", generated and finalized     |
      | ECDSA on nistP384, imported  | a key imported from the expected blob of vector "ecc_blob_test.json#34" |
      | ECDSA on nistP521, generated | an "ECDSA" key pair on the curve "nistP521", generated and finalized    |

    @since:win11-24h2
    Examples: post-quantum keys (from Windows 11 24H2)
      | key                           | given                                                                          |
      | ML-KEM-512, imported          | a key imported from the expected blob of vector "mlkem_key_blob_test.json#3"   |
      | ML-KEM-768, generated         | an "ML-KEM" key pair with parameter set "768", generated and finalized         |
      | ML-DSA-44, imported           | a key imported from the expected blob of vector "mldsa_key_blob_test.json#3"   |
      | ML-DSA-65, generated          | an "ML-DSA" key pair with parameter set "65", generated and finalized          |
      | SLH-DSA-SHA2-128f, imported   | a key imported from the expected blob of vector "slhdsa_key_blob_test.json#22" |
      | SLH-DSA-SHAKE-128f, generated | a "SLH-DSA" key pair with parameter set "SHAKE-128f", generated and finalized  |
      | LMS SHA256_M24_H5, imported   | a key imported from the expected blob of vector "lms_key_blob_test.json#1"     |
      | XMSS SHA2_10_256, imported    | a key imported from the expected blob of vector "xmss_key_blob_test.json#1"    |

  @row:status.STATUS_BUFFER_TOO_SMALL @row:param.cbOutput @must @source:doc
  Scenario Outline: One byte short is too small for every claimed blob type (<key>)
    The page: STATUS_BUFFER_TOO_SMALL when cbOutput is too small; the caller learns the size from *pcbResult.
    Nothing may be written into a buffer the blob does not fit.

    Given <given>
    Then every claimed blob type, one byte short, is too small, reports its size and writes nothing

    Examples:
      | key                    | given                                                                                             |
      | AES-128, imported      | a key imported from the expected blob of vector "key_data_blob_test.json#1"                       |
      | 3DES, imported         | a key imported from the expected blob of vector "key_data_blob_test.json#17"                      |
      | AES-256, from a secret | a symmetric key made from the secret of vector "key_data_blob_test.json#5"                        |
      | 3DES, from a secret    | a symmetric key made from the secret of vector "key_data_blob_test.json#19"                       |
      | DES, from a secret     | a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#50"                   |
      | RSA-512, imported      | a key imported from the expected blob of vector "rsa_blob_test.json#3"                            |
      | RSA-512, generated     | a "RSA" key pair of 512 bits, generated and finalized                                             |
      | DSA-512, imported      | a key imported from the expected blob of vector "dsa_blob_test.json#2"                            |
      | DSA-512, generated     | a "DSA" key pair of 512 bits, generated and finalized                                             |
      | DH-768, imported       | a key imported from the expected blob of vector "dh_blob_test.json#2"                             |
      | DH-768, generated      | a "DH" key pair of 768 bits on the group of vector "dh_blob_test.json#1", generated and finalized |
      | ECDH_P256, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#2"                            |
      | ECDH_P256, generated   | an "ECDH_P256" key pair of 256 bits, generated and finalized                                      |
      | ECDH_P384, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#6"                            |
      | ECDH_P384, generated   | an "ECDH_P384" key pair of 384 bits, generated and finalized                                      |
      | ECDH_P521, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#10"                           |
      | ECDH_P521, generated   | an "ECDH_P521" key pair of 521 bits, generated and finalized                                      |
      | ECDSA_P256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#18"                           |
      | ECDSA_P256, generated  | an "ECDSA_P256" key pair of 256 bits, generated and finalized                                     |
      | ECDSA_P384, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#22"                           |
      | ECDSA_P384, generated  | an "ECDSA_P384" key pair of 384 bits, generated and finalized                                     |
      | ECDSA_P521, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#26"                           |
      | ECDSA_P521, generated  | an "ECDSA_P521" key pair of 521 bits, generated and finalized                                     |

    @since:win10
    Examples: curve-agnostic ECC algorithms (from Windows 10)
      | key                          | given                                                                   |
      | ECDH on nistP256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#30" |
      | ECDH on nistP384, generated  | an "ECDH" key pair on the curve "nistP384", generated and finalized     |
      | ECDSA on nistP384, imported  | a key imported from the expected blob of vector "ecc_blob_test.json#34" |
      | ECDSA on nistP521, generated | an "ECDSA" key pair on the curve "nistP521", generated and finalized    |

    @since:win11-24h2
    Examples: post-quantum keys (from Windows 11 24H2)
      | key                           | given                                                                          |
      | ML-KEM-512, imported          | a key imported from the expected blob of vector "mlkem_key_blob_test.json#3"   |
      | ML-KEM-768, generated         | an "ML-KEM" key pair with parameter set "768", generated and finalized         |
      | ML-DSA-44, imported           | a key imported from the expected blob of vector "mldsa_key_blob_test.json#3"   |
      | ML-DSA-65, generated          | an "ML-DSA" key pair with parameter set "65", generated and finalized          |
      | SLH-DSA-SHA2-128f, imported   | a key imported from the expected blob of vector "slhdsa_key_blob_test.json#22" |
      | SLH-DSA-SHAKE-128f, generated | a "SLH-DSA" key pair with parameter set "SHAKE-128f", generated and finalized  |
      | LMS SHA256_M24_H5, imported   | a key imported from the expected blob of vector "lms_key_blob_test.json#1"     |
      | XMSS SHA2_10_256, imported    | a key imported from the expected blob of vector "xmss_key_blob_test.json#1"    |

  @row:param.hKey @row:status.STATUS_INVALID_HANDLE @must @source:doc
  Scenario Outline: A destroyed key is an invalid handle for every claimed blob type (<key>)
    The page: STATUS_INVALID_HANDLE when hKey is not valid. A key handle is not valid once BCryptDestroyKey
    returned, whichever blob type is asked for.

    Given <given>
    And the key has been destroyed
    Then every claimed blob type of the destroyed key is an invalid handle and writes nothing

    Examples:
      | key                    | given                                                                                             |
      | AES-128, imported      | a key imported from the expected blob of vector "key_data_blob_test.json#1"                       |
      | 3DES, imported         | a key imported from the expected blob of vector "key_data_blob_test.json#17"                      |
      | AES-256, from a secret | a symmetric key made from the secret of vector "key_data_blob_test.json#5"                        |
      | 3DES, from a secret    | a symmetric key made from the secret of vector "key_data_blob_test.json#19"                       |
      | DES, from a secret     | a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#50"                   |
      | RSA-512, imported      | a key imported from the expected blob of vector "rsa_blob_test.json#3"                            |
      | RSA-512, generated     | a "RSA" key pair of 512 bits, generated and finalized                                             |
      | DSA-512, imported      | a key imported from the expected blob of vector "dsa_blob_test.json#2"                            |
      | DSA-512, generated     | a "DSA" key pair of 512 bits, generated and finalized                                             |
      | DH-768, imported       | a key imported from the expected blob of vector "dh_blob_test.json#2"                             |
      | DH-768, generated      | a "DH" key pair of 768 bits on the group of vector "dh_blob_test.json#1", generated and finalized |
      | ECDH_P256, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#2"                            |
      | ECDH_P256, generated   | an "ECDH_P256" key pair of 256 bits, generated and finalized                                      |
      | ECDH_P384, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#6"                            |
      | ECDH_P384, generated   | an "ECDH_P384" key pair of 384 bits, generated and finalized                                      |
      | ECDH_P521, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#10"                           |
      | ECDH_P521, generated   | an "ECDH_P521" key pair of 521 bits, generated and finalized                                      |
      | ECDSA_P256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#18"                           |
      | ECDSA_P256, generated  | an "ECDSA_P256" key pair of 256 bits, generated and finalized                                     |
      | ECDSA_P384, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#22"                           |
      | ECDSA_P384, generated  | an "ECDSA_P384" key pair of 384 bits, generated and finalized                                     |
      | ECDSA_P521, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#26"                           |
      | ECDSA_P521, generated  | an "ECDSA_P521" key pair of 521 bits, generated and finalized                                     |

    @since:win10
    Examples: curve-agnostic ECC algorithms (from Windows 10)
      | key                          | given                                                                   |
      | ECDH on nistP256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#30" |
      | ECDH on nistP384, generated  | an "ECDH" key pair on the curve "nistP384", generated and finalized     |
      | ECDSA on nistP384, imported  | a key imported from the expected blob of vector "ecc_blob_test.json#34" |
      | ECDSA on nistP521, generated | an "ECDSA" key pair on the curve "nistP521", generated and finalized    |

    @since:win11-24h2
    Examples: post-quantum keys (from Windows 11 24H2)
      | key                           | given                                                                          |
      | ML-KEM-512, imported          | a key imported from the expected blob of vector "mlkem_key_blob_test.json#3"   |
      | ML-KEM-768, generated         | an "ML-KEM" key pair with parameter set "768", generated and finalized         |
      | ML-DSA-44, imported           | a key imported from the expected blob of vector "mldsa_key_blob_test.json#3"   |
      | ML-DSA-65, generated          | an "ML-DSA" key pair with parameter set "65", generated and finalized          |
      | SLH-DSA-SHA2-128f, imported   | a key imported from the expected blob of vector "slhdsa_key_blob_test.json#22" |
      | SLH-DSA-SHAKE-128f, generated | a "SLH-DSA" key pair with parameter set "SHAKE-128f", generated and finalized  |
      | LMS SHA256_M24_H5, imported   | a key imported from the expected blob of vector "lms_key_blob_test.json#1"     |
      | XMSS SHA2_10_256, imported    | a key imported from the expected blob of vector "xmss_key_blob_test.json#1"    |

  @row:param.dwFlags @must @source:doc-silent
  Scenario Outline: An undefined dwFlags is refused or ignored on every claimed blob type (<key>)
    The page defines no flag for these exports and says nothing of an undefined one (UNCONFIRMED). Acceptable:
    STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED with nothing written, or STATUS_SUCCESS with exactly the blob
    of dwFlags 0: never another blob, and never a public blob for a private request. dwFlags 0x00000001 and
    0x80000000 are tried (ML-KEM keys must refuse both: param-dwflags-mlkem.feature).

    Given <given>
    Then every claimed blob type with an undefined dwFlags is refused, or gives the blob of dwFlags 0

    Examples:
      | key                    | given                                                                                             |
      | AES-128, imported      | a key imported from the expected blob of vector "key_data_blob_test.json#1"                       |
      | 3DES, imported         | a key imported from the expected blob of vector "key_data_blob_test.json#17"                      |
      | AES-256, from a secret | a symmetric key made from the secret of vector "key_data_blob_test.json#5"                        |
      | 3DES, from a secret    | a symmetric key made from the secret of vector "key_data_blob_test.json#19"                       |
      | DES, from a secret     | a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#50"                   |
      | RSA-512, imported      | a key imported from the expected blob of vector "rsa_blob_test.json#3"                            |
      | RSA-512, generated     | a "RSA" key pair of 512 bits, generated and finalized                                             |
      | DSA-512, imported      | a key imported from the expected blob of vector "dsa_blob_test.json#2"                            |
      | DSA-512, generated     | a "DSA" key pair of 512 bits, generated and finalized                                             |
      | DH-768, imported       | a key imported from the expected blob of vector "dh_blob_test.json#2"                             |
      | DH-768, generated      | a "DH" key pair of 768 bits on the group of vector "dh_blob_test.json#1", generated and finalized |
      | ECDH_P256, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#2"                            |
      | ECDH_P256, generated   | an "ECDH_P256" key pair of 256 bits, generated and finalized                                      |
      | ECDH_P384, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#6"                            |
      | ECDH_P384, generated   | an "ECDH_P384" key pair of 384 bits, generated and finalized                                      |
      | ECDH_P521, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#10"                           |
      | ECDH_P521, generated   | an "ECDH_P521" key pair of 521 bits, generated and finalized                                      |
      | ECDSA_P256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#18"                           |
      | ECDSA_P256, generated  | an "ECDSA_P256" key pair of 256 bits, generated and finalized                                     |
      | ECDSA_P384, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#22"                           |
      | ECDSA_P384, generated  | an "ECDSA_P384" key pair of 384 bits, generated and finalized                                     |
      | ECDSA_P521, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#26"                           |
      | ECDSA_P521, generated  | an "ECDSA_P521" key pair of 521 bits, generated and finalized                                     |

    @since:win10
    Examples: curve-agnostic ECC algorithms (from Windows 10)
      | key                          | given                                                                   |
      | ECDH on nistP256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#30" |
      | ECDH on nistP384, generated  | an "ECDH" key pair on the curve "nistP384", generated and finalized     |
      | ECDSA on nistP384, imported  | a key imported from the expected blob of vector "ecc_blob_test.json#34" |
      | ECDSA on nistP521, generated | an "ECDSA" key pair on the curve "nistP521", generated and finalized    |

    @since:win11-24h2
    Examples: post-quantum keys (from Windows 11 24H2)
      | key                           | given                                                                          |
      | ML-KEM-512, imported          | a key imported from the expected blob of vector "mlkem_key_blob_test.json#3"   |
      | ML-KEM-768, generated         | an "ML-KEM" key pair with parameter set "768", generated and finalized         |
      | ML-DSA-44, imported           | a key imported from the expected blob of vector "mldsa_key_blob_test.json#3"   |
      | ML-DSA-65, generated          | an "ML-DSA" key pair with parameter set "65", generated and finalized          |
      | SLH-DSA-SHA2-128f, imported   | a key imported from the expected blob of vector "slhdsa_key_blob_test.json#22" |
      | SLH-DSA-SHAKE-128f, generated | a "SLH-DSA" key pair with parameter set "SHAKE-128f", generated and finalized  |
      | LMS SHA256_M24_H5, imported   | a key imported from the expected blob of vector "lms_key_blob_test.json#1"     |
      | XMSS SHA2_10_256, imported    | a key imported from the expected blob of vector "xmss_key_blob_test.json#1"    |

  @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: Every claimed blob type imports back into the same key (<key>)
    The page: the blob is for BCryptImportKey / BCryptImportKeyPair. Every type the implementation claims to
    export and import goes back in (the import's pbInput unchanged, as for every call) and the new key exports
    the same blob (an opaque blob is only imported: its content is the provider's own; an RSA blob may carry
    another valid d of the same n, e, p and q, which fix the key).

    Given <given>
    Then every claimed blob type imports back into a key that exports the same blob

    Examples:
      | key                    | given                                                                                             |
      | AES-128, imported      | a key imported from the expected blob of vector "key_data_blob_test.json#1"                       |
      | 3DES, imported         | a key imported from the expected blob of vector "key_data_blob_test.json#17"                      |
      | AES-256, from a secret | a symmetric key made from the secret of vector "key_data_blob_test.json#5"                        |
      | 3DES, from a secret    | a symmetric key made from the secret of vector "key_data_blob_test.json#19"                       |
      | DES, from a secret     | a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#50"                   |
      | RSA-512, imported      | a key imported from the expected blob of vector "rsa_blob_test.json#3"                            |
      | RSA-512, generated     | a "RSA" key pair of 512 bits, generated and finalized                                             |
      | DSA-512, imported      | a key imported from the expected blob of vector "dsa_blob_test.json#2"                            |
      | DSA-512, generated     | a "DSA" key pair of 512 bits, generated and finalized                                             |
      | DH-768, imported       | a key imported from the expected blob of vector "dh_blob_test.json#2"                             |
      | DH-768, generated      | a "DH" key pair of 768 bits on the group of vector "dh_blob_test.json#1", generated and finalized |
      | ECDH_P256, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#2"                            |
      | ECDH_P256, generated   | an "ECDH_P256" key pair of 256 bits, generated and finalized                                      |
      | ECDH_P384, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#6"                            |
      | ECDH_P384, generated   | an "ECDH_P384" key pair of 384 bits, generated and finalized                                      |
      | ECDH_P521, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#10"                           |
      | ECDH_P521, generated   | an "ECDH_P521" key pair of 521 bits, generated and finalized                                      |
      | ECDSA_P256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#18"                           |
      | ECDSA_P256, generated  | an "ECDSA_P256" key pair of 256 bits, generated and finalized                                     |
      | ECDSA_P384, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#22"                           |
      | ECDSA_P384, generated  | an "ECDSA_P384" key pair of 384 bits, generated and finalized                                     |
      | ECDSA_P521, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#26"                           |
      | ECDSA_P521, generated  | an "ECDSA_P521" key pair of 521 bits, generated and finalized                                     |

    @since:win10
    Examples: curve-agnostic ECC algorithms (from Windows 10)
      | key                          | given                                                                   |
      | ECDH on nistP256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#30" |
      | ECDH on nistP384, generated  | an "ECDH" key pair on the curve "nistP384", generated and finalized     |
      | ECDSA on nistP384, imported  | a key imported from the expected blob of vector "ecc_blob_test.json#34" |
      | ECDSA on nistP521, generated | an "ECDSA" key pair on the curve "nistP521", generated and finalized    |

    @since:win11-24h2
    Examples: post-quantum keys (from Windows 11 24H2)
      | key                           | given                                                                          |
      | ML-KEM-512, imported          | a key imported from the expected blob of vector "mlkem_key_blob_test.json#3"   |
      | ML-KEM-768, generated         | an "ML-KEM" key pair with parameter set "768", generated and finalized         |
      | ML-DSA-44, imported           | a key imported from the expected blob of vector "mldsa_key_blob_test.json#3"   |
      | ML-DSA-65, generated          | an "ML-DSA" key pair with parameter set "65", generated and finalized          |
      | SLH-DSA-SHA2-128f, imported   | a key imported from the expected blob of vector "slhdsa_key_blob_test.json#22" |
      | SLH-DSA-SHAKE-128f, generated | a "SLH-DSA" key pair with parameter set "SHAKE-128f", generated and finalized  |
      | LMS SHA256_M24_H5, imported   | a key imported from the expected blob of vector "lms_key_blob_test.json#1"     |
      | XMSS SHA2_10_256, imported    | a key imported from the expected blob of vector "xmss_key_blob_test.json#1"    |

  @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A key exports one set of numbers in every claimed blob type (<key>)
    A blob describes the key: the same key gives the same blob every time, and every number two blob types both
    carry (n, e, p, q, d; x, y; p, q, g; the secret) is the same in both. The kit reads each blob with its own
    parsers; a key from a vector must give exactly the vector's blob of each type, and a generated key must satisfy
    its arithmetic (n = p q, Q = d G, y = g^x mod p).

    Given <given>
    Then every claimed blob type exports the same numbers twice and the numbers of every other type

    Examples:
      | key                    | given                                                                                             |
      | AES-128, imported      | a key imported from the expected blob of vector "key_data_blob_test.json#1"                       |
      | 3DES, imported         | a key imported from the expected blob of vector "key_data_blob_test.json#17"                      |
      | AES-256, from a secret | a symmetric key made from the secret of vector "key_data_blob_test.json#5"                        |
      | 3DES, from a secret    | a symmetric key made from the secret of vector "key_data_blob_test.json#19"                       |
      | DES, from a secret     | a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#50"                   |
      | RSA-512, imported      | a key imported from the expected blob of vector "rsa_blob_test.json#3"                            |
      | RSA-512, generated     | a "RSA" key pair of 512 bits, generated and finalized                                             |
      | DSA-512, imported      | a key imported from the expected blob of vector "dsa_blob_test.json#2"                            |
      | DSA-512, generated     | a "DSA" key pair of 512 bits, generated and finalized                                             |
      | DH-768, imported       | a key imported from the expected blob of vector "dh_blob_test.json#2"                             |
      | DH-768, generated      | a "DH" key pair of 768 bits on the group of vector "dh_blob_test.json#1", generated and finalized |
      | ECDH_P256, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#2"                            |
      | ECDH_P256, generated   | an "ECDH_P256" key pair of 256 bits, generated and finalized                                      |
      | ECDH_P384, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#6"                            |
      | ECDH_P384, generated   | an "ECDH_P384" key pair of 384 bits, generated and finalized                                      |
      | ECDH_P521, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#10"                           |
      | ECDH_P521, generated   | an "ECDH_P521" key pair of 521 bits, generated and finalized                                      |
      | ECDSA_P256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#18"                           |
      | ECDSA_P256, generated  | an "ECDSA_P256" key pair of 256 bits, generated and finalized                                     |
      | ECDSA_P384, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#22"                           |
      | ECDSA_P384, generated  | an "ECDSA_P384" key pair of 384 bits, generated and finalized                                     |
      | ECDSA_P521, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#26"                           |
      | ECDSA_P521, generated  | an "ECDSA_P521" key pair of 521 bits, generated and finalized                                     |

    @since:win10
    Examples: curve-agnostic ECC algorithms (from Windows 10)
      | key                          | given                                                                   |
      | ECDH on nistP256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#30" |
      | ECDH on nistP384, generated  | an "ECDH" key pair on the curve "nistP384", generated and finalized     |
      | ECDSA on nistP384, imported  | a key imported from the expected blob of vector "ecc_blob_test.json#34" |
      | ECDSA on nistP521, generated | an "ECDSA" key pair on the curve "nistP521", generated and finalized    |

    @since:win11-24h2
    Examples: post-quantum keys (from Windows 11 24H2)
      | key                           | given                                                                          |
      | ML-KEM-512, imported          | a key imported from the expected blob of vector "mlkem_key_blob_test.json#3"   |
      | ML-KEM-768, generated         | an "ML-KEM" key pair with parameter set "768", generated and finalized         |
      | ML-DSA-44, imported           | a key imported from the expected blob of vector "mldsa_key_blob_test.json#3"   |
      | ML-DSA-65, generated          | an "ML-DSA" key pair with parameter set "65", generated and finalized          |
      | SLH-DSA-SHA2-128f, imported   | a key imported from the expected blob of vector "slhdsa_key_blob_test.json#22" |
      | SLH-DSA-SHAKE-128f, generated | a "SLH-DSA" key pair with parameter set "SHAKE-128f", generated and finalized  |
      | LMS SHA256_M24_H5, imported   | a key imported from the expected blob of vector "lms_key_blob_test.json#1"     |
      | XMSS SHA2_10_256, imported    | a key imported from the expected blob of vector "xmss_key_blob_test.json#1"    |

  @row:status.STATUS_INVALID_PARAMETER @must @source:doc-silent
  Scenario Outline: Every claimed import refuses what is not its blob (<key>)
    The import pages give no single status for a damaged blob (UNCONFIRMED on Windows for these edits).
    Acceptable: STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED or NTE_BAD_DATA, and no
    key handle. The kit damages the key's own blob of each type it claims to import: the magic of another family,
    a cbInput one byte short of what the blob's fields say, and for post-quantum blobs a parameter set of another
    family and one in the wrong case. A reader that trusts the type string, ignores case or reads past cbInput
    would take them.

    Given <given>
    Then every claimed import refuses a foreign magic, a parameter set of another family or case, and a short cbInput

    Examples:
      | key                    | given                                                                                             |
      | AES-128, imported      | a key imported from the expected blob of vector "key_data_blob_test.json#1"                       |
      | 3DES, imported         | a key imported from the expected blob of vector "key_data_blob_test.json#17"                      |
      | AES-256, from a secret | a symmetric key made from the secret of vector "key_data_blob_test.json#5"                        |
      | 3DES, from a secret    | a symmetric key made from the secret of vector "key_data_blob_test.json#19"                       |
      | DES, from a secret     | a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#50"                   |
      | RSA-512, imported      | a key imported from the expected blob of vector "rsa_blob_test.json#3"                            |
      | RSA-512, generated     | a "RSA" key pair of 512 bits, generated and finalized                                             |
      | DSA-512, imported      | a key imported from the expected blob of vector "dsa_blob_test.json#2"                            |
      | DSA-512, generated     | a "DSA" key pair of 512 bits, generated and finalized                                             |
      | DH-768, imported       | a key imported from the expected blob of vector "dh_blob_test.json#2"                             |
      | DH-768, generated      | a "DH" key pair of 768 bits on the group of vector "dh_blob_test.json#1", generated and finalized |
      | ECDH_P256, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#2"                            |
      | ECDH_P256, generated   | an "ECDH_P256" key pair of 256 bits, generated and finalized                                      |
      | ECDH_P384, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#6"                            |
      | ECDH_P384, generated   | an "ECDH_P384" key pair of 384 bits, generated and finalized                                      |
      | ECDH_P521, imported    | a key imported from the expected blob of vector "ecc_blob_test.json#10"                           |
      | ECDH_P521, generated   | an "ECDH_P521" key pair of 521 bits, generated and finalized                                      |
      | ECDSA_P256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#18"                           |
      | ECDSA_P256, generated  | an "ECDSA_P256" key pair of 256 bits, generated and finalized                                     |
      | ECDSA_P384, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#22"                           |
      | ECDSA_P384, generated  | an "ECDSA_P384" key pair of 384 bits, generated and finalized                                     |
      | ECDSA_P521, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#26"                           |
      | ECDSA_P521, generated  | an "ECDSA_P521" key pair of 521 bits, generated and finalized                                     |

    @since:win10
    Examples: curve-agnostic ECC algorithms (from Windows 10)
      | key                          | given                                                                   |
      | ECDH on nistP256, imported   | a key imported from the expected blob of vector "ecc_blob_test.json#30" |
      | ECDH on nistP384, generated  | an "ECDH" key pair on the curve "nistP384", generated and finalized     |
      | ECDSA on nistP384, imported  | a key imported from the expected blob of vector "ecc_blob_test.json#34" |
      | ECDSA on nistP521, generated | an "ECDSA" key pair on the curve "nistP521", generated and finalized    |

    @since:win11-24h2
    Examples: post-quantum keys (from Windows 11 24H2)
      | key                           | given                                                                          |
      | ML-KEM-512, imported          | a key imported from the expected blob of vector "mlkem_key_blob_test.json#3"   |
      | ML-KEM-768, generated         | an "ML-KEM" key pair with parameter set "768", generated and finalized         |
      | ML-DSA-44, imported           | a key imported from the expected blob of vector "mldsa_key_blob_test.json#3"   |
      | ML-DSA-65, generated          | an "ML-DSA" key pair with parameter set "65", generated and finalized          |
      | SLH-DSA-SHA2-128f, imported   | a key imported from the expected blob of vector "slhdsa_key_blob_test.json#22" |
      | SLH-DSA-SHAKE-128f, generated | a "SLH-DSA" key pair with parameter set "SHAKE-128f", generated and finalized  |
      | LMS SHA256_M24_H5, imported   | a key imported from the expected blob of vector "lms_key_blob_test.json#1"     |
      | XMSS SHA2_10_256, imported    | a key imported from the expected blob of vector "xmss_key_blob_test.json#1"    |

  @row:blob.BCRYPT_OPAQUE_KEY_BLOB @must @source:doc-silent
  Scenario Outline: An opaque blob holds its key, not a reference to it (<key>)
    The page leaves the opaque format to the provider; it is for storing a key and importing it into the same
    provider later. Acceptable: only an import that restores the same key after the original key is destroyed
    and its algorithm handle closed and opened again. A blob that names the live key would be lost with it.

    Given <given>
    Then the claimed opaque blob imports after the key is destroyed and the algorithm handle reopened, as the same key

    Examples:
      | key                    | given                                                                           |
      | AES-128, imported      | a key imported from the expected blob of vector "key_data_blob_test.json#1"     |
      | 3DES, imported         | a key imported from the expected blob of vector "key_data_blob_test.json#17"    |
      | AES-256, from a secret | a symmetric key made from the secret of vector "key_data_blob_test.json#5"      |
      | 3DES, from a secret    | a symmetric key made from the secret of vector "key_data_blob_test.json#19"     |
      | DES, from a secret     | a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#50" |

  @row:status.STATUS_INVALID_HANDLE @row:param.hKey @must @source:doc-silent
  Scenario Outline: A key pair that is not finalized exports no claimed blob type (<key>)
    Windows answers STATUS_INVALID_HANDLE for a DH key exported before BCryptFinalizeKeyPair (blob-dh.feature);
    for the other families the page is silent (UNCONFIRMED). Acceptable: STATUS_INVALID_HANDLE or
    STATUS_INVALID_PARAMETER with nothing written, for every blob type of every key-pair family.

    Given <given>
    Then every claimed blob type of the unfinished key pair is refused and writes nothing

    Examples:
      | key            | given                                                             |
      | RSA-512        | a "RSA" key pair of 512 bits, generated but not finalized         |
      | DSA-512        | a "DSA" key pair of 512 bits, generated but not finalized         |
      | DH-768         | a "DH" key pair of 768 bits, generated but not finalized          |
      | ECDH_P256-256  | an "ECDH_P256" key pair of 256 bits, generated but not finalized  |
      | ECDH_P384-384  | an "ECDH_P384" key pair of 384 bits, generated but not finalized  |
      | ECDH_P521-521  | an "ECDH_P521" key pair of 521 bits, generated but not finalized  |
      | ECDSA_P256-256 | an "ECDSA_P256" key pair of 256 bits, generated but not finalized |
      | ECDSA_P384-384 | an "ECDSA_P384" key pair of 384 bits, generated but not finalized |
      | ECDSA_P521-521 | an "ECDSA_P521" key pair of 521 bits, generated but not finalized |

    @since:win11-24h2
    Examples: post-quantum keys (from Windows 11 24H2)
      | key               | given                                                                            |
      | ML-KEM-512        | an "ML-KEM" key pair with parameter set "512", generated but not finalized       |
      | ML-DSA-44         | an "ML-DSA" key pair with parameter set "44", generated but not finalized        |
      | SLH-DSA-SHA2-128f | a "SLH-DSA" key pair with parameter set "SHA2-128f", generated but not finalized |

  @row:status.STATUS_INVALID_PARAMETER @must @source:doc-silent
  Scenario Outline: An import of one byte of a blob is refused (<what>)
    The other extreme of "a cbInput one byte short": cbInput 1 holds not even the first header field. An import
    that reads its header from the array instead of from the cbInput bytes it was given reads what the caller did
    not pass. Acceptable as for every damaged blob: STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE,
    STATUS_NOT_SUPPORTED or NTE_BAD_DATA, and no key handle.

    When the expected blob of vector "<vector>" is imported with cbInput 1
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    Examples:
      | vector                    | what             |
      | rsa_blob_test.json#2      | RSA private      |
      | ecc_blob_test.json#2      | ECDH_P256        |
      | dsa_blob_test.json#2      | DSA private      |
      | dh_blob_test.json#2       | DH private       |
      | key_data_blob_test.json#1 | AES-128 key data |

