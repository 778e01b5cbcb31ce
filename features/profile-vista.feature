# Spec: BCryptExportKey, parameter hExportKey ("Windows Server 2008 and Windows Vista: this parameter is not used and
# should be set to NULL") and row BCRYPT_AES_WRAP_KEY_BLOB ("Windows Server 2008 and Windows Vista: this BLOB type is
# not supported"); BCryptImportKey says the same of the key-wrap blob (blob-layouts-digest 6.1).
@until:vista
Feature: On Windows Vista and Server 2008 there is no AES key wrap

  These scenarios describe Vista's behaviour, which later Windows versions replaced (blob-aes-wrap.feature, whose
  scenarios apply from win7 on). They run for an implementation that declares the vista profile and is certified
  against vista; for any other they are reported NOT_CLAIMED, with the reason. An implementation that declares a
  later profile but is certified with --profile vista is not asked to give up key wrap: a caller written for Vista
  never uses it.

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @row:param.hExportKey.vista @row:status.STATUS_NOT_SUPPORTED @must @source:doc
  Scenario Outline: The key-wrap blob type is not supported, even with an AES key as hExportKey (<vector>)
    Given a symmetric key made from the secret of vector "<vector>"
    And the wrapping key is an AES key made from the KEK of vector "aes_wrap_key_blob_test.json#1"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB regardless of what its algorithm claims
    Then the status is STATUS_NOT_SUPPORTED
    And nothing was written to pbOutput

    Examples:
      | vector                     |
      | key_data_blob_test.json#1  |
      | key_data_blob_test.json#17 |

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @row:status.STATUS_NOT_SUPPORTED @must @source:doc
  Scenario: The key-wrap blob type is not supported with a NULL hExportKey either
    Given a symmetric key made from the secret of vector "key_data_blob_test.json#5"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB regardless of what its algorithm claims
    Then the status is STATUS_NOT_SUPPORTED
    And nothing was written to pbOutput

  @row:param.hExportKey.vista @must @source:doc-silent
  Scenario Outline: hExportKey is not used: a key passed there never changes the blob (<blob type>)
    The page says the parameter is not used on Vista and should be NULL, not what a non-NULL one does. Acceptable:
    STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED with nothing written, or exactly the blob of an export with a
    NULL hExportKey.

    Given a symmetric key made from the secret of vector "key_data_blob_test.json#5"
    And a second symmetric key made from the secret of vector "key_data_blob_test.json#1"
    When the key is exported as <blob type> with the second key as hExportKey
    Then the call is refused with STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED, or gives the blob of a plain <blob type> export

    Examples:
      | blob type              |
      | BCRYPT_KEY_DATA_BLOB   |
      | BCRYPT_OPAQUE_KEY_BLOB |

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @must @source:doc
  Scenario: BCryptImportKey does not take a wrapped key either
    When the input of vector "aes_wrap_key_blob_test.json#2" is imported regardless of what its algorithm claims
    Then the import status is STATUS_NOT_SUPPORTED
    And no key handle was returned
