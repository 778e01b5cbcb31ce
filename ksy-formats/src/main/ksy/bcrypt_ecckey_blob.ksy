meta:
  id: bcrypt_ecckey_blob
  title: Windows CNG elliptic-curve key BLOB (BCRYPT_ECCKEY_BLOB)
  application: Windows Cryptography API Next Generation (bcrypt.dll)
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
doc: |
  Export and import format of an ECDH or ECDSA key on a prime curve in Windows
  CNG, selected with `ECCPUBLICBLOB` (`BCRYPT_ECCPUBLIC_BLOB`) or
  `ECCPRIVATEBLOB` (`BCRYPT_ECCPRIVATE_BLOB`).

  An 8-byte header (magic, cbKey; little-endian u4) is followed by the public
  point's X and Y coordinates and, in a private blob, the private scalar d. Each
  is an unsigned big-endian number zero-padded on the left to exactly cbKey
  bytes, cbKey being the byte length of the curve's field: 32 for P-256, 48 for
  P-384, 66 for P-521. A public blob is 8 + 2 cbKey bytes, a private one
  8 + 3 cbKey.

  The magic says ECDH or ECDSA, public or private, and the curve: one magic per
  NIST curve, and a generic pair (since Windows 10) for keys of the
  curve-agnostic ECDH / ECDSA algorithms, whose curve is set through the
  ECCCurveName property.

  Observed on Windows (Wine's conformance tests test_ECDSA / test_ECDH, which
  also run on Windows): a P-256 ECDH private blob starts 45 43 4b 32 20 00 00 00
  ("ECK2", cbKey 32); a P-521 key has cbKey 66 and its coordinates begin with
  a zero byte.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_ecckey_blob
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey
seq:
  - id: magic
    -orig-id: dwMagic
    type: u4
    enum: magic
    valid:
      in-enum: true
  - id: len_x
    -orig-id: cbKey
    type: u4
    valid:
      expr: 'curve_bits == 0 ? _ > 0 : _ == (curve_bits + 7) / 8'
    doc: |
      Bytes of each coordinate and of d. For a per-curve magic it is fixed by the
      curve; a generic magic leaves it to the curve set on the algorithm.
  - id: x
    -orig-id: X
    size: len_x
  - id: y
    -orig-id: Y
    size: x.length
  - id: d
    -private: true
    size: x.length
    if: is_private
    doc: The private scalar; only in a private blob.
instances:
  is_private:
    value: |
      magic == magic::ecdh_private_p256 or magic == magic::ecdh_private_p384
      or magic == magic::ecdh_private_p521 or magic == magic::ecdh_private_generic
      or magic == magic::ecdsa_private_p256 or magic == magic::ecdsa_private_p384
      or magic == magic::ecdsa_private_p521 or magic == magic::ecdsa_private_generic
  is_ecdsa:
    value: |
      magic == magic::ecdsa_public_p256 or magic == magic::ecdsa_private_p256
      or magic == magic::ecdsa_public_p384 or magic == magic::ecdsa_private_p384
      or magic == magic::ecdsa_public_p521 or magic == magic::ecdsa_private_p521
      or magic == magic::ecdsa_public_generic or magic == magic::ecdsa_private_generic
  curve_bits:
    value: |
      magic == magic::ecdh_public_p256 or magic == magic::ecdh_private_p256
      or magic == magic::ecdsa_public_p256 or magic == magic::ecdsa_private_p256 ? 256
      : magic == magic::ecdh_public_p384 or magic == magic::ecdh_private_p384
      or magic == magic::ecdsa_public_p384 or magic == magic::ecdsa_private_p384 ? 384
      : magic == magic::ecdh_public_p521 or magic == magic::ecdh_private_p521
      or magic == magic::ecdsa_public_p521 or magic == magic::ecdsa_private_p521 ? 521
      : 0
    doc: The curve's size in bits named by a per-curve magic; 0 for the generic magics.
enums:
  magic:
    0x314b4345:
      id: ecdh_public_p256
      -orig-id: BCRYPT_ECDH_PUBLIC_P256_MAGIC
      doc: '"ECK1"'
    0x324b4345:
      id: ecdh_private_p256
      -orig-id: BCRYPT_ECDH_PRIVATE_P256_MAGIC
      doc: '"ECK2"'
    0x334b4345:
      id: ecdh_public_p384
      -orig-id: BCRYPT_ECDH_PUBLIC_P384_MAGIC
      doc: '"ECK3"'
    0x344b4345:
      id: ecdh_private_p384
      -orig-id: BCRYPT_ECDH_PRIVATE_P384_MAGIC
      doc: '"ECK4"'
    0x354b4345:
      id: ecdh_public_p521
      -orig-id: BCRYPT_ECDH_PUBLIC_P521_MAGIC
      doc: '"ECK5"'
    0x364b4345:
      id: ecdh_private_p521
      -orig-id: BCRYPT_ECDH_PRIVATE_P521_MAGIC
      doc: '"ECK6"'
    0x504b4345:
      id: ecdh_public_generic
      -orig-id: BCRYPT_ECDH_PUBLIC_GENERIC_MAGIC
      doc: '"ECKP", Windows 10 and later'
    0x564b4345:
      id: ecdh_private_generic
      -orig-id: BCRYPT_ECDH_PRIVATE_GENERIC_MAGIC
      doc: '"ECKV", Windows 10 and later'
    0x31534345:
      id: ecdsa_public_p256
      -orig-id: BCRYPT_ECDSA_PUBLIC_P256_MAGIC
      doc: '"ECS1"'
    0x32534345:
      id: ecdsa_private_p256
      -orig-id: BCRYPT_ECDSA_PRIVATE_P256_MAGIC
      doc: '"ECS2"'
    0x33534345:
      id: ecdsa_public_p384
      -orig-id: BCRYPT_ECDSA_PUBLIC_P384_MAGIC
      doc: '"ECS3"'
    0x34534345:
      id: ecdsa_private_p384
      -orig-id: BCRYPT_ECDSA_PRIVATE_P384_MAGIC
      doc: '"ECS4"'
    0x35534345:
      id: ecdsa_public_p521
      -orig-id: BCRYPT_ECDSA_PUBLIC_P521_MAGIC
      doc: '"ECS5"'
    0x36534345:
      id: ecdsa_private_p521
      -orig-id: BCRYPT_ECDSA_PRIVATE_P521_MAGIC
      doc: '"ECS6"'
    0x50444345:
      id: ecdsa_public_generic
      -orig-id: BCRYPT_ECDSA_PUBLIC_GENERIC_MAGIC
      doc: '"ECDP", Windows 10 and later'
    0x56444345:
      id: ecdsa_private_generic
      -orig-id: BCRYPT_ECDSA_PRIVATE_GENERIC_MAGIC
      doc: '"ECDV", Windows 10 and later'
