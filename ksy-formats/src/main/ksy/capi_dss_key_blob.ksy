meta:
  id: capi_dss_key_blob
  title: CryptoAPI DSS version 2 public / private key BLOB (DSSPUBKEY "DSS1" / "DSS2")
  application: Windows CryptoAPI; bcrypt.dll LEGACY_DSA_V2_PRIVATE_BLOB (and possibly LEGACY_DSA_*)
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
  The DSS key BLOB of the CryptoAPI DSS provider, version 2: the BLOBHEADER, the
  8-byte DSSPUBKEY (magic, bit length of p), then p (bitlen/8 bytes), q (20
  bytes), g (as long as p), and y (as long as p) in a public blob or x (20 bytes)
  in a private one, and last the 24-byte DSSSEED. Numbers are little-endian. A
  private blob carries no y. q and x are fixed at 20 bytes, so only keys with a
  160-bit q (512 to 1024 bits) fit.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/seccrypto/dss-provider-key-blobs
seq:
  - id: header
    type: capi_blob_header
  - id: magic
    type: u4
    enum: magic
    valid:
      in-enum: true
  - id: bit_length
    -orig-id: bitlen
    type: u4
    valid:
      expr: _ >= 8 and _ % 8 == 0
  - id: modulus
    -orig-id: p
    size: bit_length / 8
  - id: q
    size: 20
  - id: generator
    -orig-id: g
    size: modulus.length
  - id: public_value
    -orig-id: y
    size: modulus.length
    if: not is_private
  - id: private_exponent
    -private: true
    -orig-id: x
    size: 20
    if: is_private
  - id: seed
    -orig-id: DSSSeed
    type: capi_dss_seed
instances:
  is_private:
    value: magic == magic::dss_private
enums:
  magic:
    0x31535344:
      id: dss_public
      doc: '"DSS1" in memory.'
    0x32535344:
      id: dss_private
      doc: '"DSS2" in memory.'
