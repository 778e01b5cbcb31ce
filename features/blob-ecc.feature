# Spec: BCryptExportKey, pszBlobType table, rows BCRYPT_ECCPUBLIC_BLOB and BCRYPT_ECCPRIVATE_BLOB, and
# BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB for ECC keys; layout from the BCRYPT_ECCKEY_BLOB page
# (blob-layouts-digest section 2.3).
Feature: ECDH and ECDSA keys export as BCRYPT_ECCKEY_BLOB

  An 8-byte header (magic, cbKey) followed by X, Y and, in a private blob, d: big-endian, each zero-padded to cbKey
  = 32, 48 or 66 bytes for P-256, P-384, P-521. The magic names ECDH or ECDSA, public or private, and the curve;
  the curve-agnostic ECDH / ECDSA algorithms have a generic pair. The keys are those of ecc_blob_test.json; every
  blob is parsed with bcrypt_ecckey_blob.ksy and compared with the key. The curve-agnostic algorithms arrived with
  Windows 10: their scenarios are tagged since:win10.

  @row:blob.BCRYPT_ECCPUBLIC_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: An ECC key exports its public blob with the magic of its algorithm and curve (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_ECCPUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the magic of the blob is "<magic>"
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                       | magic |
      | ecc_blob_test.json#2  | ECDH_P256, Wycheproof      | ECK1  |
      | ecc_blob_test.json#6  | ECDH_P384, Wycheproof      | ECK3  |
      | ecc_blob_test.json#18 | ECDSA_P256, x below 2^248  | ECS1  |
      | ecc_blob_test.json#26 | ECDSA_P521, padded numbers | ECS5  |

  @row:blob.BCRYPT_ECCPRIVATE_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: An ECC key pair exports its private blob with d (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_ECCPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the magic of the blob is "<magic>"
    And the blob equals the expected blob of vector "<vector>"
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                      | magic |
      | ecc_blob_test.json#2  | ECDH_P256, Wycheproof     | ECK2  |
      | ecc_blob_test.json#10 | ECDH_P521, Wycheproof     | ECK6  |
      | ecc_blob_test.json#18 | ECDSA_P256, x below 2^248 | ECS2  |
      | ecc_blob_test.json#22 | ECDSA_P384                | ECS4  |

  @row:blob.BCRYPT_ECCPRIVATE_BLOB @row:blob.BCRYPT_ECCPUBLIC_BLOB @must @source:windows-observed
  Scenario Outline: P-521 numbers are zero-padded to 66 bytes (<what>)
    Wine's test_ECDH, which passes on Windows, imports and exports a P-521 key with cbKey 66 whose numbers begin with
    a zero byte. Here x, y and d are all below 2^520.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector                | blob type              | what                    |
      | ecc_blob_test.json#14 | BCRYPT_ECCPRIVATE_BLOB | ECDH_P521, private blob |
      | ecc_blob_test.json#13 | BCRYPT_ECCPUBLIC_BLOB  | ECDH_P521, public blob  |

  @row:blob.BCRYPT_PUBLIC_KEY_BLOB @row:blob.BCRYPT_PRIVATE_KEY_BLOB @must @source:doc
  Scenario Outline: The generic blob of an ECC key is its ECC blob with the per-curve magic (<what>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the magic of the blob is "<magic>"
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what       | blob type               | magic |
      | ecc_blob_test.json#2  | ECDH_P256  | BCRYPT_PUBLIC_KEY_BLOB  | ECK1  |
      | ecc_blob_test.json#22 | ECDSA_P384 | BCRYPT_PUBLIC_KEY_BLOB  | ECS3  |
      | ecc_blob_test.json#6  | ECDH_P384  | BCRYPT_PRIVATE_KEY_BLOB | ECK4  |
      | ecc_blob_test.json#26 | ECDSA_P521 | BCRYPT_PRIVATE_KEY_BLOB | ECS6  |

  @row:blob.BCRYPT_PUBLIC_KEY_BLOB @row:blob.BCRYPT_ECCPUBLIC_BLOB @must @source:windows-observed
  Scenario Outline: An ECC public blob imported as BCRYPT_PUBLIC_KEY_BLOB exports the same blob (<what>)
    Wine's test_ECDSA and test_ECDH, which pass on Windows, import an ECS1 and an ECK1 blob through
    BCRYPT_PUBLIC_KEY_BLOB.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_ECCPUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "<vector>"

    Examples:
      | vector                | what             |
      | ecc_blob_test.json#19 | ECDSA_P256, ECS1 |
      | ecc_blob_test.json#3  | ECDH_P256, ECK1  |

  @row:blob.BCRYPT_ECCPUBLIC_BLOB @row:blob.BCRYPT_ECCPRIVATE_BLOB @row:blob.BCRYPT_PUBLIC_KEY_BLOB @row:blob.BCRYPT_PRIVATE_KEY_BLOB @must @source:doc-silent @since:win10
  Scenario Outline: A key of the curve-agnostic ECDH / ECDSA algorithm carries the generic or the per-curve magic (<what>, <blob type>)
    The key is imported into ECDH or ECDSA with ECCCurveName set to its NIST curve. Which magic Windows exports for
    such a key is UNCONFIRMED (Wine writes the generic one; NCrypt was seen to return ECDP for P-256 keys).
    Acceptable: the generic magic (ECKP/ECKV, ECDP/ECDV) or the per-curve magic of the key's curve, of the right
    kind and side, with cbKey of the curve and the key's numbers.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                   | blob type               |
      | ecc_blob_test.json#30 | ECDH, nistP256         | BCRYPT_ECCPUBLIC_BLOB   |
      | ecc_blob_test.json#30 | ECDH, nistP256         | BCRYPT_PRIVATE_KEY_BLOB |
      | ecc_blob_test.json#34 | ECDSA, nistP384        | BCRYPT_ECCPRIVATE_BLOB  |
      | ecc_blob_test.json#38 | ECDH, nistP521, padded | BCRYPT_PUBLIC_KEY_BLOB  |

  @row:blob.BCRYPT_ECCPUBLIC_BLOB @must @source:windows-observed @since:win10
  Scenario Outline: The curve-agnostic algorithm with ECCCurveName imports a blob with the generic magic (<what>)
    Go's CNG binding, tested on Windows, imports ECC keys through ECDH / ECDSA with ECCCurveName set and the
    generic magics.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_ECCPUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what                  |
      | ecc_blob_test.json#29 | ECDH, nistP256, ECKP  |
      | ecc_blob_test.json#34 | ECDSA, nistP384, ECDV |

  @row:blob.BCRYPT_ECCPRIVATE_BLOB @must @source:doc
  Scenario: An ECDSA P-256 key pair generated and finalized exports a consistent private blob
    BCryptGenerateKeyPair takes exactly 256 for ECDSA_P256. The kit reads the key back and checks that d G = (x, y).

    Given an "ECDSA_P256" key pair of 256 bits, generated and finalized
    When the key is exported as BCRYPT_ECCPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the magic of the blob is "ECS2"
    And the blob holds a consistent key in the layout of its blob type

  @row:blob.BCRYPT_ECCPRIVATE_BLOB @must @source:doc @since:win10
  Scenario: An ECDH key pair on the curve set as ECCCurveName exports a consistent private blob
    Given an "ECDH" key pair on the curve "nistP384", generated and finalized
    When the key is exported as BCRYPT_ECCPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob holds a consistent key in the layout of its blob type

  @row:blob.BCRYPT_ECCPUBLIC_BLOB @row:blob.BCRYPT_ECCPRIVATE_BLOB @must @source:windows-observed
  Scenario Outline: An ECC blob of another kind or curve is not imported (<what>)
    The magic of an ECC blob names its kind (ECDH or ECDSA), its side and its curve. Windows refuses an ECDSA_P256
    import of an ECDH blob with STATUS_INVALID_PARAMETER (blob-layouts-digest 6.2, Wine's tests); an import that
    trusted the algorithm handle instead of the magic would make a key of the wrong kind or curve. Acceptable:
    STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED, and no key handle.

    Given a key imported from the expected blob of vector "<vector>"
    When the key's <blob type> blob is imported into "<other algorithm>"
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED and returns no key handle

    Examples:
      | vector                | blob type              | other algorithm | what                          |
      | ecc_blob_test.json#2  | BCRYPT_ECCPRIVATE_BLOB | ECDSA_P256      | an ECDH_P256 blob in ECDSA    |
      | ecc_blob_test.json#18 | BCRYPT_ECCPUBLIC_BLOB  | ECDH_P256       | an ECDSA_P256 blob in ECDH    |
      | ecc_blob_test.json#6  | BCRYPT_ECCPUBLIC_BLOB  | ECDH_P256       | a P-384 blob in ECDH_P256     |
      | ecc_blob_test.json#26 | BCRYPT_ECCPRIVATE_BLOB | ECDSA_P384      | a P-521 blob in ECDSA_P384    |

  @row:blob.BCRYPT_ECCPUBLIC_BLOB @must @source:doc-silent @since:win10
  Scenario Outline: A curve-agnostic ECC handle takes only blobs of the curve set as its ECCCurveName (<what>)
    On an ECDH or ECDSA handle whose ECCCurveName is set, the key is on that curve; a blob whose per-curve magic
    names another curve is not a key of it. No status is documented (UNCONFIRMED). Acceptable:
    STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED, and no key handle.

    Given a key imported from the expected blob of vector "<vector>"
    When the key's BCRYPT_ECCPUBLIC_BLOB blob is imported into "<algorithm>" with ECCCurveName "<curve>"
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED and returns no key handle

    Examples:
      | vector                | algorithm | curve    | what                         |
      | ecc_blob_test.json#6  | ECDH      | nistP256 | a P-384 blob on nistP256     |
      | ecc_blob_test.json#17 | ECDSA     | nistP521 | a P-256 blob on nistP521     |

