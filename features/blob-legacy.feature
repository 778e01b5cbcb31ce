# Spec: BCryptExportKey, pszBlobType table, rows LEGACY_RSAPUBLIC_BLOB, LEGACY_RSAPRIVATE_BLOB, LEGACY_DSA_PUBLIC_BLOB,
# LEGACY_DSA_PRIVATE_BLOB, LEGACY_DSA_V2_PRIVATE_BLOB, LEGACY_DH_PUBLIC_BLOB and LEGACY_DH_PRIVATE_BLOB; layouts from the
# CryptoAPI key BLOB pages (blob-layouts-digest section 3); import support from the BCryptImportKeyPair page (digest 6.2).
Feature: The LEGACY_* blob types export CryptoAPI key BLOBs, little-endian throughout

  A CryptoAPI key BLOB starts with the 8-byte BLOBHEADER (bType 6 public / 7 private, bVersion, reserved 0, aiKeyAlg),
  then a key header and the numbers. Unlike CNG blobs, every field and every number is little-endian. The keys are
  those of legacy_blob_test.json (the keys of rsa/dsa/dh_blob_test.json), imported from their CNG private blob; every
  legacy blob is parsed with the capi_*.ksy layouts and compared with the key, and the same key exported as a CNG
  blob must carry the same numbers. Where the pages leave the form open, the scenario says what is mandatory and
  what set is accepted.

  @row:blob.LEGACY_RSAPUBLIC_BLOB @row:status.STATUS_SUCCESS @must @source:doc-silent
  Scenario Outline: An RSA key exports a CryptoAPI public key BLOB with the numbers of its CNG blob (<what>)
    Mandatory: bType 6, bVersion 2, RSAPUBKEY magic RSA1, bitlen, pubexp as a 32-bit number, the modulus
    little-endian in bitlen/8 bytes. UNCONFIRMED (the page does not say): aiKeyAlg. Acceptable: CALG_RSA_KEYX or
    CALG_RSA_SIGN.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as LEGACY_RSAPUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material
    And the LEGACY_RSAPUBLIC_BLOB blob and the BCRYPT_RSAPUBLIC_BLOB blob of the key carry the same numbers

    Examples:
      | vector                    | what                             |
      | legacy_blob_test.json#1   | RSA-512                          |
      | legacy_blob_test.json#5   | RSA-1024, e = 3                  |
      | legacy_blob_test.json#8   | RSA-1536, e = 0x010003           |
      | legacy_blob_test.json#11  | RSA-2048, Wycheproof             |
      | legacy_blob_test.json#39  | RSA-1024, e = 2^31 + 11, 32 bits |

  @row:blob.LEGACY_RSAPRIVATE_BLOB @row:status.STATUS_SUCCESS @must @source:doc-silent
  Scenario Outline: An RSA key pair exports a CryptoAPI private key BLOB with the numbers of its CNG blob (<what>)
    Mandatory: bType 7, bVersion 2, magic RSA2, the modulus, the primes, d mod (p-1), d mod (q-1), q^-1 mod p
    (bitlen/16 bytes each) and d (bitlen/8), little-endian. UNCONFIRMED: aiKeyAlg (CALG_RSA_KEYX or CALG_RSA_SIGN
    accepted) and which private exponent (any d with e d = 1 mod lcm(p-1, q-1) accepted).

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as LEGACY_RSAPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material
    And the LEGACY_RSAPRIVATE_BLOB blob and the BCRYPT_RSAFULLPRIVATE_BLOB blob of the key carry the same numbers

    Examples:
      | vector                    | what                             |
      | legacy_blob_test.json#1   | RSA-512                          |
      | legacy_blob_test.json#8   | RSA-1536, e = 0x010003           |
      | legacy_blob_test.json#11  | RSA-2048, Wycheproof             |
      | legacy_blob_test.json#39  | RSA-1024, e = 2^31 + 11, 32 bits |

  @row:blob.LEGACY_RSAPUBLIC_BLOB @row:blob.LEGACY_RSAPRIVATE_BLOB @should @source:windows-observed
  Scenario Outline: The legacy RSA blobs carry CALG_RSA_KEYX, as Windows was seen to write them (<blob type>)
    Blobs exported from Windows (PCLCrypto's CAPI exports; Wine's legacy RSA blob) carry aiKeyAlg 0xa400.

    Given a key imported from the expected blob of vector "legacy_blob_test.json#5"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of the key's vector group

    Examples:
      | blob type              |
      | LEGACY_RSAPUBLIC_BLOB  |
      | LEGACY_RSAPRIVATE_BLOB |

  @row:blob.LEGACY_RSAPRIVATE_BLOB @must @source:doc
  Scenario Outline: A CryptoAPI private key BLOB imports as the same RSA key (<what>)
    The BCryptImportKeyPair page lists LEGACY_RSAPRIVATE_BLOB as importable.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_RSAFULLPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of the key's vector group

    Examples:
      | vector                    | what            |
      | legacy_blob_test.json#3   | RSA-512         |
      | legacy_blob_test.json#7   | RSA-1024, e = 3 |

  @row:blob.LEGACY_RSAPUBLIC_BLOB @row:blob.LEGACY_RSAPRIVATE_BLOB @must @source:doc-silent
  Scenario Outline: A key whose public exponent does not fit 32 bits has no legacy RSA blob (<blob type>)
    RSAPUBKEY holds the exponent in a 32-bit field, so e = 2^32 + 1 cannot be written. Mandatory: the export fails
    and writes nothing. The status is UNCONFIRMED; acceptable: STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED.

    Given a key imported from the expected blob of vector "legacy_blob_test.json#14"
    When the key is exported as <blob type>
    Then the status is one vector "<vector>" accepts

    Examples:
      | blob type              | vector                   |
      | LEGACY_RSAPUBLIC_BLOB  | legacy_blob_test.json#15 |
      | LEGACY_RSAPRIVATE_BLOB | legacy_blob_test.json#16 |

  @row:blob.LEGACY_RSAPUBLIC_BLOB @row:blob.LEGACY_RSAPRIVATE_BLOB @must @source:doc-silent
  Scenario Outline: A key whose numbers do not fit the CryptoAPI RSA fields has no legacy RSA blob (<what>, <blob type>)
    The private RSA BLOB gives each prime, exponent1, exponent2 and the coefficient bitlen/16 bytes, the public and
    the private one give the modulus bitlen/8 (blob-layouts-digest 3.2). A key whose larger prime is wider than
    bitlen/16 bytes (primes of 200 and 312 bits in a 512-bit key: 39 bytes where there are 32) or whose bitlen is
    not a multiple of 16 (520 bits: primes of 260 bits in 32 bytes) has no private BLOB; a modulus that does not
    fill whole bytes (516 bits) has neither. Mandatory: the export fails and writes nothing. The status is
    UNCONFIRMED; acceptable: STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED. Sizes other than multiples of 64
    bits need not be claimed (then NOT_CLAIMED, as in blob-rsa.feature).

    Given a key imported from the expected blob of vector "<vector>", unless its size is not claimed and the import is refused
    When the key is exported as <blob type>
    Then the status is one of STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED
    And nothing was written to pbOutput

    Examples:
      | vector                | what                       | blob type              |
      | rsa_blob_test.json#38 | primes of 200 and 312 bits | LEGACY_RSAPRIVATE_BLOB |
      | rsa_blob_test.json#48 | 520-bit modulus            | LEGACY_RSAPRIVATE_BLOB |
      | rsa_blob_test.json#43 | 516-bit modulus            | LEGACY_RSAPRIVATE_BLOB |
      | rsa_blob_test.json#43 | 516-bit modulus            | LEGACY_RSAPUBLIC_BLOB  |

  @row:blob.LEGACY_RSAPUBLIC_BLOB @must @source:doc-silent
  Scenario Outline: The legacy RSA public blob of a key with unequal primes carries its numbers (<what>)
    RSAPUBKEY holds bitlen, the exponent and the modulus in bitlen/8 bytes and no primes, so primes of unequal
    length do not keep a key from it. Mandatory as for any RSA key: the blob with the numbers of the key's CNG
    public blob.

    Given a key imported from the expected blob of vector "<vector>", unless its size is not claimed and the import is refused
    When the key is exported as LEGACY_RSAPUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material
    And the LEGACY_RSAPUBLIC_BLOB blob and the BCRYPT_RSAPUBLIC_BLOB blob of the key carry the same numbers

    Examples:
      | vector                | what                       |
      | rsa_blob_test.json#38 | primes of 200 and 312 bits |

  @row:blob.LEGACY_DSA_PUBLIC_BLOB @row:status.STATUS_SUCCESS @must @source:doc-silent
  Scenario Outline: A DSA key exports a CryptoAPI DSS public key BLOB with the numbers of its CNG blob (<what>)
    The page says only that CryptoAPI can import the result. Whether it is DSS version 2 or 3 is UNCONFIRMED.
    Acceptable: DSS version 2 (bVersion 2, DSS1, p, q in 20 bytes, g, y, DSSSEED) or version 3 (bVersion 3, DSS3,
    bitlenQ the bits of q, j absent or (p - 1) / q, DSSSEED); mandatory in both: bType 6, CALG_DSS_SIGN, the key's
    numbers little-endian and DSSSEED holding the key's counter and (byte-reversed) seed.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as LEGACY_DSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material
    And the LEGACY_DSA_PUBLIC_BLOB blob and the BCRYPT_DSA_PUBLIC_BLOB blob of the key carry the same numbers

    Examples:
      | vector                    | what                       |
      | legacy_blob_test.json#17  | DSA-512                    |
      | legacy_blob_test.json#22  | DSA-1024                   |
      | legacy_blob_test.json#26  | DSA-1024, no seed recorded |

  @row:blob.LEGACY_DSA_PRIVATE_BLOB @row:status.STATUS_SUCCESS @must @source:doc-silent
  Scenario Outline: A DSA key pair exports a CryptoAPI DSS private key BLOB that imports again (<what>)
    Version 2 or 3 is UNCONFIRMED; acceptable as for the public blob (DSS2 without y, or DSS4 with y and bitlenX).
    Mandatory: bType 7, CALG_DSS_SIGN, the key's numbers, and BCryptImportKeyPair takes the blob back (the import
    page lists LEGACY_DSA_PRIVATE_BLOB).

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as LEGACY_DSA_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material
    And the LEGACY_DSA_PRIVATE_BLOB blob and the BCRYPT_DSA_PRIVATE_BLOB blob of the key carry the same numbers
    When the key is exported as LEGACY_DSA_PRIVATE_BLOB
    And the exported blob is imported as a key pair
    Then the import status is STATUS_SUCCESS
    And the imported key exports the same BCRYPT_DSA_PRIVATE_BLOB as the key

    Examples:
      | vector                    | what     |
      | legacy_blob_test.json#17  | DSA-512  |
      | legacy_blob_test.json#22  | DSA-1024 |

  @row:blob.LEGACY_DSA_V2_PRIVATE_BLOB @row:status.STATUS_SUCCESS @must @source:windows-observed
  Scenario Outline: A DSA key pair exports a DSS version 2 private key BLOB (<what>)
    Wine's dssKey test, which passes on Windows, finds bType 7, bVersion 2, CALG_DSS_SIGN, magic DSS2, p, q (20
    bytes), g, x (20 bytes), no y, then DSSSEED with the counter as a little-endian u32 and the seed byte-reversed.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as LEGACY_DSA_V2_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material
    And the LEGACY_DSA_V2_PRIVATE_BLOB blob and the BCRYPT_DSA_PRIVATE_BLOB blob of the key carry the same numbers

    Examples:
      | vector                    | what                       |
      | legacy_blob_test.json#17  | DSA-512                    |
      | legacy_blob_test.json#22  | DSA-1024                   |
      | legacy_blob_test.json#26  | DSA-1024, no seed recorded |

  @row:blob.LEGACY_DSA_V2_PRIVATE_BLOB @must @source:doc
  Scenario Outline: A DSS version 2 private key BLOB imports as the same DSA key (<what>)
    The BCryptImportKeyPair page lists LEGACY_DSA_V2_PRIVATE_BLOB as importable. The blob has no y; the key's y is
    g^x mod p. The DSSSEED comes back as the CNG blob's Count and Seed: a counter of 0xFFFFFFFF (no record) as
    Count and Seed all 0xFF.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_DSA_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of the key's vector group

    Examples:
      | vector                    | what                       |
      | legacy_blob_test.json#20  | DSA-512                    |
      | legacy_blob_test.json#25  | DSA-1024                   |
      | legacy_blob_test.json#29  | DSA-1024, no seed recorded |

  @row:blob.LEGACY_DSA_PRIVATE_BLOB @row:blob.LEGACY_DH_PRIVATE_BLOB @must @source:doc
  Scenario Outline: A version 3 private key BLOB that carries q and j imports as the same key (<what>)
    The BCryptImportKeyPair page lists LEGACY_DSA_PRIVATE_BLOB and LEGACY_DH_PRIVATE_BLOB as importable, and the
    version 3 layout (DSSPRIVKEY_VER3, DHPRIVKEY_VER3) puts q after p and j = (p - 1) / q after g, bitlenQ and
    bitlenJ bits long (0 when absent), then y and x. An importer that skips q or j by the wrong length reads y and x
    from the wrong bytes. Windows was not observed importing such a blob (UNCONFIRMED); the layout is the pages'.

    Given a key imported from the input of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of the key's vector group

    Examples:
      | vector                    | what                                | blob type               |
      | legacy_blob_test.json#43  | DSA-1024, DSS4 with j               | BCRYPT_DSA_PRIVATE_BLOB |
      | legacy_blob_test.json#45  | DH-768 on modp768, DH4 with q and j | BCRYPT_DH_PRIVATE_BLOB  |

  @row:blob.LEGACY_DSA_V2_PRIVATE_BLOB @must @source:doc-silent @since:win8
  Scenario: A DSA key with a 256-bit q has no DSS version 2 blob
    DSS version 2 has room for a 160-bit q only. Mandatory: the export of a 2048-bit key fails and writes nothing.
    The status is UNCONFIRMED; acceptable: STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED.

    Given a key imported from the expected blob of vector "legacy_blob_test.json#30"
    When the key is exported as LEGACY_DSA_V2_PRIVATE_BLOB
    Then the status is one vector "legacy_blob_test.json#31" accepts

  @row:blob.LEGACY_DH_PUBLIC_BLOB @row:status.STATUS_SUCCESS @must @source:doc-silent
  Scenario Outline: A DH key exports a Diffie-Hellman version 3 public key BLOB with the numbers of its CNG blob (<what>)
    The page names the version 3 public key BLOB. Mandatory: bType 6, bVersion 3, magic \0DH3, bitlenP, p, g and y
    little-endian. UNCONFIRMED: aiKeyAlg (CALG_DH_EPHEM or CALG_DH_SF accepted), q and j (absent, or g's order q and
    (p - 1) / q accepted) and DSSSEED (not checked).

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as LEGACY_DH_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material
    And the LEGACY_DH_PUBLIC_BLOB blob and the BCRYPT_DH_PUBLIC_BLOB blob of the key carry the same numbers

    Examples:
      | vector                    | what                |
      | legacy_blob_test.json#32  | DH-768 on modp768   |
      | legacy_blob_test.json#36  | DH-2048 on modp2048 |

  @row:blob.LEGACY_DH_PRIVATE_BLOB @row:status.STATUS_SUCCESS @must @source:doc-silent
  Scenario Outline: A DH key pair exports a Diffie-Hellman version 3 private key BLOB that imports again (<what>)
    Mandatory: bType 7, bVersion 3, magic \0DH4, p, g, y and x (bitlenX bits) little-endian, and BCryptImportKeyPair
    takes the blob back (the import page lists LEGACY_DH_PRIVATE_BLOB). UNCONFIRMED as for the public blob.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as LEGACY_DH_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material
    And the LEGACY_DH_PRIVATE_BLOB blob and the BCRYPT_DH_PRIVATE_BLOB blob of the key carry the same numbers
    When the key is exported as LEGACY_DH_PRIVATE_BLOB
    And the exported blob is imported as a key pair
    Then the import status is STATUS_SUCCESS
    And the imported key exports the same BCRYPT_DH_PRIVATE_BLOB as the key

    Examples:
      | vector                    | what                |
      | legacy_blob_test.json#32  | DH-768 on modp768   |
      | legacy_blob_test.json#36  | DH-2048 on modp2048 |

  @row:blob.LEGACY_RSAPUBLIC_BLOB @row:blob.LEGACY_DSA_PUBLIC_BLOB @row:blob.LEGACY_DH_PUBLIC_BLOB @row:status.STATUS_NOT_SUPPORTED @must @source:doc
  Scenario Outline: BCryptImportKeyPair does not import a legacy public blob (<blob type>)
    The BCryptImportKeyPair page: LEGACY_RSAPUBLIC_BLOB, LEGACY_DSA_PUBLIC_BLOB and LEGACY_DH_PUBLIC_BLOB are not
    supported by the Microsoft primitive provider. Mandatory: the import fails and returns no key handle.
    Acceptable: STATUS_NOT_SUPPORTED, or STATUS_INVALID_PARAMETER.

    When the input of vector "<vector>" is imported as a key pair
    Then the import status is one vector "<vector>" accepts

    Examples:
      | blob type              | vector                   |
      | LEGACY_RSAPUBLIC_BLOB  | legacy_blob_test.json#4  |
      | LEGACY_DSA_PUBLIC_BLOB | legacy_blob_test.json#21 |
      | LEGACY_DH_PUBLIC_BLOB  | legacy_blob_test.json#35 |

  @row:blob.LEGACY_RSAPRIVATE_BLOB @row:blob.LEGACY_DSA_PRIVATE_BLOB @row:blob.LEGACY_DSA_V2_PRIVATE_BLOB @row:blob.LEGACY_DH_PRIVATE_BLOB @must @source:doc-silent
  Scenario Outline: BCryptImportKeyPair refuses a legacy private blob whose header says something else (<what>)
    Each field of the BLOBHEADER and of the key header fixes what follows (blob-layouts-digest 3.1 to 3.4): a bType
    that is not PRIVATEKEYBLOB, or a bit length that is not a size of the key's family (513 bits: the RSA private
    fields are bitlen/16 bytes; DSA and DH sizes go in steps of 64), is not a blob of this type. The import page
    gives no status for it (UNCONFIRMED). Acceptable: STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE,
    STATUS_NOT_SUPPORTED or NTE_BAD_DATA, and no key handle.

    When the expected blob of vector "<vector>" is imported with the u32 at offset <offset> one larger
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    Examples:
      | vector                   | offset | what                                  |
      | legacy_blob_test.json#3  | 0      | RSA2, bType 8                         |
      | legacy_blob_test.json#3  | 12     | RSA2, bitlen 513                      |
      | legacy_blob_test.json#19 | 12     | DSS version 3, bitlenP 513            |
      | legacy_blob_test.json#20 | 12     | DSS version 2, bitlen 513             |
      | legacy_blob_test.json#34 | 12     | DH version 3, bitlenP 769             |

  @row:blob.LEGACY_RSAPRIVATE_BLOB @row:blob.LEGACY_DSA_PRIVATE_BLOB @row:blob.LEGACY_DH_PRIVATE_BLOB @must @source:doc-silent
  Scenario Outline: BCryptImportKeyPair refuses the first byte of a legacy private blob (<what>)
    cbInput 1 holds not even the BLOBHEADER; an import that reads the header from the array instead of from the
    cbInput bytes it was given reads what the caller did not pass. Acceptable as above, and no key handle.

    When the expected blob of vector "<vector>" is imported with cbInput 1
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    Examples:
      | vector                   | what          |
      | legacy_blob_test.json#3  | RSA2          |
      | legacy_blob_test.json#19 | DSS version 3 |
      | legacy_blob_test.json#34 | DH version 3  |

  @row:blob.LEGACY_RSAPRIVATE_BLOB @should @source:doc-silent
  Scenario: A CryptoAPI RSA private key BLOB marked CALG_RSA_SIGN imports too
    Which ALG_ID a legacy RSA blob carries is UNCONFIRMED (blob-layouts-digest 3.2): Windows was seen to write
    CALG_RSA_KEYX, and Wine's importer takes CALG_RSA_KEYX and CALG_RSA_SIGN alike, as the digest recommends. The
    same blob with aiKeyAlg 0x2400 is the same key; a recommendation, since the page is silent.

    When the expected blob of vector "legacy_blob_test.json#3" is imported with the u32 at offset 4 set to 0x00002400
    Then the import status is STATUS_SUCCESS

