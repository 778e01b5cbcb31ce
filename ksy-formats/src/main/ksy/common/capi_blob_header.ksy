meta:
  id: capi_blob_header
  title: CryptoAPI PUBLICKEYSTRUC / BLOBHEADER (8 bytes)
  application: Windows CryptoAPI (advapi32.dll), and bcrypt.dll's LEGACY_* blob types
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
doc: |
  The header every CryptoAPI key BLOB starts with (PUBLICKEYSTRUC, also named
  BLOBHEADER): the kind of blob, its format version, two reserved bytes and the
  ALG_ID of the key. The multi-byte fields are little-endian. Version 2
  (CUR_BLOB_VERSION) is the ordinary one; the DSS and Diffie-Hellman "version 3"
  blobs carry 3.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/api/wincrypt/ns-wincrypt-publickeystruc
seq:
  - id: blob_type
    -orig-id: bType
    type: u1
    enum: blob_type
    valid:
      in-enum: true
  - id: version
    -orig-id: bVersion
    type: u1
  - id: reserved
    type: u2
    valid: 0
  - id: key_algorithm
    -orig-id: aiKeyAlg
    type: u4
    enum: alg_id
    doc: The ALG_ID of the key; values outside the enum stay readable for the checker to report.
enums:
  blob_type:
    0x01:
      id: simple
      -orig-id: SIMPLEBLOB
    0x06:
      id: public_key
      -orig-id: PUBLICKEYBLOB
    0x07:
      id: private_key
      -orig-id: PRIVATEKEYBLOB
    0x08:
      id: plaintext_key
      -orig-id: PLAINTEXTKEYBLOB
    0x09:
      id: opaque_key
      -orig-id: OPAQUEKEYBLOB
    0x0a:
      id: public_key_ex
      -orig-id: PUBLICKEYBLOBEX
    0x0b:
      id: symmetric_wrap_key
      -orig-id: SYMMETRICWRAPKEYBLOB
    0x0c:
      id: key_state
      -orig-id: KEYSTATEBLOB
  alg_id:
    0x2200:
      id: dss_sign
      -orig-id: CALG_DSS_SIGN
    0x2400:
      id: rsa_sign
      -orig-id: CALG_RSA_SIGN
    0xa400:
      id: rsa_keyx
      -orig-id: CALG_RSA_KEYX
    0xaa01:
      id: dh_sf
      -orig-id: CALG_DH_SF
    0xaa02:
      id: dh_ephem
      -orig-id: CALG_DH_EPHEM
