# Spec: BCryptExportKey parameter dwFlags: "This parameter must be zero for ML-KEM keys."
# ML-KEM and the PQDSA blobs arrived with Windows 11 24H2 (blob-layouts-digest, evidence table): @since:win11-24h2.
@since:win11-24h2
Feature: dwFlags must be zero when exporting an ML-KEM key

  The page singles out ML-KEM keys: dwFlags must be 0. It does not say which status a non-zero value gets
  (UNCONFIRMED), so the kit accepts STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED; what it does not accept is an
  export that succeeds or writes anything. BCRYPT_NO_KEY_VALIDATION (0x8), which BCryptGenerateKeyPair takes for
  ML-KEM, is among the values tried.

  @row:param.dwFlags.mlkem @row:param.dwFlags @must @source:doc
  Scenario Outline: A non-zero dwFlags is refused for ML-KEM keys (ML-KEM-<set>, <blob type>, dwFlags <flags>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type> with dwFlags <flags>
    Then the status is one of STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED
    And nothing was written to pbOutput

    Examples:
      | set  | vector                      | blob type                      | flags      |
      | 512  | mlkem_key_blob_test.json#3  | BCRYPT_MLKEM_PUBLIC_BLOB       | 0x00000001 |
      | 512  | mlkem_key_blob_test.json#3  | BCRYPT_MLKEM_PRIVATE_BLOB      | 0x00000008 |
      | 768  | mlkem_key_blob_test.json#18 | BCRYPT_MLKEM_PRIVATE_SEED_BLOB | 0x80000000 |
      | 1024 | mlkem_key_blob_test.json#31 | BCRYPT_MLKEM_PUBLIC_BLOB       | 0x00000040 |

  @row:param.dwFlags.mlkem @must @source:doc
  Scenario Outline: With dwFlags 0 the same export succeeds (ML-KEM-<set>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type> with dwFlags 0x00000000
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "<expected>"

    Examples:
      | set  | vector                      | blob type                | expected                    |
      | 512  | mlkem_key_blob_test.json#3  | BCRYPT_MLKEM_PUBLIC_BLOB | mlkem_key_blob_test.json#1  |
      | 1024 | mlkem_key_blob_test.json#31 | BCRYPT_MLKEM_PUBLIC_BLOB | mlkem_key_blob_test.json#31 |
