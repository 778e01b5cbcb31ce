# Spec: BCryptExportKey parameters pbOutput, cbOutput, pcbResult; return codes STATUS_SUCCESS and STATUS_BUFFER_TOO_SMALL.
Feature: The output buffer, its size and the size query

  A caller learns the size of a blob by passing a NULL pbOutput, allocates that many bytes and calls again.
  cbOutput is only a number: the kit passes a real buffer longer than cbOutput, filled with canary bytes after
  cbOutput, and fails any export that touched them (verdict OVERRUN). It does this on every export it makes,
  not only in this feature.

  @row:param.pbOutput @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A NULL pbOutput asks for the size (<vector>, <blob type>)
    Given a symmetric key made from the secret of vector "<vector>"
    When the size of a <blob type> export is queried
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size

    Examples:
      | vector                     | blob type              |
      | key_data_blob_test.json#1  | BCRYPT_KEY_DATA_BLOB   |
      | key_data_blob_test.json#5  | BCRYPT_KEY_DATA_BLOB   |
      | key_data_blob_test.json#17 | BCRYPT_KEY_DATA_BLOB   |
      | key_data_blob_test.json#5  | BCRYPT_OPAQUE_KEY_BLOB |

  @row:param.pbOutput @row:param.cbOutput @must @source:windows-observed
  Scenario Outline: The size query answers the same size whatever cbOutput says (<vector>)
    Go's CNG binding and .NET call BCryptExportKey with pbOutput NULL and cbOutput 0 on Windows; the kit also
    passes a non-zero cbOutput with the NULL pointer, which must not matter.

    Given a symmetric key made from the secret of vector "<vector>"
    When the size of a BCRYPT_KEY_DATA_BLOB export is queried with cbOutput 4096
    Then the status is STATUS_SUCCESS
    And *pcbResult is the size of the expected blob of vector "<vector>"

    Examples:
      | vector                     |
      | key_data_blob_test.json#3  |

  @row:status.STATUS_BUFFER_TOO_SMALL @row:param.cbOutput @must @source:doc
  Scenario Outline: One byte short is too small, reports the size and writes nothing (<vector>, <blob type>)
    Given a symmetric key made from the secret of vector "<vector>"
    When the key is exported as <blob type> into a buffer 1 byte shorter than required
    Then the status is STATUS_BUFFER_TOO_SMALL
    And *pcbResult is the required size
    And nothing was written to pbOutput

    Examples:
      | vector                     | blob type              |
      | key_data_blob_test.json#1  | BCRYPT_KEY_DATA_BLOB   |
      | key_data_blob_test.json#15 | BCRYPT_KEY_DATA_BLOB   |
      | key_data_blob_test.json#19 | BCRYPT_KEY_DATA_BLOB   |
      | key_data_blob_test.json#3  | BCRYPT_OPAQUE_KEY_BLOB |

  @row:status.STATUS_BUFFER_TOO_SMALL @row:param.cbOutput @must @source:windows-observed
  Scenario Outline: A real buffer with cbOutput 0 is too small (<vector>, <blob type>)
    Wine's test_key_import_export, which passes on Windows, exports an opaque blob with cbOutput 0 and gets
    STATUS_BUFFER_TOO_SMALL with the size.

    Given a symmetric key made from the secret of vector "<vector>"
    When the key is exported as <blob type> into a buffer of 0 bytes
    Then the status is STATUS_BUFFER_TOO_SMALL
    And *pcbResult is the required size
    And nothing was written to pbOutput

    Examples:
      | vector                     | blob type              |
      | key_data_blob_test.json#7  | BCRYPT_KEY_DATA_BLOB   |
      | key_data_blob_test.json#7  | BCRYPT_OPAQUE_KEY_BLOB |

  @row:param.cbOutput @row:param.pcbResult @must @source:doc
  Scenario Outline: A buffer of exactly the required size is filled and nothing after it is touched (<vector>, <blob type>)
    Given a symmetric key made from the secret of vector "<vector>"
    When the key is exported as <blob type> into a buffer of exactly the required size
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And no byte after cbOutput was written

    Examples:
      | vector                     | blob type              |
      | key_data_blob_test.json#5  | BCRYPT_KEY_DATA_BLOB   |
      | key_data_blob_test.json#17 | BCRYPT_KEY_DATA_BLOB   |
      | key_data_blob_test.json#5  | BCRYPT_OPAQUE_KEY_BLOB |

  @row:param.pcbResult @must @source:doc
  Scenario Outline: With a larger buffer *pcbResult is the number of bytes copied, not cbOutput (<vector>)
    Given a symmetric key made from the secret of vector "<vector>"
    When the key is exported as BCRYPT_KEY_DATA_BLOB into a buffer of 512 bytes
    Then the status is STATUS_SUCCESS
    And *pcbResult is the size of the expected blob of vector "<vector>"
    And the blob equals the expected blob of vector "<vector>"
    And no byte after cbOutput was written

    Examples:
      | vector                     |
      | key_data_blob_test.json#11 |

  @row:param.pcbResult @row:status.STATUS_INVALID_PARAMETER @must @source:doc-silent
  Scenario Outline: A NULL pcbResult is an invalid parameter (<vector>, <blob type>, <pbOutput>)
    pcbResult is a required out-parameter: without it the caller cannot learn how many bytes are valid. The page
    names no status for a NULL pcbResult (UNCONFIRMED on Windows); its STATUS_INVALID_PARAMETER row is the one
    that fits, and it is the only acceptable answer: a success would report a size nobody can read.

    Given a symmetric key made from the secret of vector "<vector>"
    When the key is exported as <blob type> with a NULL pcbResult and <pbOutput>
    Then the status is STATUS_INVALID_PARAMETER

    Examples:
      | vector                     | blob type              | pbOutput                     |
      | key_data_blob_test.json#1  | BCRYPT_KEY_DATA_BLOB   | a NULL pbOutput              |
      | key_data_blob_test.json#1  | BCRYPT_KEY_DATA_BLOB   | a buffer of the required size |
      | key_data_blob_test.json#17 | BCRYPT_OPAQUE_KEY_BLOB | a buffer of the required size |

  @row:param.pcbResult @should @source:doc-silent
  Scenario Outline: A refused call with a NULL pcbResult leaves the buffer alone (<vector>)
    The page does not say whether the buffer may be written before the missing pcbResult is noticed; writing a
    secret into a buffer and then reporting failure leaves key material where the caller does not expect it.

    Given a symmetric key made from the secret of vector "<vector>"
    When the key is exported as BCRYPT_KEY_DATA_BLOB with a NULL pcbResult and a buffer of the required size
    Then the status is STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    Examples:
      | vector                    |
      | key_data_blob_test.json#5 |

  @row:param.pbOutput @row:param.pcbResult @row:status.STATUS_SUCCESS @must @source:windows-observed
  Scenario Outline: A NULL pbOutput asks for the size of an asymmetric blob (<what>, <blob type>)
    Go's CNG binding, whose tests run on Windows, sizes its asymmetric key exports with a NULL pbOutput and gets
    STATUS_SUCCESS with the size in *pcbResult.

    Given a key imported from the expected blob of vector "<vector>"
    When the size of a <blob type> export is queried
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size

    Examples:
      | vector                | what       | blob type                  |
      | rsa_blob_test.json#3  | RSA-512    | BCRYPT_RSAFULLPRIVATE_BLOB |
      | rsa_blob_test.json#23 | RSA-2048   | BCRYPT_PUBLIC_KEY_BLOB     |
      | ecc_blob_test.json#2  | ECDH_P256  | BCRYPT_ECCPRIVATE_BLOB     |
      | ecc_blob_test.json#26 | ECDSA_P521 | BCRYPT_PUBLIC_KEY_BLOB     |
      | dsa_blob_test.json#6  | DSA-1024   | BCRYPT_DSA_PRIVATE_BLOB    |
      | dh_blob_test.json#10  | DH-1536    | BCRYPT_DH_PRIVATE_BLOB     |
      | dh_blob_test.json#26  | DH-4096    | BCRYPT_PUBLIC_KEY_BLOB     |

    @since:win8
    Examples: DSA V2 blob (from Windows 8)
      | vector                | what       | blob type                  |
      | dsa_blob_test.json#18 | DSA-3072   | BCRYPT_PUBLIC_KEY_BLOB     |

  @row:status.STATUS_BUFFER_TOO_SMALL @row:param.cbOutput @must @source:doc
  Scenario Outline: One byte short is too small for an asymmetric blob too (<what>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type> into a buffer 1 byte shorter than required
    Then the status is STATUS_BUFFER_TOO_SMALL
    And *pcbResult is the required size
    And nothing was written to pbOutput

    Examples:
      | vector                | what      | blob type               |
      | rsa_blob_test.json#13 | RSA-1024  | BCRYPT_RSAPRIVATE_BLOB  |
      | rsa_blob_test.json#33 | RSA-4096  | BCRYPT_RSAPUBLIC_BLOB   |
      | ecc_blob_test.json#10 | ECDH_P521 | BCRYPT_ECCPRIVATE_BLOB  |
      | dh_blob_test.json#22  | DH-3072   | BCRYPT_DH_PRIVATE_BLOB  |

    @since:win8
    Examples: DSA V2 blob (from Windows 8)
      | vector                | what      | blob type               |
      | dsa_blob_test.json#14 | DSA-2048  | BCRYPT_DSA_PRIVATE_BLOB |

  @row:status.STATUS_BUFFER_TOO_SMALL @row:param.cbOutput @must @source:windows-observed
  Scenario Outline: A real buffer with cbOutput 0 is too small for an asymmetric blob (<what>, <blob type>)
    Windows answers a real buffer with cbOutput 0 with STATUS_BUFFER_TOO_SMALL and the size (Wine's conformance
    tests, blob-layouts digest section 5); the kit asks the same of asymmetric blobs.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type> into a buffer of 0 bytes
    Then the status is STATUS_BUFFER_TOO_SMALL
    And *pcbResult is the required size
    And nothing was written to pbOutput

    Examples:
      | vector               | what      | blob type              |
      | rsa_blob_test.json#3 | RSA-512   | BCRYPT_RSAPUBLIC_BLOB  |
      | ecc_blob_test.json#6 | ECDH_P384 | BCRYPT_ECCPUBLIC_BLOB  |
      | dsa_blob_test.json#2 | DSA-512   | BCRYPT_DSA_PUBLIC_BLOB |
      | dh_blob_test.json#2  | DH-768    | BCRYPT_DH_PUBLIC_BLOB  |

  @row:param.cbOutput @row:param.pcbResult @must @source:doc
  Scenario Outline: An asymmetric blob fills a buffer of exactly its size and nothing after it (<what>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type> into a buffer of exactly the required size
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob equals the expected blob of the key's vector group
    And no byte after cbOutput was written

    Examples:
      | vector                | what      | blob type                  |
      | rsa_blob_test.json#18 | RSA-1536  | BCRYPT_RSAFULLPRIVATE_BLOB |
      | ecc_blob_test.json#14 | ECDH_P521 | BCRYPT_ECCPRIVATE_BLOB     |
      | dsa_blob_test.json#10 | DSA-1024  | BCRYPT_DSA_PRIVATE_BLOB    |
      | dh_blob_test.json#14  | DH-2048   | BCRYPT_DH_PRIVATE_BLOB     |
