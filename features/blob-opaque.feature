# Spec: BCryptExportKey, pszBlobType table, row BCRYPT_OPAQUE_KEY_BLOB; BCryptImportKey lists the same type.
Feature: BCRYPT_OPAQUE_KEY_BLOB goes back only into the provider that made it

  The content of an opaque blob is the provider's own business, so the kit never checks its bytes. What the page
  does require is that the provider which exported the blob can import it again: the kit imports the blob into
  the same implementation and checks that the restored key is the original one by exporting it as
  BCRYPT_KEY_DATA_BLOB and comparing with the vector.

  @row:blob.BCRYPT_OPAQUE_KEY_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: An opaque blob re-imports and restores the same key (<vector>, <what>)
    Given a symmetric key made from the secret of vector "<vector>"
    When the key is exported as BCRYPT_OPAQUE_KEY_BLOB
    Then the status is STATUS_SUCCESS
    When the exported blob is imported as BCRYPT_OPAQUE_KEY_BLOB
    Then the import status is STATUS_SUCCESS
    When the imported key is exported as BCRYPT_KEY_DATA_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "<vector>"

    Examples:
      | vector                     | what    |
      | key_data_blob_test.json#1  | AES-128 |
      | key_data_blob_test.json#3  | AES-192 |
      | key_data_blob_test.json#5  | AES-256 |
      | key_data_blob_test.json#17 | 3DES    |

  @row:blob.BCRYPT_OPAQUE_KEY_BLOB @must @source:doc
  Scenario Outline: The same key exports an opaque blob of a stable size (<vector>)
    The size query and the export agree, so a caller can allocate the buffer the page asks it to allocate.

    Given a symmetric key made from the secret of vector "<vector>"
    When the size of a BCRYPT_OPAQUE_KEY_BLOB export is queried
    Then the status is STATUS_SUCCESS
    When the key is exported as BCRYPT_OPAQUE_KEY_BLOB into a buffer of exactly the required size
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size

    Examples:
      | vector                     |
      | key_data_blob_test.json#9  |
      | key_data_blob_test.json#19 |

  @row:blob.BCRYPT_OPAQUE_KEY_BLOB @must @source:doc-silent
  Scenario Outline: An opaque import does not take another blob type's bytes (<what>)
    The opaque format is the provider's own, and the page gives no status for a blob that is not one
    (UNCONFIRMED). Acceptable: a refusal (STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED
    or NTE_BAD_DATA) and no key handle. The key's own KeyDataBlob given as an opaque blob is not one: an import
    that took it would make a key of bytes that are not that key.

    Given a symmetric key made from the secret of vector "<vector>"
    When the key's BCRYPT_KEY_DATA_BLOB blob is imported as BCRYPT_OPAQUE_KEY_BLOB
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    Examples:
      | vector                     | what    |
      | key_data_blob_test.json#1  | AES-128 |
      | key_data_blob_test.json#17 | 3DES    |

  @row:blob.BCRYPT_OPAQUE_KEY_BLOB @must @source:doc-silent
  Scenario Outline: An opaque blob goes back only into its own algorithm (<what>)
    An opaque blob restores the key it was made of, in the provider that made it; the same bytes given to another
    algorithm are not a key of that algorithm. The page gives no status (UNCONFIRMED). Acceptable: a refusal
    (STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED or NTE_BAD_DATA) and no key handle.

    Given a symmetric key made from the secret of vector "<vector>"
    When the key's BCRYPT_OPAQUE_KEY_BLOB blob is imported into "<other algorithm>"
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    Examples:
      | vector                     | other algorithm | what                   |
      | key_data_blob_test.json#1  | 3DES            | an AES-128 key in 3DES |
      | key_data_blob_test.json#17 | AES             | a 3DES key in AES      |
