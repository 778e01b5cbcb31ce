# Spec: BCryptExportKey, pszBlobType table, rows BCRYPT_PQDSA_PUBLIC_BLOB and BCRYPT_PQDSA_PRIVATE_BLOB for SLH-DSA
# keys; layout BCRYPT_PQDSA_KEY_BLOB, magics SHPK / SHSK and the twelve parameter-set names of bcrypt.h
# (blob-layouts-digest section 2.8).
# ML-KEM and the PQDSA blobs arrived with Windows 11 24H2 (blob-layouts-digest, evidence table): @since:win11-24h2.
@since:win11-24h2
Feature: SLH-DSA keys travel in BCRYPT_PQDSA_KEY_BLOB (optional claim)

  The page lists SLH-DSA among the PQDSA blob types and bcrypt.h defines its magics (SHPK public, SHSK private; no
  seed magic) and its parameter-set names ("SHA2-128s" ... "SHAKE-256f"). Windows BCrypt does not offer SLH-DSA as of
  2026, so these scenarios run only for an implementation that claims the algorithm "SLH-DSA". Microsoft documents
  neither the key bytes nor their sizes (UNCONFIRMED): the kit expects the FIPS 205 encodings, public key
  PK.seed || PK.root (2n bytes) and private key SK.seed || SK.prf || PK.seed || PK.root (4n bytes), with n 16, 24 or
  32. Keys come from NIST ACVP keyGen vectors of all twelve sets (slhdsa_key_blob_test.json).

  @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB @must @source:doc-silent
  Scenario Outline: A key imported from its private key exports both blobs with the set's sizes (<set>)
    UNCONFIRMED key encoding (see above); cbParameterSet counts the UTF-16 NUL.

    Given a key imported from the expected blob of vector "slhdsa_key_blob_test.json#<private>"
    When the key is exported as BCRYPT_PQDSA_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "slhdsa_key_blob_test.json#<private>"
    And the blob parses as the BCRYPT_PQDSA_PRIVATE_BLOB of vector "slhdsa_key_blob_test.json#<private>"
    And the blob is a BCRYPT_PQDSA_PRIVATE_BLOB of parameter set "<set>" with cbParameterSet <cbParameterSet> and cbKey <private size>
    When the key is exported as BCRYPT_PQDSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "slhdsa_key_blob_test.json#<public>"
    And the blob is a BCRYPT_PQDSA_PUBLIC_BLOB of parameter set "<set>" with cbParameterSet <cbParameterSet> and cbKey <public size>

    Examples:
      | set        | private | public | cbParameterSet | public size | private size |
      | SHA2-128s  | 2       | 1      | 20             | 32          | 64           |
      | SHAKE-128s | 14      | 13     | 22             | 32          | 64           |
      | SHA2-128f  | 26      | 25     | 20             | 32          | 64           |
      | SHAKE-128f | 38      | 37     | 22             | 32          | 64           |
      | SHA2-192s  | 50      | 49     | 20             | 48          | 96           |
      | SHAKE-192s | 52      | 51     | 22             | 48          | 96           |
      | SHA2-192f  | 64      | 63     | 20             | 48          | 96           |
      | SHAKE-192f | 76      | 75     | 22             | 48          | 96           |
      | SHA2-256s  | 88      | 87     | 20             | 64          | 128          |
      | SHAKE-256s | 100     | 99     | 22             | 64          | 128          |
      | SHA2-256f  | 102     | 101    | 20             | 64          | 128          |
      | SHAKE-256f | 114     | 113    | 22             | 64          | 128          |

  @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB @must @source:doc-silent
  Scenario Outline: A key imported from its public key exports the same blob (<set>)
    Given a key imported from the expected blob of vector "slhdsa_key_blob_test.json#<public>"
    When the key is exported as BCRYPT_PQDSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "slhdsa_key_blob_test.json#<public>"
    And the blob parses as the BCRYPT_PQDSA_PUBLIC_BLOB of vector "slhdsa_key_blob_test.json#<public>"

    Examples:
      | set        | public |
      | SHA2-128s  | 9      |
      | SHAKE-192f | 79     |
      | SHA2-256f  | 109    |

  @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB @must @source:doc-silent
  Scenario Outline: An SLH-DSA key has no seed blob (<set>)
    bcrypt.h defines no SLH-DSA seed magic, so no BCRYPT_PQDSA_PRIVATE_SEED_BLOB exists for these keys (the page does
    not say which status the export returns: UNCONFIRMED). Acceptable: STATUS_NOT_SUPPORTED or
    STATUS_INVALID_PARAMETER, with nothing written.

    Given a key imported from the expected blob of vector "slhdsa_key_blob_test.json#<private>"
    When the key is exported as BCRYPT_PQDSA_PRIVATE_SEED_BLOB, a blob type its algorithm does not have
    Then the status is one of STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    Examples:
      | set        | private |
      | SHAKE-128f | 34      |
      | SHA2-256s  | 84      |

  @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB @must @source:doc-silent
  Scenario Outline: A public-only key has no private key to export (<set>)
    Acceptable: STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED, with nothing written (UNCONFIRMED, as for ML-DSA).

    Given a key imported from the expected blob of vector "slhdsa_key_blob_test.json#<public>"
    When the key is exported as BCRYPT_PQDSA_PRIVATE_BLOB
    Then the status is one of STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED
    And nothing was written to pbOutput

    Examples:
      | set        | public |
      | SHAKE-256s | 95     |
