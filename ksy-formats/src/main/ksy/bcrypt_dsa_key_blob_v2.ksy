meta:
  id: bcrypt_dsa_key_blob_v2
  title: Windows CNG DSA key BLOB, version 2 (BCRYPT_DSA_KEY_BLOB_V2, keys of 1025 to 3072 bits)
  application: Windows Cryptography API Next Generation (bcrypt.dll)
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
doc: |
  Export and import format of a DSA key longer than 1024 bits (up to 3072,
  FIPS 186-3 domain parameters) in Windows CNG from Windows 8, selected with
  `DSAPUBLICBLOB` or `DSAPRIVATEBLOB` like version 1; the magic tells them apart.

  A 28-byte header of seven little-endian u4 fields but the last: magic, cbKey,
  the hash algorithm and the FIPS version the domain parameters were generated
  with, cbSeedLength, cbGroupSize (bytes of q), and the 4-byte big-endian
  counter. Then Seed[cbSeedLength], q[cbGroupSize], p, g and y [cbKey each],
  and in a private blob x[cbGroupSize]. Numbers are unsigned big-endian. A
  public blob is 28 + cbSeedLength + cbGroupSize + 3 cbKey bytes; a private
  one adds cbGroupSize.

  The 2018 text of the V2 page had the V1 magics, no Seed and q, and a 20-byte
  x; the current page corrects all three and is followed here.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_dsa_key_blob_v2
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ne-bcrypt-dsafipsversion_enum
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
      min: 129
      max: 384
    doc: Bytes of p, g and y (more than 1024 and up to 3072 bits).
  - id: hash_algorithm
    -orig-id: hashAlgorithm
    type: u4
    enum: hash_algorithm
    valid:
      in-enum: true
  - id: standard_version
    -orig-id: standardVersion
    type: u4
    enum: fips_version
    valid:
      in-enum: true
  - id: len_seed
    -orig-id: cbSeedLength
    type: u4
  - id: len_q
    -orig-id: cbGroupSize
    type: u4
    valid:
      min: 1
    doc: Bytes of q and of x.
  - id: count
    -orig-id: Count
    type: u4be
    doc: Counter of the p search, big-endian.
  - id: seed
    -orig-id: Seed
    size: len_seed
  - id: q
    size: len_q
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
    size: q.length
    if: magic == magic::dsa_private_v2
enums:
  magic:
    0x32425044:
      id: dsa_public_v2
      -orig-id: BCRYPT_DSA_PUBLIC_MAGIC_V2
      doc: '"DPB2" in memory.'
    0x32565044:
      id: dsa_private_v2
      -orig-id: BCRYPT_DSA_PRIVATE_MAGIC_V2
      doc: '"DPV2" in memory.'
  hash_algorithm:
    0:
      id: sha1
      -orig-id: DSA_HASH_ALGORITHM_SHA1
    1:
      id: sha256
      -orig-id: DSA_HASH_ALGORITHM_SHA256
    2:
      id: sha512
      -orig-id: DSA_HASH_ALGORITHM_SHA512
  fips_version:
    0:
      id: fips186_2
      -orig-id: DSA_FIPS186_2
    1:
      id: fips186_3
      -orig-id: DSA_FIPS186_3
