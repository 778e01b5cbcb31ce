# Spec: BCryptExportKey, pszBlobType table, rows BCRYPT_DSA_PUBLIC_BLOB and BCRYPT_DSA_PRIVATE_BLOB (BCRYPT_DSA_KEY_BLOB
# for 512-1024-bit keys, BCRYPT_DSA_KEY_BLOB_V2 above, from Windows 8), and BCRYPT_PUBLIC_KEY_BLOB /
# BCRYPT_PRIVATE_KEY_BLOB for DSA keys; layouts from the two struct pages (blob-layouts-digest sections 2.5, 2.6).
Feature: DSA keys export as BCRYPT_DSA_KEY_BLOB up to 1024 bits and as BCRYPT_DSA_KEY_BLOB_V2 above

  Version 1 (DSPB / DSPV) carries the FIPS 186-2 generation record of the domain, Count (4 bytes, big-endian) and
  Seed (20 bytes), then q (20 bytes), p, g, y (cbKey bytes) and x (20 bytes). Version 2 (DPB2 / DPV2) adds the
  hash algorithm, the FIPS version, cbSeedLength and cbGroupSize, and sizes Seed, q and x by them. The keys are
  those of dsa_blob_test.json, imported from their private blob; every blob is parsed with bcrypt_dsa_key_blob.ksy
  or bcrypt_dsa_key_blob_v2.ksy and compared with the key. V2 blobs arrived with Windows 8: the examples and
  scenarios with keys above 1024 bits are tagged since:win8.

  @row:blob.BCRYPT_DSA_PUBLIC_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A DSA key exports its public blob, V1 up to 1024 bits and V2 above (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_DSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the magic of the blob is "<magic>"
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples: V1 (up to 1024 bits)
      | vector                | what                       | magic |
      | dsa_blob_test.json#2  | DSA-512                    | DSPB  |
      | dsa_blob_test.json#6  | DSA-1024                   | DSPB  |
      | dsa_blob_test.json#22 | DSA-1024, y shorter than p | DSPB  |

    @since:win8
    Examples: V2 (above 1024 bits, from Windows 8)
      | vector                | what                       | magic |
      | dsa_blob_test.json#14 | DSA-2048                   | DPB2  |
      | dsa_blob_test.json#18 | DSA-3072                   | DPB2  |
      | dsa_blob_test.json#26 | DSA-2048, y shorter than p | DPB2  |

  @row:blob.BCRYPT_DSA_PRIVATE_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A DSA key pair exports its private blob with x, V1 up to 1024 bits and V2 above (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_DSA_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the magic of the blob is "<magic>"
    And the blob equals the expected blob of vector "<vector>"
    And the blob matches its layout and the key's material

    Examples: V1 (up to 1024 bits)
      | vector                | what                                        | magic |
      | dsa_blob_test.json#2  | DSA-512                                     | DSPV  |
      | dsa_blob_test.json#6  | DSA-1024                                    | DSPV  |
      | dsa_blob_test.json#22 | DSA-1024, x and y shorter than their fields | DSPV  |

    @since:win8
    Examples: V2 (above 1024 bits, from Windows 8)
      | vector                | what                                        | magic |
      | dsa_blob_test.json#14 | DSA-2048                                    | DPV2  |
      | dsa_blob_test.json#18 | DSA-3072                                    | DPV2  |
      | dsa_blob_test.json#26 | DSA-2048, x and y shorter than their fields | DPV2  |

  @row:blob.BCRYPT_DSA_PUBLIC_BLOB @must @source:windows-observed
  Scenario: A V1 blob carries the FIPS 186-2 counter big-endian and the seed of the domain
    Wine's dsaPublicBlob, which Windows imports and exports unchanged, holds Count 143 big-endian and a Seed that
    regenerates its p and q by FIPS 186-2. This key's Count and Seed regenerate its p and q the same way.

    Given a key imported from the expected blob of vector "dsa_blob_test.json#6"
    When the key is exported as BCRYPT_DSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

  @row:blob.BCRYPT_DSA_PRIVATE_BLOB @must @source:windows-observed
  Scenario: A key without its generation record keeps Count and Seed all 0xff
    .NET writes Count and Seed as 0xff bytes when it knows no seed; Windows skips the seed check then and exports
    Count 0xffffffff again.

    Given a key imported from the expected blob of vector "dsa_blob_test.json#10"
    When the key is exported as BCRYPT_DSA_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "dsa_blob_test.json#10"

  @row:blob.BCRYPT_DSA_PRIVATE_BLOB @row:blob.BCRYPT_DSA_PUBLIC_BLOB @must @source:windows-observed @since:win8
  Scenario Outline: A V2 blob names SHA-256 and FIPS 186-3 with a 32-byte seed and q (<what>)
    Go's CNG binding, tested on Windows, finds Windows' own 2048- and 3072-bit DSA keys with cbGroupSize 32 and the
    V2 magic, SHA-256 and FIPS 186-3, and cbSeedLength equal to cbGroupSize.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector                | what     | blob type               |
      | dsa_blob_test.json#14 | DSA-2048 | BCRYPT_DSA_PUBLIC_BLOB  |
      | dsa_blob_test.json#18 | DSA-3072 | BCRYPT_DSA_PRIVATE_BLOB |

  @row:blob.BCRYPT_PUBLIC_KEY_BLOB @row:blob.BCRYPT_PRIVATE_KEY_BLOB @must @source:windows-observed
  Scenario Outline: The generic blob of a DSA key is its DSA blob, V1 or V2 by size (<what>, <blob type>)
    .NET's DSACng, which runs on Windows, reads the generic blobs of DSA keys as V1 up to 1024 bits and V2 above.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the magic of the blob is "<magic>"
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples: V1 (up to 1024 bits)
      | vector               | what     | blob type               | magic |
      | dsa_blob_test.json#6 | DSA-1024 | BCRYPT_PUBLIC_KEY_BLOB  | DSPB  |
      | dsa_blob_test.json#2 | DSA-512  | BCRYPT_PRIVATE_KEY_BLOB | DSPV  |

    @since:win8
    Examples: V2 (above 1024 bits, from Windows 8)
      | vector                | what     | blob type               | magic |
      | dsa_blob_test.json#14 | DSA-2048 | BCRYPT_PRIVATE_KEY_BLOB | DPV2  |
      | dsa_blob_test.json#18 | DSA-3072 | BCRYPT_PUBLIC_KEY_BLOB  | DPB2  |

  @row:blob.BCRYPT_DSA_PRIVATE_BLOB @must @source:doc
  Scenario: A 512-bit DSA key pair generated and finalized exports a consistent V1 blob
    BCryptGenerateKeyPair follows FIPS 186-2 for DSA keys of up to 1024 bits. The kit reads the key back and checks
    that q divides p - 1, g and y lie in the subgroup of order q and y = g^x mod p.

    Given a "DSA" key pair of 512 bits, generated and finalized
    When the key is exported as BCRYPT_DSA_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the magic of the blob is "DSPV"
    And the blob holds a consistent key in the layout of its blob type

  @row:blob.BCRYPT_DSA_PUBLIC_BLOB @row:blob.BCRYPT_DSA_PRIVATE_BLOB @must @source:doc-silent
  Scenario Outline: BCryptImportKeyPair refuses a DSA V2 blob whose header enum is not defined (<what>)
    standardVersion of BCRYPT_DSA_KEY_BLOB_V2 is DSA_FIPS186_2 (0) or DSA_FIPS186_3 (1) (blob-layouts-digest 2.6);
    2 names no standard, so the blob is not one of this type. No status is documented (UNCONFIRMED). Acceptable:
    STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED or NTE_BAD_DATA, and no key handle.

    When the expected blob of vector "<vector>" is imported with the u32 at offset 12 one larger
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    @since:win8
    Examples: DSA V2 blob (from Windows 8)
      | vector                | what                      |
      | dsa_blob_test.json#13 | DSA-2048 public, DPB2     |
      | dsa_blob_test.json#14 | DSA-2048 private, DPV2    |

