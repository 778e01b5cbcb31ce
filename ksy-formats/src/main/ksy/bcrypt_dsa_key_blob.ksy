meta:
  id: bcrypt_dsa_key_blob
  title: Windows CNG DSA key BLOB, version 1 (BCRYPT_DSA_KEY_BLOB, keys of 512 to 1024 bits)
  application: Windows Cryptography API Next Generation (bcrypt.dll)
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
doc: |
  Export and import format of a DSA key of 512 to 1024 bits (FIPS 186-2 domain
  parameters, 160-bit q) in Windows CNG, selected with `DSAPUBLICBLOB`
  (`BCRYPT_DSA_PUBLIC_BLOB`) or `DSAPRIVATEBLOB` (`BCRYPT_DSA_PRIVATE_BLOB`).
  Longer keys use BCRYPT_DSA_KEY_BLOB_V2 (bcrypt_dsa_key_blob_v2).

  A 52-byte header: magic and cbKey (little-endian u4), then the FIPS 186-2
  generation record Count (4 bytes, big-endian) and Seed (20 bytes), and the
  160-bit q (20 bytes). Then p, g and the public value y, each cbKey bytes, and
  in a private blob the 20-byte private value x. Numbers are unsigned
  big-endian. A public blob is 52 + 3 cbKey bytes, a private one 72 + 3 cbKey.
  When the seed is unknown, Count and Seed are all 0xff bytes (.NET's DSACng
  writes that, and Windows skips the seed check then).
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_dsa_key_blob
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey
seq:
  - id: magic
    -orig-id: dwMagic
    type: u4
    enum: magic
    valid:
      in-enum: true
  - id: len_modulus
    -orig-id: cbKey
    type: u4
    valid:
      min: 64
      max: 128
    doc: Bytes of p, g and y (512 to 1024 bits).
  - id: count
    -orig-id: Count
    type: u4be
    doc: FIPS 186-2 counter of the p search, big-endian; 0xffffffff when unknown.
  - id: seed
    -orig-id: Seed
    size: 20
  - id: q
    size: 20
  - id: modulus
    -orig-id: p
    size: len_modulus
  - id: generator
    -orig-id: g
    size: modulus.length
  - id: public_value
    -orig-id: y
    size: modulus.length
  - id: private_exponent
    -private: true
    -orig-id: x
    size: 20
    if: magic == magic::dsa_private
enums:
  magic:
    0x42505344:
      id: dsa_public
      -orig-id: BCRYPT_DSA_PUBLIC_MAGIC
      doc: '"DSPB" in memory.'
    0x56505344:
      id: dsa_private
      -orig-id: BCRYPT_DSA_PRIVATE_MAGIC
      doc: '"DSPV" in memory.'
