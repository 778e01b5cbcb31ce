# Spec: BCryptExportKey, pszBlobType table, rows BCRYPT_PQDSA_PUBLIC_BLOB, BCRYPT_PQDSA_PRIVATE_BLOB and
# BCRYPT_PQDSA_PRIVATE_SEED_BLOB for ML-DSA keys; layout BCRYPT_PQDSA_KEY_BLOB (blob-layouts-digest section 2.8).
# ML-KEM and the PQDSA blobs arrived with Windows 11 24H2 (blob-layouts-digest, evidence table): @since:win11-24h2.
@since:win11-24h2
Feature: ML-DSA keys travel in BCRYPT_PQDSA_KEY_BLOB

  BCRYPT_PQDSA_KEY_BLOB is the ML-KEM layout under another name: a 12-byte header (magic, cbParameterSet, cbKey),
  the parameter set as a NUL-terminated UTF-16 string ("44", "65" or "87", without an "ML-DSA-" prefix;
  cbParameterSet 6), then the FIPS 204 bytes: the public key pk (magic DSPK), the expanded private key sk (DSSK) or
  the 32-byte seed xi (DSSS). Keys come from NIST ACVP keyGen vectors (seed, pk and sk) and from Wycheproof signing
  vectors (seed and pk only) in mldsa_key_blob_test.json. ML-DSA shipped in Windows 11 24H2.

  @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A key imported from its seed expands to the upstream keys (ML-DSA-<set>, NIST ACVP tcId <tcId>)
    Given a key imported from the expected blob of vector "mldsa_key_blob_test.json#<seed>"
    When the key is exported as BCRYPT_PQDSA_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the size of the expected blob of vector "mldsa_key_blob_test.json#<private>"
    And the blob equals the expected blob of vector "mldsa_key_blob_test.json#<private>"
    And the blob parses as the BCRYPT_PQDSA_PRIVATE_BLOB of vector "mldsa_key_blob_test.json#<private>"
    When the key is exported as BCRYPT_PQDSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mldsa_key_blob_test.json#<public>"
    And the blob parses as the BCRYPT_PQDSA_PUBLIC_BLOB of vector "mldsa_key_blob_test.json#<public>"
    When the key is exported as BCRYPT_PQDSA_PRIVATE_SEED_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mldsa_key_blob_test.json#<seed>"
    And the blob parses as the BCRYPT_PQDSA_PRIVATE_SEED_BLOB of vector "mldsa_key_blob_test.json#<seed>"

    Examples:
      | set | tcId | seed | private | public |
      | 44  | 1    | 3    | 2       | 1      |
      | 65  | 26   | 18   | 17      | 16     |
      | 87  | 51   | 33   | 32      | 31     |

  @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB @must @source:doc
  Scenario Outline: A Wycheproof seed gives the Wycheproof public key (ML-DSA-<set>, group of tcId <tcId>)
    Given a key imported from the expected blob of vector "mldsa_key_blob_test.json#<seed>"
    When the key is exported as BCRYPT_PQDSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mldsa_key_blob_test.json#<public>"
    When the key is exported as BCRYPT_PQDSA_PRIVATE_SEED_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mldsa_key_blob_test.json#<seed>"

    Examples:
      | set | tcId | seed | public |
      | 44  | 1    | 47   | 46     |
      | 65  | 58   | 59   | 58     |
      | 87  | 49   | 69   | 68     |

  @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB @must @source:doc
  Scenario Outline: A key imported from its expanded private key exports it and its public key (ML-DSA-<set>)
    Given a key imported from the expected blob of vector "mldsa_key_blob_test.json#<private>"
    When the key is exported as BCRYPT_PQDSA_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mldsa_key_blob_test.json#<private>"
    When the key is exported as BCRYPT_PQDSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mldsa_key_blob_test.json#<public>"

    Examples:
      | set | private | public |
      | 44  | 5       | 4      |
      | 65  | 20      | 19     |
      | 87  | 35      | 34     |

  @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB @must @source:doc
  Scenario Outline: A key imported from its public key exports the same blob (ML-DSA-<set>)
    Given a key imported from the expected blob of vector "mldsa_key_blob_test.json#<public>"
    When the key is exported as BCRYPT_PQDSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "mldsa_key_blob_test.json#<public>"
    And the blob parses as the BCRYPT_PQDSA_PUBLIC_BLOB of vector "mldsa_key_blob_test.json#<public>"

    Examples:
      | set | public |
      | 44  | 7      |
      | 87  | 37     |

  @must @source:doc
  Scenario Outline: cbParameterSet counts the NUL and cbKey is the set's size (ML-DSA-<set>, <blob type>)
    Sizes from FIPS 204 table 2: pk 1312 / 1952 / 2592 bytes, sk 2560 / 4032 / 4896, seed 32; cbParameterSet is 6
    for every set (the BCRYPT_PQDSA_KEY_BLOB page).

    Given a key imported from the expected blob of vector "mldsa_key_blob_test.json#<seed>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And the blob is a <blob type> of parameter set "<set>" with cbParameterSet 6 and cbKey <cbKey>

    @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_BLOB
      | set | seed | blob type                 | cbKey |
      | 44  | 12   | BCRYPT_PQDSA_PRIVATE_BLOB | 2560  |
      | 65  | 27   | BCRYPT_PQDSA_PRIVATE_BLOB | 4032  |
      | 87  | 42   | BCRYPT_PQDSA_PRIVATE_BLOB | 4896  |

    @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_SEED_BLOB
      | set | seed | blob type                      | cbKey |
      | 44  | 12   | BCRYPT_PQDSA_PRIVATE_SEED_BLOB | 32    |
      | 65  | 27   | BCRYPT_PQDSA_PRIVATE_SEED_BLOB | 32    |
      | 87  | 42   | BCRYPT_PQDSA_PRIVATE_SEED_BLOB | 32    |

    @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB
    Examples: BCRYPT_PQDSA_PUBLIC_BLOB
      | set | seed | blob type                | cbKey |
      | 44  | 12   | BCRYPT_PQDSA_PUBLIC_BLOB | 1312  |
      | 65  | 27   | BCRYPT_PQDSA_PUBLIC_BLOB | 1952  |
      | 87  | 42   | BCRYPT_PQDSA_PUBLIC_BLOB | 2592  |

  @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB @row:remark.seed-export @must @source:windows-observed
  Scenario: A key generated with ParameterSetName 44 exports all three blobs, and its seed rebuilds it
    Go's CNG binding and .NET generate ML-DSA keys on Windows 11 24H2 by setting ParameterSetName before
    BCryptFinalizeKeyPair, and export the 32-byte seed blob from them (blob-layouts-digest, evidence table).

    Given an "ML-DSA" key pair with parameter set "44", generated and finalized
    When the key is exported as BCRYPT_PQDSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob is a BCRYPT_PQDSA_PUBLIC_BLOB of parameter set "44" with cbParameterSet 6 and cbKey 1312
    When the key is exported as BCRYPT_PQDSA_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob is a BCRYPT_PQDSA_PRIVATE_BLOB of parameter set "44" with cbParameterSet 6 and cbKey 2560
    When the key is exported as BCRYPT_PQDSA_PRIVATE_SEED_BLOB
    Then the status is STATUS_SUCCESS
    And the blob is a BCRYPT_PQDSA_PRIVATE_SEED_BLOB of parameter set "44" with cbParameterSet 6 and cbKey 32
    When the exported blob is imported as a key pair
    Then the import status is STATUS_SUCCESS
    And the imported key exports the same BCRYPT_PQDSA_PRIVATE_BLOB as the key
    And the imported key exports the same BCRYPT_PQDSA_PUBLIC_BLOB as the key

  @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB @must @source:doc-silent
  Scenario Outline: A public-only key has no private key to export (ML-DSA-<set>)
    The page does not say what a private export of a public key returns for ML-DSA (UNCONFIRMED). Windows answers
    STATUS_INVALID_PARAMETER for RSA and ECDSA public keys. Acceptable: STATUS_INVALID_PARAMETER or
    STATUS_NOT_SUPPORTED, with nothing written.

    Given a key imported from the expected blob of vector "mldsa_key_blob_test.json#<public>"
    When the key is exported as BCRYPT_PQDSA_PRIVATE_BLOB
    Then the status is one of STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED
    And nothing was written to pbOutput

    Examples:
      | set | public |
      | 65  | 22     |
