# Spec: BCryptExportKey parameters pszBlobType and dwFlags; return codes STATUS_INVALID_PARAMETER and STATUS_NOT_SUPPORTED.
Feature: The blob type string and the flags

  pszBlobType names one of the types of the page's table. A type the provider does not know, or one that does
  not fit the key (an RSA blob of an AES key), is not supported. No flags are defined for BCryptExportKey.

  @row:param.pszBlobType @row:status.STATUS_INVALID_PARAMETER @must @source:doc
  Scenario Outline: A NULL blob type is an invalid parameter (<vector>)
    Given a symmetric key made from the secret of vector "<vector>"
    When the key is exported with a NULL pszBlobType
    Then the status is STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    Examples:
      | vector                     |
      | key_data_blob_test.json#1  |
      | key_data_blob_test.json#17 |

  @row:param.pszBlobType @row:status.STATUS_NOT_SUPPORTED @must @source:doc
  Scenario Outline: A blob type nobody defines is not supported ("<string>")
    Given a symmetric key made from the secret of vector "key_data_blob_test.json#1"
    When the key is exported as the blob type "<string>"
    Then the status is STATUS_NOT_SUPPORTED
    And nothing was written to pbOutput

    Examples:
      | string          |
      | NoSuchBlobType  |
      | KeyDataBlobX    |
      |                 |

  @row:param.pszBlobType @row:status.STATUS_NOT_SUPPORTED @must @source:doc-silent
  Scenario Outline: A blob type of another key family is refused (<blob type> of an AES key)
    The page's STATUS_NOT_SUPPORTED row speaks of types the provider does not support; it is silent on a type the
    provider supports for other keys (UNCONFIRMED: no Windows evidence). Acceptable: STATUS_NOT_SUPPORTED or
    STATUS_INVALID_PARAMETER, with nothing written.

    Given a symmetric key made from the secret of vector "key_data_blob_test.json#5"
    When the key is exported as <blob type>
    Then the status is one of STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    Examples:
      | blob type                  |
      | BCRYPT_RSAPUBLIC_BLOB      |
      | BCRYPT_ECCPRIVATE_BLOB     |
      | BCRYPT_DH_PUBLIC_BLOB      |
      | BCRYPT_DSA_PRIVATE_BLOB    |
      | BCRYPT_PUBLIC_KEY_BLOB     |
      | BCRYPT_PRIVATE_KEY_BLOB    |
      | BCRYPT_MLKEM_PUBLIC_BLOB   |
      | BCRYPT_PQDSA_PRIVATE_BLOB  |
      | LEGACY_RSAPRIVATE_BLOB     |

  @row:param.pszBlobType @row:status.STATUS_NOT_SUPPORTED @should @source:doc
  Scenario Outline: A blob type of another key family is reported as not supported (<blob type> of a 3DES key)
    Given a symmetric key made from the secret of vector "key_data_blob_test.json#17"
    When the key is exported as <blob type>
    Then the status is STATUS_NOT_SUPPORTED

    Examples:
      | blob type               |
      | BCRYPT_RSAPRIVATE_BLOB  |
      | BCRYPT_ECCPUBLIC_BLOB   |

  @row:param.dwFlags @must @source:doc-silent
  Scenario Outline: An undefined flag is refused or ignored, never changes the blob (dwFlags <flags>)
    No flags are defined; the page does not say what an undefined flag does (UNCONFIRMED: no Windows evidence).
    Acceptable: STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED with nothing written, or STATUS_SUCCESS with
    exactly the blob an export with dwFlags 0 gives.

    Given a symmetric key made from the secret of vector "key_data_blob_test.json#5"
    When the key is exported as BCRYPT_KEY_DATA_BLOB with dwFlags <flags>
    Then the call is refused with STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED, or gives the blob of a plain BCRYPT_KEY_DATA_BLOB export

    Examples:
      | flags      |
      | 0x00000001 |
      | 0x00000008 |
      | 0x80000000 |

  @row:param.pszBlobType @row:status.STATUS_NOT_SUPPORTED @must @source:doc-silent
  Scenario Outline: A blob type of another key family is refused for an asymmetric key (<blob type> of an <what> key)
    As for symmetric keys the page is silent on a type the provider supports for other keys (UNCONFIRMED: no Windows
    evidence). Acceptable: STATUS_NOT_SUPPORTED or STATUS_INVALID_PARAMETER, with nothing written.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is one of STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    Examples:
      | vector               | what | blob type               |
      | rsa_blob_test.json#3 | RSA  | BCRYPT_KEY_DATA_BLOB    |
      | rsa_blob_test.json#3 | RSA  | BCRYPT_OPAQUE_KEY_BLOB  |
      | rsa_blob_test.json#3 | RSA  | BCRYPT_ECCPRIVATE_BLOB  |
      | rsa_blob_test.json#3 | RSA  | BCRYPT_DSA_PUBLIC_BLOB  |
      | ecc_blob_test.json#2 | ECDH | BCRYPT_RSAPUBLIC_BLOB   |
      | ecc_blob_test.json#2 | ECDH | BCRYPT_DH_PRIVATE_BLOB  |
      | ecc_blob_test.json#2 | ECDH | BCRYPT_KEY_DATA_BLOB    |
      | dsa_blob_test.json#6 | DSA  | BCRYPT_RSAPRIVATE_BLOB  |
      | dsa_blob_test.json#6 | DSA  | BCRYPT_ECCPUBLIC_BLOB   |
      | dsa_blob_test.json#6 | DSA  | BCRYPT_DH_PUBLIC_BLOB   |
      | dh_blob_test.json#6  | DH   | BCRYPT_DSA_PRIVATE_BLOB |
      | dh_blob_test.json#6  | DH   | BCRYPT_RSAPUBLIC_BLOB   |
      | dh_blob_test.json#6  | DH   | BCRYPT_OPAQUE_KEY_BLOB  |

  @row:status.STATUS_NOT_SUPPORTED @row:param.pszBlobType @must @source:doc-silent
  Scenario Outline: An import as a blob type the algorithm does not have is refused (<what>)
    The import twin of "the provider does not support the blob type": BCryptImportKeyPair lists
    STATUS_NOT_SUPPORTED for a blob type the provider does not take (blob-layouts-digest 6.2). The key's own blob,
    named as a type of another family, is refused. Acceptable: STATUS_NOT_SUPPORTED or STATUS_INVALID_PARAMETER, and
    no key handle.

    Given a key imported from the expected blob of vector "<vector>"
    When the key's <blob type> blob is imported as <other type>, a blob type its algorithm does not have
    Then the import fails with one of STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER and returns no key handle

    Examples:
      | vector               | blob type              | other type             | what                      |
      | rsa_blob_test.json#1 | BCRYPT_RSAPUBLIC_BLOB  | BCRYPT_ECCPUBLIC_BLOB  | an RSA key as an ECC blob |
      | ecc_blob_test.json#2 | BCRYPT_ECCPRIVATE_BLOB | BCRYPT_DH_PRIVATE_BLOB | an ECDH key as a DH blob  |

