meta:
  id: capi_ver3_key_blob
  title: CryptoAPI DSS / Diffie-Hellman version 3 public and private key BLOB (DSS3, DSS4, DH3, DH4)
  application: Windows CryptoAPI; bcrypt.dll LEGACY_DH_PUBLIC_BLOB, LEGACY_DH_PRIVATE_BLOB (and possibly LEGACY_DSA_*)
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
  imports:
    - /common/capi_blob_header
    - /common/capi_dss_seed
doc: |
  The version 3 key BLOBs of the DSS and Diffie-Hellman providers, which share
  one layout: the BLOBHEADER (bVersion 3), the key header (magic, bitlenP,
  bitlenQ, bitlenJ and, in a private blob, bitlenX, each a little-endian u4)
  with the 24-byte DSSSEED inside it, then p, q, g, j and y, and x in a private
  blob. Numbers are little-endian. p, g and y take bitlenP bits, q bitlenQ, j
  bitlenJ and x bitlenX, each rounded up to whole bytes; a length of 0 means the
  value is absent. j is (p - 1) / q.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/seccrypto/diffie-hellman-version-3-public-key-blobs
  - https://learn.microsoft.com/en-us/windows/win32/seccrypto/diffie-hellman-version-3-private-key-blobs
  - https://learn.microsoft.com/en-us/windows/win32/seccrypto/dss-version-3-public-key-blobs
  - https://learn.microsoft.com/en-us/windows/win32/seccrypto/dss-version-3-private-key-blobs
seq:
  - id: header
    type: capi_blob_header
  - id: magic
    type: u4
    enum: magic
    valid:
      in-enum: true
  - id: bit_length_p
    -orig-id: bitlenP
    type: u4
    valid:
      min: 8
  - id: bit_length_q
    -orig-id: bitlenQ
    type: u4
  - id: bit_length_j
    -orig-id: bitlenJ
    type: u4
  - id: bit_length_x
    -orig-id: bitlenX
    type: u4
    if: is_private
  - id: seed
    -orig-id: DSSSeed
    type: capi_dss_seed
  - id: modulus
    -orig-id: p
    size: (bit_length_p + 7) / 8
  - id: q
    size: (bit_length_q + 7) / 8
  - id: generator
    -orig-id: g
    size: modulus.length
  - id: j
    size: (bit_length_j + 7) / 8
  - id: public_value
    -orig-id: y
    size: modulus.length
  - id: private_exponent
    -private: true
    -orig-id: x
    size: (bit_length_x + 7) / 8
    if: is_private
instances:
  is_private:
    value: magic == magic::dss_private_v3 or magic == magic::dh_private_v3
  is_dh:
    value: magic == magic::dh_public_v3 or magic == magic::dh_private_v3
enums:
  magic:
    0x33535344:
      id: dss_public_v3
      -orig-id: DSSPUBKEY_VER3
      doc: '"DSS3" in memory.'
    0x34535344:
      id: dss_private_v3
      -orig-id: DSSPRIVKEY_VER3
      doc: '"DSS4" in memory.'
    0x33484400:
      id: dh_public_v3
      -orig-id: DHPUBKEY_VER3
      doc: '"\0DH3" in memory.'
    0x34484400:
      id: dh_private_v3
      -orig-id: DHPRIVKEY_VER3
      doc: '"\0DH4" in memory.'
