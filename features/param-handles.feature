# Spec: BCryptExportKey parameters hKey and hExportKey; return code STATUS_INVALID_HANDLE.
Feature: The key handle and the export key handle

  hKey must be a live key handle of the provider. The kit passes NULL, a handle it has destroyed and an algorithm
  handle (a real handle of the wrong kind). hExportKey is only for BCRYPT_AES_WRAP_KEY_BLOB and is otherwise NULL.

  @row:param.hKey @row:status.STATUS_INVALID_HANDLE @must @source:doc
  Scenario Outline: A NULL key handle is invalid (<blob type>)
    When a NULL key handle is exported as <blob type>
    Then the status is STATUS_INVALID_HANDLE
    And nothing was written to pbOutput

    Examples:
      | blob type              |
      | BCRYPT_KEY_DATA_BLOB   |
      | BCRYPT_OPAQUE_KEY_BLOB |

  @row:param.hKey @row:status.STATUS_INVALID_HANDLE @must @source:doc
  Scenario Outline: A destroyed key handle is invalid (<vector>, <blob type>)
    Given a symmetric key made from the secret of vector "<vector>"
    And the key has been destroyed
    When the key is exported as <blob type>
    Then the status is STATUS_INVALID_HANDLE
    And nothing was written to pbOutput

    Examples:
      | vector                     | blob type              |
      | key_data_blob_test.json#1  | BCRYPT_KEY_DATA_BLOB   |
      | key_data_blob_test.json#17 | BCRYPT_OPAQUE_KEY_BLOB |

  @row:param.hKey @row:status.STATUS_INVALID_HANDLE @must @source:doc
  Scenario Outline: An algorithm handle is not a key handle (<algorithm>)
    Given an algorithm handle for "<algorithm>"
    When the algorithm handle is exported as BCRYPT_KEY_DATA_BLOB
    Then the status is STATUS_INVALID_HANDLE
    And nothing was written to pbOutput

    Examples:
      | algorithm |
      | AES       |
      | 3DES      |

  @row:param.hExportKey @must @source:doc-silent
  Scenario Outline: A wrapping key with a blob type that does not wrap is refused or ignored, never half-used (<blob type>)
    The page says hExportKey is NULL for every type but BCRYPT_AES_WRAP_KEY_BLOB and does not say what happens
    otherwise (UNCONFIRMED: no Windows evidence). Acceptable: STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED
    with nothing written, or STATUS_SUCCESS with exactly the blob an export with a NULL hExportKey gives.

    Given a symmetric key made from the secret of vector "key_data_blob_test.json#5"
    And a second symmetric key made from the secret of vector "key_data_blob_test.json#1"
    When the key is exported as <blob type> with the second key as hExportKey
    Then the call is refused with STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED, or gives the blob of a plain <blob type> export

    Examples:
      | blob type              |
      | BCRYPT_KEY_DATA_BLOB   |
      | BCRYPT_OPAQUE_KEY_BLOB |

  @row:param.hExportKey @row:status.STATUS_INVALID_PARAMETER @should @source:doc-silent
  Scenario: A wrapping key with BCRYPT_KEY_DATA_BLOB is refused as an invalid parameter
    A caller that passes a wrapping key expects a wrapped result; handing out the key in the clear instead
    is what this recommendation prevents (UNCONFIRMED on Windows).

    Given a symmetric key made from the secret of vector "key_data_blob_test.json#5"
    And a second symmetric key made from the secret of vector "key_data_blob_test.json#1"
    When the key is exported as BCRYPT_KEY_DATA_BLOB with the second key as hExportKey
    Then the status is STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

  @row:param.hKey @row:status.STATUS_INVALID_HANDLE @must @source:doc
  Scenario Outline: A destroyed key pair handle is invalid (<what>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    And the key has been destroyed
    When the key is exported as <blob type>
    Then the status is STATUS_INVALID_HANDLE
    And nothing was written to pbOutput

    Examples:
      | vector               | what      | blob type               |
      | rsa_blob_test.json#3 | RSA-512   | BCRYPT_RSAPRIVATE_BLOB  |
      | ecc_blob_test.json#2 | ECDH_P256 | BCRYPT_ECCPUBLIC_BLOB   |
      | dsa_blob_test.json#6 | DSA-1024  | BCRYPT_DSA_PRIVATE_BLOB |
      | dh_blob_test.json#6  | DH-1024   | BCRYPT_DH_PUBLIC_BLOB   |

  @row:param.hKey @row:status.STATUS_INVALID_HANDLE @must @source:doc
  Scenario Outline: A key pair destroyed before it was finalized is an invalid handle (<algorithm>-<bits>)
    BCryptDestroyKey accepts a key pair that was generated and never finalized; its handle is then as dead as any
    destroyed key's.

    Given an "<algorithm>" key pair of <bits> bits, generated but not finalized
    And the key has been destroyed
    When the key is exported as <blob type>
    Then the status is STATUS_INVALID_HANDLE
    And nothing was written to pbOutput

    Examples:
      | algorithm | bits | blob type               |
      | RSA       | 512  | BCRYPT_RSAPUBLIC_BLOB   |
      | DSA       | 512  | BCRYPT_DSA_PRIVATE_BLOB |

  @row:status.STATUS_INVALID_HANDLE @must @source:doc-silent
  Scenario Outline: A blob imported on a closed algorithm handle makes no key (<what>)
    The import side of a dead handle: after BCryptCloseAlgorithmProvider the handle names nothing, and the import
    pages give STATUS_INVALID_HANDLE for an algorithm handle that is not valid. Mandatory: STATUS_INVALID_HANDLE and
    no key handle.

    Given a key imported from the expected blob of vector "<vector>"
    When the key's <blob type> blob is imported on an algorithm handle that was closed
    Then the import status is STATUS_INVALID_HANDLE
    And no key handle was returned

    Examples:
      | vector                    | blob type              | what    |
      | rsa_blob_test.json#2      | BCRYPT_RSAPRIVATE_BLOB | RSA-512 |
      | key_data_blob_test.json#1 | BCRYPT_KEY_DATA_BLOB   | AES-128 |

