# Spec: BCryptExportKey remarks ("export of a ML-KEM private seed will only be available if the caller used BCrypt
# to generate the key or the handle was created by importing a private seed") and the STATUS_NOT_SUPPORTED row
# ("the key handle provided does not support the export of the private seed").
# ML-KEM and the PQDSA blobs arrived with Windows 11 24H2 (blob-layouts-digest, evidence table): @since:win11-24h2.
@since:win11-24h2
Feature: A private seed can be exported only from a key that still has it

  A seed expands into the private key, not the other way round. A key BCrypt generated, or one imported from a seed
  blob, keeps its seed and exports it (see blob-mlkem.feature and blob-pqdsa-mldsa.feature); a key imported from
  the expanded private key has no seed, and its seed export fails with STATUS_NOT_SUPPORTED. The remark names
  ML-KEM; the STATUS_NOT_SUPPORTED row of the page states the same for any key that cannot export its private seed,
  which the kit applies to ML-DSA (BCRYPT_PQDSA_PRIVATE_SEED_BLOB).

  @row:remark.seed-export @row:status.STATUS_NOT_SUPPORTED @must @source:doc
  Scenario Outline: A key imported from its expanded private key cannot export a seed (<vector>, <what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_NOT_SUPPORTED
    And nothing was written to pbOutput

    @row:blob.BCRYPT_MLKEM_PRIVATE_SEED_BLOB
    Examples: BCRYPT_MLKEM_PRIVATE_SEED_BLOB
      | vector                      | what                          | blob type                      |
      | mlkem_key_blob_test.json#2  | ML-KEM-512 decapsulation key  | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |
      | mlkem_key_blob_test.json#17 | ML-KEM-768 decapsulation key  | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |
      | mlkem_key_blob_test.json#32 | ML-KEM-1024 decapsulation key | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |

    @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_SEED_BLOB
      | vector                      | what                           | blob type                      |
      | mldsa_key_blob_test.json#2  | ML-DSA-44 expanded private key | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |
      | mldsa_key_blob_test.json#32 | ML-DSA-87 expanded private key | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |

  @row:remark.seed-export @must @source:doc
  Scenario Outline: A key imported from its seed exports the same seed (<vector>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "<vector>"

    @row:blob.BCRYPT_MLKEM_PRIVATE_SEED_BLOB
    Examples: BCRYPT_MLKEM_PRIVATE_SEED_BLOB
      | vector                      | blob type                      |
      | mlkem_key_blob_test.json#6  | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |
      | mlkem_key_blob_test.json#78 | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |

    @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_SEED_BLOB
      | vector                      | blob type                      |
      | mldsa_key_blob_test.json#47 | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |

  @row:remark.seed-export @row:status.STATUS_NOT_SUPPORTED @should @source:doc-silent
  Scenario Outline: The size query of a seed the key does not have fails too (<vector>)
    The page does not say whether a size query may succeed for a seed that cannot be exported (UNCONFIRMED);
    answering a size for an export that will then fail misleads the caller.

    Given a key imported from the expected blob of vector "<vector>"
    When the size of a <blob type> export is queried
    Then the status is STATUS_NOT_SUPPORTED

    Examples:
      | vector                      | blob type                      |
      | mlkem_key_blob_test.json#5  | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |
      | mldsa_key_blob_test.json#20 | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |

  @row:remark.seed-export @must @source:doc-silent
  Scenario Outline: A public-only key has no seed to export (<vector>)
    The page covers keys imported from the expanded private key; a public key has no seed either (UNCONFIRMED which
    status). Acceptable: STATUS_NOT_SUPPORTED or STATUS_INVALID_PARAMETER, with nothing written.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is one of STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    Examples:
      | vector                      | blob type                      |
      | mlkem_key_blob_test.json#19 | BCRYPT_MLKEM_PRIVATE_SEED_BLOB |
      | mldsa_key_blob_test.json#46 | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |
