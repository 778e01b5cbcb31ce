meta:
  id: bcrypt_dh_key_blob
  title: Windows CNG Diffie-Hellman key BLOB (BCRYPT_DH_KEY_BLOB)
  application: Windows Cryptography API Next Generation (bcrypt.dll)
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
doc: |
  Export and import format of a finite-field Diffie-Hellman key in Windows CNG,
  selected with `DHPUBLICBLOB` (`BCRYPT_DH_PUBLIC_BLOB`) or `DHPRIVATEBLOB`
  (`BCRYPT_DH_PRIVATE_BLOB`).

  An 8-byte header (magic, cbKey; little-endian u4) is followed by the prime p,
  the generator g, the public value y and, in a private blob, the private
  exponent x. Each is an unsigned big-endian number zero-padded on the left to
  exactly cbKey bytes, the key size in bytes. A public blob is 8 + 3 cbKey
  bytes, a private one 8 + 4 cbKey. CNG's DH keys have no subgroup order q.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_dh_key_blob
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
      min: 1
    doc: Bytes of each number, the key size in bits divided by 8.
  - id: modulus
    -orig-id: Modulus
    size: len_modulus
    doc: The prime p.
  - id: generator
    -orig-id: Generator
    size: modulus.length
  - id: public_value
    -orig-id: Public
    size: modulus.length
  - id: private_exponent
    -private: true
    -orig-id: PrivateExponent
    size: modulus.length
    if: magic == magic::dh_private
enums:
  magic:
    0x42504844:
      id: dh_public
      -orig-id: BCRYPT_DH_PUBLIC_MAGIC
      doc: '"DHPB" in memory.'
    0x56504844:
      id: dh_private
      -orig-id: BCRYPT_DH_PRIVATE_MAGIC
      doc: '"DHPV" in memory.'
