# Spec: BCryptExportKey, pszBlobType table, row BCRYPT_AES_WRAP_KEY_BLOB; parameter hExportKey and its note (same provider,
# an AES key with the Microsoft provider); BCryptImportKey with hImportKey (blob-layouts-digest 4.1 and 6.1).
# The page says the blob type is not supported on Windows Vista / Server 2008: @since:win7 (see profile-vista.feature).
@since:win7
Feature: BCRYPT_AES_WRAP_KEY_BLOB wraps a key under an AES key with RFC 3394

  BCRYPT_AES_WRAP_KEY_BLOB ("Rfc3565KeyWrapBlob") is the key wrapped with the AES key wrap of RFC 3394 under the AES
  key passed as hExportKey, with the default initial value A6A6A6A6A6A6A6A6 and no header: the blob is 8 bytes longer
  than the key. BCryptImportKey with the same AES key as hImportKey unwraps it into the original key. The expected
  blobs are the upstream ciphertexts of aes_wrap_key_blob_test.json (RFC 3394 section 4, NIST CAVP KW-AE and KW-AD,
  Wycheproof, and the 40-byte wrap Windows produced); the kit first unwraps the blob an implementation exports with
  the JDK's own AES key wrap and compares the result with the key, which says what went wrong (a length that is not
  the key's plus 8, an integrity check that fails under the KEK, or another key inside), then compares the bytes.

  In these scenarios "the wrapping key" is the AES key every BCRYPT_AES_WRAP_KEY_BLOB export and import passes as
  hExportKey or hImportKey; other blob types are exported with a NULL hExportKey.

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @row:param.hExportKey.same-provider @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A key wraps into exactly the upstream ciphertext (<vector>, <what>)
    Given a symmetric key made from the secret of vector "<vector>"
    And the wrapping key is an AES key made from the KEK of vector "<vector>"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB
    Then the status is STATUS_SUCCESS
    And the blob parses as the BCRYPT_AES_WRAP_KEY_BLOB of vector "<vector>"
    And the blob equals the expected blob of vector "<vector>"
    And *pcbResult is the size of the expected blob of vector "<vector>"

    Examples:
      | vector                         | what                                       |
      | aes_wrap_key_blob_test.json#1  | RFC 3394 4.1, AES-128 under AES-128        |
      | aes_wrap_key_blob_test.json#6  | RFC 3394 4.2, AES-128 under AES-192        |
      | aes_wrap_key_blob_test.json#8  | RFC 3394 4.3, AES-128 under AES-256        |
      | aes_wrap_key_blob_test.json#10 | RFC 3394 4.4, AES-192 under AES-192        |
      | aes_wrap_key_blob_test.json#12 | RFC 3394 4.5, AES-192 under AES-256        |
      | aes_wrap_key_blob_test.json#14 | RFC 3394 4.6, AES-256 under AES-256        |
      | aes_wrap_key_blob_test.json#18 | NIST KW_AE_128 128-bit COUNT 0             |
      | aes_wrap_key_blob_test.json#19 | NIST KW_AE_128 128-bit COUNT 1             |
      | aes_wrap_key_blob_test.json#20 | NIST KW_AE_128 128-bit COUNT 2             |
      | aes_wrap_key_blob_test.json#21 | NIST KW_AE_128 128-bit COUNT 3             |
      | aes_wrap_key_blob_test.json#22 | NIST KW_AE_128 128-bit COUNT 4             |
      | aes_wrap_key_blob_test.json#23 | NIST KW_AE_128 256-bit COUNT 0             |
      | aes_wrap_key_blob_test.json#24 | NIST KW_AE_128 256-bit COUNT 1             |
      | aes_wrap_key_blob_test.json#25 | NIST KW_AE_128 256-bit COUNT 2             |
      | aes_wrap_key_blob_test.json#26 | NIST KW_AE_128 256-bit COUNT 3             |
      | aes_wrap_key_blob_test.json#27 | NIST KW_AE_128 256-bit COUNT 4             |
      | aes_wrap_key_blob_test.json#39 | Wycheproof tcId 1, AES-128 under AES-128   |
      | aes_wrap_key_blob_test.json#41 | Wycheproof tcId 2, AES-128 under AES-128   |
      | aes_wrap_key_blob_test.json#43 | Wycheproof tcId 3, AES-128 under AES-128   |
      | aes_wrap_key_blob_test.json#45 | Wycheproof tcId 4, AES-192 under AES-128   |
      | aes_wrap_key_blob_test.json#47 | Wycheproof tcId 5, AES-192 under AES-128   |
      | aes_wrap_key_blob_test.json#54 | Wycheproof tcId 43, AES-128 under AES-192  |
      | aes_wrap_key_blob_test.json#56 | Wycheproof tcId 44, AES-128 under AES-192  |
      | aes_wrap_key_blob_test.json#58 | Wycheproof tcId 45, AES-128 under AES-192  |
      | aes_wrap_key_blob_test.json#60 | Wycheproof tcId 46, AES-192 under AES-192  |
      | aes_wrap_key_blob_test.json#62 | Wycheproof tcId 47, AES-192 under AES-192  |
      | aes_wrap_key_blob_test.json#69 | Wycheproof tcId 98, AES-128 under AES-256  |
      | aes_wrap_key_blob_test.json#71 | Wycheproof tcId 99, AES-128 under AES-256  |
      | aes_wrap_key_blob_test.json#73 | Wycheproof tcId 100, AES-128 under AES-256 |
      | aes_wrap_key_blob_test.json#75 | Wycheproof tcId 101, AES-192 under AES-256 |
      | aes_wrap_key_blob_test.json#77 | Wycheproof tcId 102, AES-192 under AES-256 |
      | aes_wrap_key_blob_test.json#84 | generated 3DES key under AES-256           |

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @row:status.STATUS_SUCCESS @must @source:windows-observed
  Scenario: The 40-byte wrap Windows produced is reproduced, and unwraps into the original key
    Wine's conformance test test_key_import_export, which passes on Windows, wraps an AES-256 key of 32 x 0x22 under
    an AES-128 key of 16 x 0x11, gets exactly these 40 bytes (the size query says 40 first), imports them with the
    same key as hImportKey and requires the new key's KeyDataBlob to equal the original 44-byte one.

    Given a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#16"
    And the wrapping key is an AES key made from the KEK of vector "aes_wrap_key_blob_test.json#16"
    When the size of a BCRYPT_AES_WRAP_KEY_BLOB export is queried
    Then the status is STATUS_SUCCESS
    And *pcbResult is the size of the expected blob of vector "aes_wrap_key_blob_test.json#16"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "aes_wrap_key_blob_test.json#16"
    When the exported blob is imported as BCRYPT_AES_WRAP_KEY_BLOB
    Then the import status is STATUS_SUCCESS
    When the imported key is exported as BCRYPT_KEY_DATA_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "key_data_blob_test.json#9"

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @must @source:doc
  Scenario Outline: A wrapped key imports under its KEK and restores the key exactly (<vector>, <what>)
    BCryptImportKey takes BCRYPT_AES_WRAP_KEY_BLOB with the key-encryption key as hImportKey. The restored key must
    export as the BCRYPT_KEY_DATA_BLOB of the vector's key, byte for byte.

    When the input of vector "<vector>" is imported
    Then the import status is one vector "<vector>" accepts
    And the imported key exports as the BCRYPT_KEY_DATA_BLOB of the key of vector "<vector>"

    Examples:
      | vector                         | what                                       |
      | aes_wrap_key_blob_test.json#2  | RFC 3394 4.1, AES-128 under AES-128        |
      | aes_wrap_key_blob_test.json#7  | RFC 3394 4.2, AES-128 under AES-192        |
      | aes_wrap_key_blob_test.json#9  | RFC 3394 4.3, AES-128 under AES-256        |
      | aes_wrap_key_blob_test.json#11 | RFC 3394 4.4, AES-192 under AES-192        |
      | aes_wrap_key_blob_test.json#13 | RFC 3394 4.5, AES-192 under AES-256        |
      | aes_wrap_key_blob_test.json#15 | RFC 3394 4.6, AES-256 under AES-256        |
      | aes_wrap_key_blob_test.json#17 | the 40-byte wrap seen on Windows           |
      | aes_wrap_key_blob_test.json#28 | NIST KW_AD_128 128-bit COUNT 0             |
      | aes_wrap_key_blob_test.json#30 | NIST KW_AD_128 128-bit COUNT 2             |
      | aes_wrap_key_blob_test.json#31 | NIST KW_AD_128 128-bit COUNT 3             |
      | aes_wrap_key_blob_test.json#32 | NIST KW_AD_128 128-bit COUNT 4             |
      | aes_wrap_key_blob_test.json#34 | NIST KW_AD_128 256-bit COUNT 0             |
      | aes_wrap_key_blob_test.json#36 | NIST KW_AD_128 256-bit COUNT 2             |
      | aes_wrap_key_blob_test.json#37 | NIST KW_AD_128 256-bit COUNT 3             |
      | aes_wrap_key_blob_test.json#38 | NIST KW_AD_128 256-bit COUNT 4             |
      | aes_wrap_key_blob_test.json#40 | Wycheproof tcId 1                          |
      | aes_wrap_key_blob_test.json#42 | Wycheproof tcId 2                          |
      | aes_wrap_key_blob_test.json#44 | Wycheproof tcId 3                          |
      | aes_wrap_key_blob_test.json#46 | Wycheproof tcId 4                          |
      | aes_wrap_key_blob_test.json#48 | Wycheproof tcId 5                          |
      | aes_wrap_key_blob_test.json#55 | Wycheproof tcId 43                         |
      | aes_wrap_key_blob_test.json#57 | Wycheproof tcId 44                         |
      | aes_wrap_key_blob_test.json#59 | Wycheproof tcId 45                         |
      | aes_wrap_key_blob_test.json#61 | Wycheproof tcId 46                         |
      | aes_wrap_key_blob_test.json#63 | Wycheproof tcId 47                         |
      | aes_wrap_key_blob_test.json#70 | Wycheproof tcId 98                         |
      | aes_wrap_key_blob_test.json#72 | Wycheproof tcId 99                         |
      | aes_wrap_key_blob_test.json#74 | Wycheproof tcId 100                        |
      | aes_wrap_key_blob_test.json#76 | Wycheproof tcId 101                        |
      | aes_wrap_key_blob_test.json#78 | Wycheproof tcId 102                        |
      | aes_wrap_key_blob_test.json#85 | generated 3DES key under AES-256           |

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @must @source:doc
  Scenario Outline: What an implementation wraps, it unwraps into the same key (<vector>, <what>)
    Given a symmetric key made from the secret of vector "<vector>"
    And the wrapping key is an AES key made from the KEK of vector "<vector>"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB
    Then the status is STATUS_SUCCESS
    When the exported blob is imported as BCRYPT_AES_WRAP_KEY_BLOB
    Then the import status is STATUS_SUCCESS
    And the imported key exports as the BCRYPT_KEY_DATA_BLOB of the key of vector "<vector>"

    Examples:
      | vector                         | what                      |
      | aes_wrap_key_blob_test.json#10 | AES-192 under AES-192     |
      | aes_wrap_key_blob_test.json#23 | AES-256 under AES-128     |
      | aes_wrap_key_blob_test.json#84 | 3DES under AES-256        |

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @must @source:doc-silent
  Scenario Outline: An unwrap whose integrity check fails is refused and makes no key (<vector>, <what>)
    The input has the right size but does not unwrap under the KEK: another initial value, changed bytes, or a NIST
    FAIL case. The page documents no status for this (UNCONFIRMED: no Windows evidence). Acceptable: the statuses
    the vector accepts, STATUS_AUTH_TAG_MISMATCH (cngkit's choice), STATUS_INVALID_PARAMETER, STATUS_UNSUCCESSFUL
    (what Wine returns), STATUS_DATA_ERROR or NTE_BAD_DATA, and no key handle in *phKey.

    When the input of vector "<vector>" is imported
    Then the import status is one vector "<vector>" accepts
    And no key handle was returned

    Examples:
      | vector                         | what                                      |
      | aes_wrap_key_blob_test.json#5  | RFC 3394 4.1 with its last bit flipped    |
      | aes_wrap_key_blob_test.json#29 | NIST KW_AD_128 128-bit COUNT 1 (FAIL)     |
      | aes_wrap_key_blob_test.json#33 | NIST KW_AD_128 128-bit COUNT 7 (FAIL)     |
      | aes_wrap_key_blob_test.json#35 | NIST KW_AD_128 256-bit COUNT 1 (FAIL)     |
      | aes_wrap_key_blob_test.json#53 | Wycheproof tcId 30, modified IV           |
      | aes_wrap_key_blob_test.json#68 | Wycheproof tcId 72, modified IV           |
      | aes_wrap_key_blob_test.json#83 | Wycheproof tcId 127, modified IV          |

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @must @source:doc-silent
  Scenario: A wrapped key does not import under another AES key
    The RFC 3394 4.1 wrap imported with the 192-bit KEK of 4.2 fails the integrity check. No status is documented
    (UNCONFIRMED); acceptable as for any failed integrity check, with no key handle in *phKey.

    Given the wrapping key is an AES key made from the KEK of vector "aes_wrap_key_blob_test.json#6"
    When the expected blob of vector "aes_wrap_key_blob_test.json#1" is imported under the wrapping key
    Then the import status is one of STATUS_AUTH_TAG_MISMATCH, STATUS_INVALID_PARAMETER, STATUS_UNSUCCESSFUL, STATUS_DATA_ERROR, NTE_BAD_DATA
    And no key handle was returned

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @must @source:doc-silent
  Scenario Outline: A wrapped input that is not whole 8-byte units, or is too short to hold a key, is refused (<vector>, <what>)
    A wrapped key is a whole number of 8-byte units and at least 24 bytes (the initial value and two units of key).
    The page documents no status (UNCONFIRMED). Acceptable: the statuses the vector accepts, STATUS_INVALID_PARAMETER
    (cngkit's choice), STATUS_INVALID_BUFFER_SIZE or NTE_BAD_DATA, and no key handle in *phKey.

    When the input of vector "<vector>" is imported
    Then the import status is one vector "<vector>" accepts
    And no key handle was returned

    Examples:
      | vector                         | what                                            |
      | aes_wrap_key_blob_test.json#3  | RFC 3394 4.1 without its last byte (23 bytes)   |
      | aes_wrap_key_blob_test.json#4  | RFC 3394 4.1 and a zero byte (25 bytes)         |
      | aes_wrap_key_blob_test.json#49 | Wycheproof tcId 11, wrap of an empty key        |
      | aes_wrap_key_blob_test.json#64 | Wycheproof tcId 53, wrap of an empty key        |
      | aes_wrap_key_blob_test.json#79 | Wycheproof tcId 108, wrap of an empty key       |
      | aes_wrap_key_blob_test.json#51 | Wycheproof tcId 14, nothing to unwrap           |
      | aes_wrap_key_blob_test.json#66 | Wycheproof tcId 56, nothing to unwrap           |
      | aes_wrap_key_blob_test.json#81 | Wycheproof tcId 111, nothing to unwrap          |
      | aes_wrap_key_blob_test.json#52 | Wycheproof tcId 22, nothing to unwrap           |
      | aes_wrap_key_blob_test.json#67 | Wycheproof tcId 64, nothing to unwrap           |
      | aes_wrap_key_blob_test.json#82 | Wycheproof tcId 119, nothing to unwrap          |

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @row:param.pbOutput @row:status.STATUS_BUFFER_TOO_SMALL @must @source:doc
  Scenario Outline: The size query and the buffer rules hold for the wrapped blob (<vector>)
    Given a symmetric key made from the secret of vector "<vector>"
    And the wrapping key is an AES key made from the KEK of vector "<vector>"
    When the size of a BCRYPT_AES_WRAP_KEY_BLOB export is queried
    Then the status is STATUS_SUCCESS
    And *pcbResult is the size of the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB into a buffer 1 byte shorter than required
    Then the status is STATUS_BUFFER_TOO_SMALL
    And *pcbResult is the required size
    And nothing was written to pbOutput
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB into a buffer of exactly the required size
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "<vector>"
    And no byte after cbOutput was written

    Examples:
      | vector                         |
      | aes_wrap_key_blob_test.json#1  |
      | aes_wrap_key_blob_test.json#14 |
      | aes_wrap_key_blob_test.json#84 |

  @row:param.hExportKey.vista @row:param.hExportKey @row:param.hExportKey.same-provider @must @source:doc
  Scenario: From Windows 7 on, hExportKey decides the wrap
    On Vista hExportKey is not used; from Windows 7 on it is the key-encryption key. RFC 3394 sections 4.1, 4.2 and
    4.3 wrap the same key data under three KEKs: the same key handle must export as each of the three blobs.

    Given a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#1"
    And the wrapping key is an AES key made from the KEK of vector "aes_wrap_key_blob_test.json#1"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB
    Then the blob equals the expected blob of vector "aes_wrap_key_blob_test.json#1"
    When the wrapping key is an AES key made from the KEK of vector "aes_wrap_key_blob_test.json#6"
    And the key is exported as BCRYPT_AES_WRAP_KEY_BLOB
    Then the blob equals the expected blob of vector "aes_wrap_key_blob_test.json#6"
    When the wrapping key is an AES key made from the KEK of vector "aes_wrap_key_blob_test.json#8"
    And the key is exported as BCRYPT_AES_WRAP_KEY_BLOB
    Then the blob equals the expected blob of vector "aes_wrap_key_blob_test.json#8"

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @row:param.hExportKey @must @source:doc-silent
  Scenario: Without a wrapping key there is no wrapped blob
    The page says hExportKey must reference the key-encryption key for this blob type, but gives no status when it is
    NULL (UNCONFIRMED). Acceptable: STATUS_INVALID_PARAMETER (cngkit's choice) or STATUS_INVALID_HANDLE, with nothing
    written; the key must never come out unwrapped.

    Given a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#1"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB
    Then the status is one of STATUS_INVALID_PARAMETER, STATUS_INVALID_HANDLE
    And nothing was written to pbOutput

  @row:param.hExportKey.same-provider @must @source:doc-silent
  Scenario Outline: A wrapping key that is not an AES key is refused (<what>)
    With the Microsoft provider hExportKey must be an AES key handle; the page gives no status (UNCONFIRMED).
    Acceptable: STATUS_INVALID_PARAMETER (cngkit's choice), STATUS_NOT_SUPPORTED or STATUS_INVALID_HANDLE, with
    nothing written.

    Given a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#1"
    And a second symmetric key made from the secret of vector "<kek vector>"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB with the second key as hExportKey
    Then the status is one of STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED, STATUS_INVALID_HANDLE
    And nothing was written to pbOutput

    Examples:
      | kek vector                     | what                  |
      | key_data_blob_test.json#17     | a 3DES key            |
      | aes_wrap_key_blob_test.json#50 | an 8-byte DES key     |
      | aes_wrap_key_blob_test.json#86 | a 5-byte RC2 key      |

  @row:param.hExportKey.same-provider @must @source:doc-silent
  Scenario: A wrapping key handle that was destroyed is refused
    A destroyed handle stands for any handle this provider does not hold, such as a key of another provider. No
    status is documented for hExportKey (UNCONFIRMED). Acceptable: STATUS_INVALID_HANDLE (cngkit's choice) or
    STATUS_INVALID_PARAMETER, with nothing written.

    Given a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#1"
    And the wrapping key is an AES key made from the KEK of vector "aes_wrap_key_blob_test.json#1"
    And the wrapping key has been destroyed
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB
    Then the status is one of STATUS_INVALID_HANDLE, STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @must @source:doc-silent
  Scenario: A wrapped key does not import under a wrapping key handle that was destroyed
    The import side of the rule above: hImportKey of BCryptImportKey names the key-encryption key, and a destroyed
    handle is no key. No status is documented (UNCONFIRMED). Acceptable: STATUS_INVALID_HANDLE (cngkit's choice)
    or STATUS_INVALID_PARAMETER, with no key handle in *phKey.

    Given the wrapping key is an AES key made from the KEK of vector "aes_wrap_key_blob_test.json#1"
    And the wrapping key has been destroyed
    When the expected blob of vector "aes_wrap_key_blob_test.json#1" is imported under the wrapping key
    Then the import status is one of STATUS_INVALID_HANDLE, STATUS_INVALID_PARAMETER
    And no key handle was returned

  @row:param.hExportKey.same-provider @must @source:doc-silent
  Scenario: An algorithm handle is not a wrapping key
    Acceptable (UNCONFIRMED): STATUS_INVALID_HANDLE (cngkit's choice) or STATUS_INVALID_PARAMETER, nothing written.

    Given a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#1"
    And an algorithm handle for "AES"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB with the algorithm handle as hExportKey
    Then the status is one of STATUS_INVALID_HANDLE, STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @must @source:doc-silent
  Scenario: A key that is not a whole number of 8-byte units is not wrapped (5-byte RC2 key)
    The page requires the key to be a multiple of 8 bytes long and gives no status for one that is not (UNCONFIRMED).
    Every AES key (16, 24, 32 bytes) and 3DES key (24) is a multiple of 8, so the case needs a key of another
    algorithm: a 40-bit RC2 key. Acceptable: the statuses the vector accepts, STATUS_INVALID_PARAMETER (cngkit's
    choice) or STATUS_NOT_SUPPORTED, with nothing written. The scenario runs when RC2 keys of 40 bits are claimed.

    Given a symmetric key made from the secret of vector "aes_wrap_key_blob_test.json#86"
    And the wrapping key is an AES key made from the KEK of vector "aes_wrap_key_blob_test.json#86"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB regardless of what its algorithm claims
    Then the status is one vector "aes_wrap_key_blob_test.json#86" accepts

  @row:blob.BCRYPT_AES_WRAP_KEY_BLOB @must @source:doc-silent
  Scenario Outline: An 8-byte key is refused, or wrapped as one AES block (<vector>)
    A DES key is 8 bytes, a multiple of 8 as the page requires, but NIST SP 800-38F defines key wrap for two 8-byte
    units or more; RFC 3394 (as Wycheproof reads it) wraps a single unit as one AES encryption of the initial value
    and the key. What Windows does is UNCONFIRMED. Acceptable: STATUS_NOT_SUPPORTED (cngkit's choice) or
    STATUS_INVALID_PARAMETER with nothing written, or STATUS_SUCCESS with exactly Wycheproof's 16-byte ciphertext.

    Given a symmetric key made from the secret of vector "<vector>"
    And the wrapping key is an AES key made from the KEK of vector "<vector>"
    When the key is exported as BCRYPT_AES_WRAP_KEY_BLOB regardless of what its algorithm claims
    Then the status is one vector "<vector>" accepts

    Examples:
      | vector                         |
      | aes_wrap_key_blob_test.json#50 |
      | aes_wrap_key_blob_test.json#65 |
      | aes_wrap_key_blob_test.json#80 |
