meta:
  id: bcrypt_key_data_blob
  title: Windows CNG symmetric key data BLOB (BCRYPT_KEY_DATA_BLOB)
  application: Windows Cryptography API Next Generation (bcrypt.dll)
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
doc: |
  Export and import format of a symmetric key (AES, 3DES, DES, RC2, RC4, HMAC secrets...)
  in Windows CNG, selected with the blob type string `KeyDataBlob`
  (`BCRYPT_KEY_DATA_BLOB`) in `BCryptExportKey` and `BCryptImportKey`.

  The blob is a 12-byte `BCRYPT_KEY_DATA_BLOB_HEADER` followed directly by the raw
  secret, byte for byte as it was given when the key was created. There is no
  padding and nothing after the secret, so the whole blob is `12 + cbKeyData`
  bytes long. The parser stops after `key_data`; a caller that holds a whole
  blob should also check that the stream is at its end. All header fields are
  little-endian 32-bit unsigned integers.

  Observed on Windows (Wine's conformance test `test_key_import_export`, which
  also runs on Windows): an AES-128 key of sixteen 0x11 bytes exports as the
  28-byte blob `4b44424d 01000000 10000000` followed by the sixteen key bytes.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_key_data_blob_header
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey
  - https://github.com/wine-mirror/wine/blob/master/dlls/bcrypt/tests/bcrypt.c
seq:
  - id: magic
    -orig-id: dwMagic
    contents: KDBM
    doc: |
      BCRYPT_KEY_DATA_BLOB_MAGIC, 0x4d42444b as a little-endian u4, which reads
      "KDBM" in memory.
  - id: version
    -orig-id: dwVersion
    type: u4
    valid: 1
    doc: BCRYPT_KEY_DATA_BLOB_VERSION1, the only version defined by bcrypt.h.
  - id: len_key_data
    -orig-id: cbKeyData
    type: u4
    doc: Number of key bytes that follow the header.
  - id: key_data
    -private: true
    size: len_key_data
    doc: |
      The secret key bytes, unchanged (for DES-family keys the parity bits are
      whatever the key carries; the header does not say).
