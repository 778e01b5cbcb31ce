# Spec: BCryptExportKey return codes STATUS_INVALID_PARAMETER and STATUS_INVALID_HANDLE for asymmetric keys, with the
# BCryptGenerateKeyPair / BCryptFinalizeKeyPair pages (blob-layouts-digest sections 5 and 6.3).
Feature: What a key pair can export depends on what it holds and on whether it is finished

  A key imported from a public blob has no private part, so no private blob can be made of it. A key pair exists
  from BCryptGenerateKeyPair on but is usable only after BCryptFinalizeKeyPair; before that it has no key to
  export.

  @row:status.STATUS_INVALID_PARAMETER @row:param.hKey @must @source:windows-observed
  Scenario Outline: A public key cannot export a private blob (<what>, <blob type>)
    Wine's tests, which pass on Windows, export a private blob from a key imported from a public blob (RSA,
    ECDSA) and get STATUS_INVALID_PARAMETER; the kit asks the same of DSA keys.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    Examples:
      | vector                | what                    | blob type                  |
      | rsa_blob_test.json#1  | RSA-512 public key      | BCRYPT_RSAPRIVATE_BLOB     |
      | rsa_blob_test.json#6  | RSA-1024 public key     | BCRYPT_RSAFULLPRIVATE_BLOB |
      | rsa_blob_test.json#9  | RSA-1024 generic public | BCRYPT_PRIVATE_KEY_BLOB    |
      | ecc_blob_test.json#17 | ECDSA_P256 public key   | BCRYPT_ECCPRIVATE_BLOB     |
      | ecc_blob_test.json#1  | ECDH_P256 public key    | BCRYPT_PRIVATE_KEY_BLOB    |
      | dsa_blob_test.json#1  | DSA-512 public key      | BCRYPT_DSA_PRIVATE_BLOB    |

    @since:win8
    Examples: DSA V2 blob (from Windows 8)
      | vector                | what                    | blob type                  |
      | dsa_blob_test.json#13 | DSA-2048 public key     | BCRYPT_PRIVATE_KEY_BLOB    |

    @since:win10
    Examples: curve-agnostic ECDSA (from Windows 10)
      | vector                | what                    | blob type                  |
      | ecc_blob_test.json#33 | ECDSA (nistP384) public | BCRYPT_ECCPRIVATE_BLOB     |

  @row:status.STATUS_INVALID_PARAMETER @row:param.hKey @must @source:doc-silent
  Scenario Outline: A Diffie-Hellman public key cannot export a private blob (<what>, <blob type>)
    No Windows evidence covers DH here (UNCONFIRMED). Acceptable: STATUS_INVALID_PARAMETER (what Windows answers
    for RSA, ECDSA and DSA keys, and the reference's answer) or STATUS_NOT_SUPPORTED, with nothing written.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is one of STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED
    And nothing was written to pbOutput

    Examples:
      | vector               | what                     | blob type               |
      | dh_blob_test.json#5  | DH-1024 public key       | BCRYPT_DH_PRIVATE_BLOB  |
      | dh_blob_test.json#19 | ffdhe2048 generic public | BCRYPT_PRIVATE_KEY_BLOB |

  @row:status.STATUS_INVALID_HANDLE @row:param.hKey @must @source:doc-silent
  Scenario Outline: A key pair that is not finalized has nothing to export (<algorithm>-<bits>, <blob type>)
    Windows answers STATUS_INVALID_HANDLE for a DH key exported before BCryptFinalizeKeyPair (see
    blob-dh.feature); for this algorithm the page is silent and Windows behaviour UNCONFIRMED. Acceptable:
    STATUS_INVALID_HANDLE (the reference's answer, recommended below) or STATUS_INVALID_PARAMETER, with nothing
    written; an unfinished key must never export.

    Given an "<algorithm>" key pair of <bits> bits, generated but not finalized
    When the key is exported as <blob type>
    Then the status is one of STATUS_INVALID_HANDLE, STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    Examples:
      | algorithm  | bits | blob type               |
      | RSA        | 512  | BCRYPT_RSAPUBLIC_BLOB   |
      | RSA        | 2048 | BCRYPT_PUBLIC_KEY_BLOB  |
      | ECDSA_P256 | 256  | BCRYPT_ECCPUBLIC_BLOB   |
      | ECDH_P521  | 521  | BCRYPT_ECCPRIVATE_BLOB  |
      | DSA        | 512  | BCRYPT_DSA_PUBLIC_BLOB  |

    @since:win8
    Examples: DSA V2 blob (from Windows 8)
      | algorithm  | bits | blob type               |
      | DSA        | 2048 | BCRYPT_DSA_PRIVATE_BLOB |

  @row:status.STATUS_INVALID_HANDLE @row:param.hKey @should @source:doc-silent
  Scenario Outline: An unfinished key pair is an invalid key handle, as Windows says for DH (<algorithm>-<bits>)
    The answer Windows gives for a DH key before BCryptFinalizeKeyPair, recommended for every algorithm so that
    callers see one status (UNCONFIRMED for these algorithms).

    Given an "<algorithm>" key pair of <bits> bits, generated but not finalized
    When the key is exported as <blob type>
    Then the status is STATUS_INVALID_HANDLE

    Examples:
      | algorithm  | bits | blob type              |
      | RSA        | 512  | BCRYPT_RSAPUBLIC_BLOB  |
      | ECDSA_P256 | 256  | BCRYPT_ECCPUBLIC_BLOB  |

  @row:status.STATUS_INVALID_HANDLE @row:param.hKey @must @source:doc-silent
  Scenario: A destroyed key pair is an invalid handle to every function
    After BCryptDestroyKey the handle names nothing: BCryptSetProperty, BCryptFinalizeKeyPair, BCryptExportKey and
    a second BCryptDestroyKey each answer STATUS_INVALID_HANDLE, the status their pages give for a handle that is
    not valid. A provider that still finds the key, or answers as if it were a key of another kind, would use
    memory it freed.

    Given a "RSA" key pair of 512 bits, generated but not finalized
    And the key has been destroyed
    When BCryptSetProperty "KeyLength" is called on the key with the ULONG 1024
    Then BCryptSetProperty returned STATUS_INVALID_HANDLE
    When BCryptFinalizeKeyPair is called on the key
    Then BCryptFinalizeKeyPair returned STATUS_INVALID_HANDLE
    When the key is exported as BCRYPT_RSAPUBLIC_BLOB
    Then the status is STATUS_INVALID_HANDLE
    And nothing was written to pbOutput
    When BCryptDestroyKey is called on the key again
    Then BCryptDestroyKey returned STATUS_INVALID_HANDLE

  @row:status.STATUS_INVALID_HANDLE @must @source:doc-silent
  Scenario: A closed algorithm handle makes no key pair
    After BCryptCloseAlgorithmProvider the handle names nothing; BCryptGenerateKeyPair gives STATUS_INVALID_HANDLE
    for an algorithm handle that is not valid (blob-layouts-digest 6.3), and no key that could be exported comes
    into being.

    When an "RSA" key pair of 512 bits is generated on an algorithm handle that was closed
    Then BCryptGenerateKeyPair returned STATUS_INVALID_HANDLE

  @row:blob.BCRYPT_DH_PUBLIC_BLOB @row:blob.BCRYPT_DH_PRIVATE_BLOB @must @source:doc-silent
  Scenario Outline: DHParameters whose header disagrees with itself are refused (<what>)
    BCRYPT_DH_PARAMETER_HEADER gives cbLength = 12 + 2 cbKeyLength, the magic DHPM and cbKeyLength (blob-layouts-
    digest 2.4); a value whose fields disagree gives no group for a DH key and its blobs. No status is documented
    (UNCONFIRMED). Acceptable: STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED.

    When the DHParameters of vector "dh_blob_test.json#1" with the u32 at offset <offset> one larger are set on an algorithm handle for "DH"
    Then the property is refused with one of STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED

    Examples:
      | offset | what                             |
      | 0      | cbLength one more than the value |
      | 4      | another magic                    |
      | 8      | cbKeyLength one more             |

  @row:status.STATUS_SUCCESS @row:param.hKey @must @source:doc-silent
  Scenario Outline: A finished key takes no more properties and keeps its numbers (<what>)
    BCryptSetProperty is refused once a key pair is finalized (BCryptGenerateKeyPair / BCryptFinalizeKeyPair pages,
    blob-layouts-digest 6.3); an imported key pair is finished from the start. The status is not given
    (UNCONFIRMED). Acceptable: STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER or STATUS_INVALID_HANDLE; afterwards
    the key exports exactly the blob it was imported from.

    Given a key imported from the expected blob of vector "<vector>"
    When BCryptSetProperty "KeyLength" is called on the key with the ULONG 1024
    Then BCryptSetProperty returned one of STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER, STATUS_INVALID_HANDLE
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "<vector>"

    Examples:
      | vector               | blob type               | what    |
      | rsa_blob_test.json#2 | BCRYPT_RSAPRIVATE_BLOB  | RSA-512 |
      | dsa_blob_test.json#2 | BCRYPT_DSA_PRIVATE_BLOB | DSA-512 |

  @row:status.STATUS_NOT_SUPPORTED @must @source:doc-silent
  Scenario: A symmetric algorithm makes no key pair
    BCryptGenerateKeyPair is for asymmetric algorithms; on an AES handle no key pair, hence no asymmetric blob, can
    come into being. Its page gives STATUS_NOT_SUPPORTED for an algorithm that does not support the operation
    (blob-layouts-digest 6.3); acceptable (UNCONFIRMED which one Windows gives): STATUS_NOT_SUPPORTED,
    STATUS_INVALID_HANDLE or STATUS_INVALID_PARAMETER.

    When an "AES" key pair of 128 bits is generated
    Then BCryptGenerateKeyPair returned one of STATUS_NOT_SUPPORTED, STATUS_INVALID_HANDLE, STATUS_INVALID_PARAMETER

