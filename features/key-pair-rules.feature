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
