# Spec: BCryptExportKey, pszBlobType table: the ML-KEM and PQDSA blob types "provide import and export" of keys
# with their parameter set; layout blob-layouts-digest sections 2.7 and 2.8; BCryptImportKeyPair return codes
# (section 6.2).
# ML-KEM and the PQDSA blobs arrived with Windows 11 24H2 (blob-layouts-digest, evidence table): @since:win11-24h2.
@since:win11-24h2
Feature: A post-quantum blob that does not fit its parameter set does not import

  The parameter set in the blob decides how long the key must be, and its name ends in a NUL that cbParameterSet
  counts in bytes. The kit takes a well-formed blob from the vectors, breaks exactly one of these rules and imports
  it with BCryptImportKeyPair. The page does not say which status the import returns (UNCONFIRMED); what it must
  not do is accept the blob. Acceptable: one of the failures BCryptImportKeyPair documents (STATUS_INVALID_PARAMETER,
  STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED) or NTE_BAD_DATA, which Windows returns for malformed RSA blobs,
  and no key handle.

  @must @source:doc-silent
  Scenario Outline: A parameter set the implementation does not know is refused (<vector>, "<set>")
    When the expected blob of vector "<vector>" is imported with the parameter set "<set>" in place of its own
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    @row:blob.BCRYPT_MLKEM_PRIVATE_BLOB
    Examples: BCRYPT_MLKEM_PRIVATE_BLOB
      | vector                      | set  |
      | mlkem_key_blob_test.json#32 | 2048 |

    @row:blob.BCRYPT_MLKEM_PRIVATE_SEED_BLOB
    Examples: BCRYPT_MLKEM_PRIVATE_SEED_BLOB
      | vector                     | set |
      | mlkem_key_blob_test.json#3 | 999 |

    @row:blob.BCRYPT_MLKEM_PUBLIC_BLOB
    Examples: BCRYPT_MLKEM_PUBLIC_BLOB
      | vector                     | set |
      | mlkem_key_blob_test.json#1 | 5l2 |

    @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_BLOB
      | vector                      | set       |
      | mldsa_key_blob_test.json#32 | 88        |
      | slhdsa_key_blob_test.json#2 | SHA2-128x |

    @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_SEED_BLOB
      | vector                     | set |
      | mldsa_key_blob_test.json#3 | 99  |

    @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB
    Examples: BCRYPT_PQDSA_PUBLIC_BLOB
      | vector                       | set           |
      | slhdsa_key_blob_test.json#71 | SHAKE-193f    |
      | lms_key_blob_test.json#12    | SHA256_M32_H7 |
      | xmss_key_blob_test.json#1    | SHA2_11_256   |

  @must @source:doc-silent
  Scenario Outline: A cbKey that does not match the parameter set is refused (<vector>, <what>)
    When the expected blob of vector "<vector>" is imported with the parameter set "<set>" in place of its own
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    @row:blob.BCRYPT_MLKEM_PRIVATE_BLOB
    Examples: BCRYPT_MLKEM_PRIVATE_BLOB
      | vector                      | set | what                                               |
      | mlkem_key_blob_test.json#17 | 512 | a 2400-byte ML-KEM-768 decapsulation key named 512 |

    @row:blob.BCRYPT_MLKEM_PUBLIC_BLOB
    Examples: BCRYPT_MLKEM_PUBLIC_BLOB
      | vector                     | set | what                                               |
      | mlkem_key_blob_test.json#1 | 768 | an 800-byte ML-KEM-512 encapsulation key named 768 |

    @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_BLOB
      | vector                      | set       | what                                                    |
      | mldsa_key_blob_test.json#17 | 87        | a 4032-byte ML-DSA-65 private key named 87              |
      | slhdsa_key_blob_test.json#2 | SHA2-256s | a 64-byte SLH-DSA-SHA2-128s private key named SHA2-256s |

    @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB
    Examples: BCRYPT_PQDSA_PUBLIC_BLOB
      | vector                       | set           | what                                                     |
      | mldsa_key_blob_test.json#1   | 65            | a 1312-byte ML-DSA-44 public key named 65                |
      | slhdsa_key_blob_test.json#91 | SHAKE-192s    | a 64-byte SLH-DSA-SHAKE-256s public key named SHAKE-192s |
      | lms_key_blob_test.json#1     | SHA256_M32_H5 | a 48-byte LMS M24 public key named as an M32 type        |
      | xmss_key_blob_test.json#1    | SHA2_10_192   | a 68-byte XMSS n=32 public key named as an n=24 set      |

  @must @source:doc-silent
  Scenario Outline: A key one byte shorter than its set requires is refused (<vector>)
    cbKey and the blob's length agree; only the set's size is not met.

    When the expected blob of vector "<vector>" is imported with cbKey and the key one byte shorter
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    @row:blob.BCRYPT_MLKEM_PRIVATE_BLOB
    Examples: BCRYPT_MLKEM_PRIVATE_BLOB
      | vector                      |
      | mlkem_key_blob_test.json#32 |

    @row:blob.BCRYPT_MLKEM_PRIVATE_SEED_BLOB
    Examples: BCRYPT_MLKEM_PRIVATE_SEED_BLOB
      | vector                     |
      | mlkem_key_blob_test.json#3 |

    @row:blob.BCRYPT_MLKEM_PUBLIC_BLOB
    Examples: BCRYPT_MLKEM_PUBLIC_BLOB
      | vector                      |
      | mlkem_key_blob_test.json#16 |

    @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_BLOB
      | vector                       |
      | slhdsa_key_blob_test.json#42 |

    @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_SEED_BLOB
      | vector                      |
      | mldsa_key_blob_test.json#18 |

    @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB
    Examples: BCRYPT_PQDSA_PUBLIC_BLOB
      | vector                        |
      | mldsa_key_blob_test.json#31   |
      | slhdsa_key_blob_test.json#111 |
      | lms_key_blob_test.json#10     |
      | xmss_key_blob_test.json#8     |

  @must @source:doc
  Scenario Outline: A parameter set without its NUL, or counted in characters, is refused (<vector>, <defect>)
    The BCRYPT_MLKEM_KEY_BLOB and BCRYPT_PQDSA_KEY_BLOB pages give cbParameterSet as the byte length of the
    NUL-terminated name: 8 for "512", 6 for "44".

    When the expected blob of vector "<vector>" is imported <defect>
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    @row:blob.BCRYPT_MLKEM_PRIVATE_SEED_BLOB
    Examples: BCRYPT_MLKEM_PRIVATE_SEED_BLOB
      | vector                     | defect                                                   |
      | mlkem_key_blob_test.json#3 | without the NUL after its parameter set                  |
      | mlkem_key_blob_test.json#3 | with cbParameterSet counting characters instead of bytes |

    @row:blob.BCRYPT_MLKEM_PUBLIC_BLOB
    Examples: BCRYPT_MLKEM_PUBLIC_BLOB
      | vector                      | defect                                                   |
      | mlkem_key_blob_test.json#31 | without the NUL after its parameter set                  |
      | mlkem_key_blob_test.json#16 | with cbParameterSet counting characters instead of bytes |

    @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_BLOB
      | vector                       | defect                                  |
      | slhdsa_key_blob_test.json#22 | without the NUL after its parameter set |

    @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_SEED_BLOB
      | vector                      | defect                                  |
      | mldsa_key_blob_test.json#33 | without the NUL after its parameter set |

    @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB
    Examples: BCRYPT_PQDSA_PUBLIC_BLOB
      | vector                       | defect                                                   |
      | mldsa_key_blob_test.json#1   | with cbParameterSet counting characters instead of bytes |
      | slhdsa_key_blob_test.json#51 | with cbParameterSet counting characters instead of bytes |
      | lms_key_blob_test.json#20    | without the NUL after its parameter set                  |
      | xmss_key_blob_test.json#13   | with cbParameterSet counting characters instead of bytes |
