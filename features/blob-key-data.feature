# Spec: BCryptExportKey, pszBlobType table, row BCRYPT_KEY_DATA_BLOB; layout from the BCRYPT_KEY_DATA_BLOB_HEADER page
# (blob-layouts-digest section 2.1): 4-byte magic "KDBM", version 1, cbKeyData, then the key bytes.
Feature: BCRYPT_KEY_DATA_BLOB carries a symmetric key in the clear

  A symmetric key exported as BCRYPT_KEY_DATA_BLOB is a 12-byte BCRYPT_KEY_DATA_BLOB_HEADER followed by the key
  bytes exactly as they were given to BCryptGenerateSymmetricKey. The expected blobs come from the vector file
  key_data_blob_test.json; each one is checked at build time against the Kaitai layout bcrypt_key_data_blob.ksy.

  @row:blob.BCRYPT_KEY_DATA_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A key made from a secret exports as the expected BCRYPT_KEY_DATA_BLOB (<vector>, <what>)
    Given a symmetric key made from the secret of vector "<vector>"
    When the key is exported as BCRYPT_KEY_DATA_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the size of the expected blob of vector "<vector>"
    And the blob equals the expected blob of vector "<vector>"
    And the blob parses as the BCRYPT_KEY_DATA_BLOB of vector "<vector>"

    Examples:
      | vector                     | what                                  |
      | key_data_blob_test.json#1  | AES-128, RFC 3394 4.1 key data        |
      | key_data_blob_test.json#3  | AES-192, RFC 3394 4.4 key data        |
      | key_data_blob_test.json#5  | AES-256, RFC 3394 4.6 key data        |
      | key_data_blob_test.json#11 | AES-128, generated                    |
      | key_data_blob_test.json#13 | AES-192, generated                    |
      | key_data_blob_test.json#15 | AES-256, generated                    |
      | key_data_blob_test.json#17 | 3DES, generated                       |
      | key_data_blob_test.json#19 | 3DES, generated                       |

  @row:blob.BCRYPT_KEY_DATA_BLOB @must @source:windows-observed
  Scenario Outline: The blobs Windows produced are reproduced byte for byte (<vector>, <what>)
    Wine's conformance test test_key_import_export, which passes on Windows, exports these two AES keys as
    exactly these 28-byte and 44-byte blobs.

    Given a symmetric key made from the secret of vector "<vector>"
    When the key is exported as BCRYPT_KEY_DATA_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "<vector>"

    Examples:
      | vector                    | what                   |
      | key_data_blob_test.json#7 | AES-128, 16 bytes 0x11 |
      | key_data_blob_test.json#9 | AES-256, 32 bytes 0x22 |

  @row:blob.BCRYPT_KEY_DATA_BLOB @must @source:windows-observed
  Scenario Outline: A key imported from a BCRYPT_KEY_DATA_BLOB exports the same bytes again (<vector>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_KEY_DATA_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "<vector>"

    Examples:
      | vector                     |
      | key_data_blob_test.json#7  |
      | key_data_blob_test.json#15 |
      | key_data_blob_test.json#19 |
