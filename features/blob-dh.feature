# Spec: BCryptExportKey, pszBlobType table, rows BCRYPT_DH_PUBLIC_BLOB and BCRYPT_DH_PRIVATE_BLOB, and
# BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB for Diffie-Hellman keys; layout from the BCRYPT_DH_KEY_BLOB page
# (blob-layouts-digest section 2.4).
Feature: Diffie-Hellman keys export as BCRYPT_DH_KEY_BLOB

  An 8-byte header (magic DHPB or DHPV, cbKey) followed by the prime p, the generator g, the public value y and, in
  a private blob, the private exponent x, each big-endian and zero-padded to cbKey, the key size in bytes. The keys
  are those of dh_blob_test.json, on the published groups of RFC 2409, RFC 3526 and RFC 7919 and, for the smallest
  key size (512 bits, which no RFC publishes), on the RFC 2409 MODP formula at 512 bits; their x has at most 256
  bits, so its field is mostly padding.

  @row:blob.BCRYPT_DH_PUBLIC_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A DH key exports its public blob with p, g and y (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_DH_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the magic of the blob is "DHPB"
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector               | what                                 |
      | dh_blob_test.json#2  | DH-768, RFC 2409 First Oakley Group  |
      | dh_blob_test.json#14 | DH-2048, RFC 3526 group 14           |
      | dh_blob_test.json#22 | DH-3072, RFC 7919 ffdhe3072          |
      | dh_blob_test.json#26 | DH-4096, RFC 3526 group 16           |
      | dh_blob_test.json#30 | DH-768, y shorter than p             |
      | dh_blob_test.json#33 | DH-512, the MODP formula at 512 bits |

  @row:blob.BCRYPT_DH_PRIVATE_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A DH key pair exports its private blob with x zero-padded to cbKey (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_DH_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the magic of the blob is "DHPV"
    And the blob equals the expected blob of vector "<vector>"
    And the blob matches its layout and the key's material

    Examples:
      | vector               | what                                 |
      | dh_blob_test.json#6  | DH-1024, RFC 2409 group 2            |
      | dh_blob_test.json#10 | DH-1536, RFC 3526 group 5            |
      | dh_blob_test.json#18 | DH-2048, RFC 7919 ffdhe2048          |
      | dh_blob_test.json#26 | DH-4096, RFC 3526 group 16           |
      | dh_blob_test.json#30 | DH-768, y shorter than p             |
      | dh_blob_test.json#34 | DH-512, the MODP formula at 512 bits |

  @row:blob.BCRYPT_PUBLIC_KEY_BLOB @row:blob.BCRYPT_PRIVATE_KEY_BLOB @must @source:doc
  Scenario Outline: The generic blob of a DH key is its DH blob (<what>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the magic of the blob is "<magic>"
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector               | what      | blob type               | magic |
      | dh_blob_test.json#6  | DH-1024   | BCRYPT_PUBLIC_KEY_BLOB  | DHPB  |
      | dh_blob_test.json#18 | ffdhe2048 | BCRYPT_PRIVATE_KEY_BLOB | DHPV  |

  @row:blob.BCRYPT_DH_PUBLIC_BLOB @row:status.STATUS_INVALID_HANDLE @must @source:windows-observed
  Scenario: A DH key pair exported before BCryptFinalizeKeyPair is an invalid handle
    Wine's test_SecretAgreement, which passes on Windows, exports a generated DH key pair before finalizing it and
    gets STATUS_INVALID_HANDLE.

    Given a "DH" key pair of 512 bits, generated but not finalized
    When the key is exported as BCRYPT_DH_PUBLIC_BLOB
    Then the status is STATUS_INVALID_HANDLE
    And nothing was written to pbOutput

  @row:blob.BCRYPT_DH_PRIVATE_BLOB @must @source:doc
  Scenario Outline: A DH key pair generated on the group set as DHParameters exports a consistent blob (<what>)
    The kit sets DHParameters (BCRYPT_DH_PARAMETER_HEADER with the vector's p and g) on the new key pair, finalizes
    it, and checks that the exported key is on that group with y = g^x mod p.

    Given a "DH" key pair of <bits> bits on the group of vector "<vector>", generated and finalized
    When the key is exported as BCRYPT_DH_PRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob carries the prime and generator of vector "<vector>"
    And the blob holds a consistent key in the layout of its blob type

    Examples:
      | vector               | bits | what                        |
      | dh_blob_test.json#1  | 768  | RFC 2409 First Oakley Group |
      | dh_blob_test.json#17 | 2048 | RFC 7919 ffdhe2048          |
      | dh_blob_test.json#25 | 4096 | RFC 3526 group 16           |
      | dh_blob_test.json#33 | 512  | MODP formula at 512 bits    |

  @row:blob.BCRYPT_DH_PRIVATE_BLOB @must @source:doc
  Scenario: The smallest Diffie-Hellman key, 512 bits, goes out and back in as the same key
    512 bits is the smallest DH key length (BCryptGenerateKeyPair: 512 to 4096 in steps of 64, blob-layouts-digest
    6.3), so its cbKey of 64 is the smallest a DH blob has; BCryptImportKeyPair lists BCRYPT_DH_PRIVATE_BLOB.

    Given a "DH" key pair of 512 bits, generated and finalized
    When the key is exported as BCRYPT_DH_PRIVATE_BLOB
    And the exported blob is imported as a key pair
    Then the import status is STATUS_SUCCESS
    And the imported key exports the same BCRYPT_DH_PRIVATE_BLOB as the key

