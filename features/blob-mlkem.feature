# Spec: BCryptExportKey, pszBlobType table, rows BCRYPT_MLKEM_PUBLIC_BLOB, BCRYPT_MLKEM_PRIVATE_BLOB and
# BCRYPT_MLKEM_PRIVATE_SEED_BLOB; layout BCRYPT_MLKEM_KEY_BLOB (blob-layouts-digest section 2.7).
# ML-KEM and the PQDSA blobs arrived with Windows 11 24H2 (blob-layouts-digest, evidence table): @since:win11-24h2.
@since:win11-24h2
Feature: ML-KEM keys travel in BCRYPT_MLKEM_KEY_BLOB

  The three ML-KEM blob types share one layout: a 12-byte header (magic, cbParameterSet, cbKey), the parameter set
  as a NUL-terminated UTF-16 string ("512", "768" or "1024", the NUL counted in cbParameterSet), then the FIPS 203
  bytes: the encapsulation key (magic MLKP), the expanded decapsulation key (MLKR) or the 64-byte seed d || z
  (MLKS). The kit imports keys from NIST ACVP and Wycheproof keyGen vectors (mlkem_key_blob_test.json). Every
  expected blob holds the upstream bytes, so an implementation that expands a seed must reproduce the upstream
  keys byte for byte. ML-KEM shipped in Windows 11 24H2.

  @row:blob.BCRYPT_MLKEM_PRIVATE_SEED_BLOB @row:blob.BCRYPT_MLKEM_PRIVATE_BLOB @row:blob.BCRYPT_MLKEM_PUBLIC_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A key imported from its seed expands to the upstream keys (ML-KEM-<set>, <source>)
    Given a key imported from the expected blob of vector "mlkem_key_blob_test.json#<seed>"
    When the key is exported as BCRYPT_MLKEM_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the size of the expected blob of vector "mlkem_key_blob_test.json#<private>"
    And the blob equals the expected blob of vector "mlkem_key_blob_test.json#<private>"
    And the blob parses as the BCRYPT_MLKEM_PRIVATE_BLOB of vector "mlkem_key_blob_test.json#<private>"
    When the key is exported as BCRYPT_MLKEM_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mlkem_key_blob_test.json#<public>"
    And the blob parses as the BCRYPT_MLKEM_PUBLIC_BLOB of vector "mlkem_key_blob_test.json#<public>"
    When the key is exported as BCRYPT_MLKEM_PRIVATE_SEED_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mlkem_key_blob_test.json#<seed>"
    And the blob parses as the BCRYPT_MLKEM_PRIVATE_SEED_BLOB of vector "mlkem_key_blob_test.json#<seed>"

    Examples:
      | set  | source            | seed | private | public |
      | 512  | NIST ACVP tcId 1  | 3    | 2       | 1      |
      | 768  | NIST ACVP tcId 26 | 18   | 17      | 16     |
      | 1024 | NIST ACVP tcId 51 | 33   | 32      | 31     |
      | 512  | Wycheproof tcId 1 | 48   | 47      | 46     |
      | 768  | Wycheproof tcId 2 | 66   | 65      | 64     |
      | 1024 | Wycheproof tcId 3 | 84   | 83      | 82     |

  @row:blob.BCRYPT_MLKEM_PRIVATE_BLOB @row:blob.BCRYPT_MLKEM_PUBLIC_BLOB @must @source:doc
  Scenario Outline: A key imported from its decapsulation key exports it and its encapsulation key (ML-KEM-<set>)
    Given a key imported from the expected blob of vector "mlkem_key_blob_test.json#<private>"
    When the key is exported as BCRYPT_MLKEM_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mlkem_key_blob_test.json#<private>"
    When the key is exported as BCRYPT_MLKEM_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mlkem_key_blob_test.json#<public>"

    Examples:
      | set  | private | public |
      | 512  | 5       | 4      |
      | 768  | 20      | 19     |
      | 1024 | 38      | 37     |

  @row:blob.BCRYPT_MLKEM_PUBLIC_BLOB @must @source:doc
  Scenario Outline: A key imported from its encapsulation key exports the same blob (ML-KEM-<set>)
    Given a key imported from the expected blob of vector "mlkem_key_blob_test.json#<public>"
    When the key is exported as BCRYPT_MLKEM_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mlkem_key_blob_test.json#<public>"
    And the blob parses as the BCRYPT_MLKEM_PUBLIC_BLOB of vector "mlkem_key_blob_test.json#<public>"

    Examples:
      | set  | public |
      | 512  | 7      |
      | 768  | 22     |
      | 1024 | 40     |

  @must @source:doc
  Scenario Outline: cbParameterSet counts the NUL and cbKey is the set's size (ML-KEM-<set>, <blob type>)
    Sizes from FIPS 203 table 3 and the BCRYPT_MLKEM_KEY_BLOB page: ek 800 / 1184 / 1568 bytes, dk 1632 / 2400 /
    3168, seed 64; cbParameterSet is 8 for "512" and "768" and 10 for "1024".

    Given a key imported from the expected blob of vector "mlkem_key_blob_test.json#<seed>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And the blob is a <blob type> of parameter set "<set>" with cbParameterSet <cbParameterSet> and cbKey <cbKey>

    @row:blob.BCRYPT_MLKEM_PRIVATE_BLOB
    Examples: BCRYPT_MLKEM_PRIVATE_BLOB
      | set  | seed | blob type                 | cbParameterSet | cbKey |
      | 512  | 9    | BCRYPT_MLKEM_PRIVATE_BLOB | 8              | 1632  |
      | 768  | 24   | BCRYPT_MLKEM_PRIVATE_BLOB | 8              | 2400  |
      | 1024 | 39   | BCRYPT_MLKEM_PRIVATE_BLOB | 10             | 3168  |

    @row:blob.BCRYPT_MLKEM_PRIVATE_SEED_BLOB
    Examples: BCRYPT_MLKEM_PRIVATE_SEED_BLOB
      | set  | seed | blob type                      | cbParameterSet | cbKey |
      | 512  | 9    | BCRYPT_MLKEM_PRIVATE_SEED_BLOB | 8              | 64    |
      | 768  | 24   | BCRYPT_MLKEM_PRIVATE_SEED_BLOB | 8              | 64    |
      | 1024 | 39   | BCRYPT_MLKEM_PRIVATE_SEED_BLOB | 10             | 64    |

    @row:blob.BCRYPT_MLKEM_PUBLIC_BLOB
    Examples: BCRYPT_MLKEM_PUBLIC_BLOB
      | set  | seed | blob type                | cbParameterSet | cbKey |
      | 512  | 9    | BCRYPT_MLKEM_PUBLIC_BLOB | 8              | 800   |
      | 768  | 24   | BCRYPT_MLKEM_PUBLIC_BLOB | 8              | 1184  |
      | 1024 | 39   | BCRYPT_MLKEM_PUBLIC_BLOB | 10             | 1568  |

  @row:blob.BCRYPT_MLKEM_PUBLIC_BLOB @row:blob.BCRYPT_MLKEM_PRIVATE_BLOB @row:blob.BCRYPT_MLKEM_PRIVATE_SEED_BLOB @row:remark.seed-export @must @source:windows-observed
  Scenario: A key generated with ParameterSetName 512 exports all three blobs, and its seed rebuilds it
    Go's CNG binding and .NET generate ML-KEM keys on Windows 11 24H2 by setting ParameterSetName before
    BCryptFinalizeKeyPair, and export the 64-byte seed blob from them (blob-layouts-digest, evidence table).

    Given an "ML-KEM" key pair with parameter set "512", generated and finalized
    When the key is exported as BCRYPT_MLKEM_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob is a BCRYPT_MLKEM_PUBLIC_BLOB of parameter set "512" with cbParameterSet 8 and cbKey 800
    When the key is exported as BCRYPT_MLKEM_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob is a BCRYPT_MLKEM_PRIVATE_BLOB of parameter set "512" with cbParameterSet 8 and cbKey 1632
    When the key is exported as BCRYPT_MLKEM_PRIVATE_SEED_BLOB
    Then the status is STATUS_SUCCESS
    And the blob is a BCRYPT_MLKEM_PRIVATE_SEED_BLOB of parameter set "512" with cbParameterSet 8 and cbKey 64
    When the exported blob is imported as a key pair
    Then the import status is STATUS_SUCCESS
    And the imported key exports the same BCRYPT_MLKEM_PRIVATE_BLOB as the key
    And the imported key exports the same BCRYPT_MLKEM_PUBLIC_BLOB as the key

  @row:blob.BCRYPT_MLKEM_PRIVATE_BLOB @must @source:doc-silent
  Scenario Outline: A public-only key has no decapsulation key to export (ML-KEM-<set>)
    The page does not say what a private export of a public key returns for ML-KEM (UNCONFIRMED). Windows answers
    STATUS_INVALID_PARAMETER for RSA and ECDSA public keys. Acceptable: STATUS_INVALID_PARAMETER or
    STATUS_NOT_SUPPORTED, with nothing written.

    Given a key imported from the expected blob of vector "mlkem_key_blob_test.json#<public>"
    When the key is exported as BCRYPT_MLKEM_PRIVATE_BLOB
    Then the status is one of STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED
    And nothing was written to pbOutput

    Examples:
      | set  | public |
      | 512  | 10     |
      | 1024 | 43     |
