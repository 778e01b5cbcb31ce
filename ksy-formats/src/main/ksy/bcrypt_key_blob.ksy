meta:
  id: bcrypt_key_blob
  title: Windows CNG generic key BLOB (BCRYPT_KEY_BLOB, for PUBLICBLOB and PRIVATEBLOB)
  application: Windows Cryptography API Next Generation (bcrypt.dll)
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
  imports:
    - bcrypt_rsakey_blob
    - bcrypt_ecckey_blob
    - bcrypt_dh_key_blob
    - bcrypt_dsa_key_blob
    - bcrypt_dsa_key_blob_v2
doc: |
  What `PUBLICBLOB` (`BCRYPT_PUBLIC_KEY_BLOB`) and `PRIVATEBLOB`
  (`BCRYPT_PRIVATE_KEY_BLOB`) export: the blob of the key's own family, whose
  first little-endian u4 (BCRYPT_KEY_BLOB's Magic) says which layout it is.
  This spec reads the magic and parses the whole blob again from offset 0 with
  the layout the magic names. Magics of other families (symmetric KDBM, ML-KEM,
  PQ signatures) are not asymmetric keys of this issue and fail `in-enum`.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_key_blob
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey
seq:
  - id: magic
    -orig-id: Magic
    type: u4
    enum: magic
    valid:
      in-enum: true
instances:
  key:
    pos: 0
    type:
      switch-on: magic
      cases:
        'magic::rsa_public': bcrypt_rsakey_blob
        'magic::rsa_private': bcrypt_rsakey_blob
        'magic::rsa_full_private': bcrypt_rsakey_blob
        'magic::ecdh_public_p256': bcrypt_ecckey_blob
        'magic::ecdh_private_p256': bcrypt_ecckey_blob
        'magic::ecdh_public_p384': bcrypt_ecckey_blob
        'magic::ecdh_private_p384': bcrypt_ecckey_blob
        'magic::ecdh_public_p521': bcrypt_ecckey_blob
        'magic::ecdh_private_p521': bcrypt_ecckey_blob
        'magic::ecdh_public_generic': bcrypt_ecckey_blob
        'magic::ecdh_private_generic': bcrypt_ecckey_blob
        'magic::ecdsa_public_p256': bcrypt_ecckey_blob
        'magic::ecdsa_private_p256': bcrypt_ecckey_blob
        'magic::ecdsa_public_p384': bcrypt_ecckey_blob
        'magic::ecdsa_private_p384': bcrypt_ecckey_blob
        'magic::ecdsa_public_p521': bcrypt_ecckey_blob
        'magic::ecdsa_private_p521': bcrypt_ecckey_blob
        'magic::ecdsa_public_generic': bcrypt_ecckey_blob
        'magic::ecdsa_private_generic': bcrypt_ecckey_blob
        'magic::dh_public': bcrypt_dh_key_blob
        'magic::dh_private': bcrypt_dh_key_blob
        'magic::dsa_public': bcrypt_dsa_key_blob
        'magic::dsa_private': bcrypt_dsa_key_blob
        'magic::dsa_public_v2': bcrypt_dsa_key_blob_v2
        'magic::dsa_private_v2': bcrypt_dsa_key_blob_v2
    doc: The whole blob parsed with the layout its magic names.
enums:
  magic:
    0x31415352: rsa_public
    0x32415352: rsa_private
    0x33415352: rsa_full_private
    0x314b4345: ecdh_public_p256
    0x324b4345: ecdh_private_p256
    0x334b4345: ecdh_public_p384
    0x344b4345: ecdh_private_p384
    0x354b4345: ecdh_public_p521
    0x364b4345: ecdh_private_p521
    0x504b4345: ecdh_public_generic
    0x564b4345: ecdh_private_generic
    0x31534345: ecdsa_public_p256
    0x32534345: ecdsa_private_p256
    0x33534345: ecdsa_public_p384
    0x34534345: ecdsa_private_p384
    0x35534345: ecdsa_public_p521
    0x36534345: ecdsa_private_p521
    0x50444345: ecdsa_public_generic
    0x56444345: ecdsa_private_generic
    0x42504844: dh_public
    0x56504844: dh_private
    0x42505344: dsa_public
    0x56505344: dsa_private
    0x32425044: dsa_public_v2
    0x32565044: dsa_private_v2
