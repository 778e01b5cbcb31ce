meta:
  id: bcrypt_parameter_set_key_blob
  title: Windows CNG post-quantum key BLOB (BCRYPT_MLKEM_KEY_BLOB, BCRYPT_PQDSA_KEY_BLOB)
  application: Windows Cryptography API Next Generation (bcrypt.dll)
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
doc: |
  Import and export format of post-quantum keys in Windows CNG. bcrypt.h defines a
  single structure, BCRYPT_PARAMETER_SET_KEY_BLOB, and gives it the names
  BCRYPT_MLKEM_KEY_BLOB (blob types `MLKEMPUBLICBLOB`, `MLKEMPRIVATEBLOB`,
  `MLKEMPRIVATESEEDBLOB`) and BCRYPT_PQDSA_KEY_BLOB (`PQDSAPUBLICBLOB`,
  `PQDSAPRIVATEBLOB`, `PQDSAPRIVATESEEDBLOB`).

  The blob is a 12-byte header of three little-endian u4 (magic, byte length of
  the parameter-set name, byte length of the key), then the parameter-set name
  as UTF-16LE with its two-byte NUL terminator, then the key bytes. There is no
  padding: the key of an ML-KEM-1024 blob starts at offset 22. The magic says
  which algorithm and which kind of key material follows; the parameter set says
  how long that material is.

  Key material, by magic:
  * ML-KEM (FIPS 203): encapsulation key ek, expanded decapsulation key dk, or
    the 64-byte seed d || z.
  * ML-DSA (FIPS 204): public key pk, expanded private key sk, or the 32-byte
    seed xi.
  * SLH-DSA (FIPS 205): PK.seed || PK.root (2n bytes) or
    SK.seed || SK.prf || PK.seed || PK.root (4n bytes). Microsoft does not
    document this encoding; the FIPS 205 sizes are used here (UNCONFIRMED).
  * LMS and XMSS: public keys only. Neither the encoding nor the parameter-set
    names are documented by Microsoft (UNCONFIRMED). This layout follows the
    choice of the cngkit reference implementation: the key is the RFC 8554
    (LMS: u32 lms type, u32 lm-ots type, I, T[1]) or RFC 8391 (XMSS: u32 OID,
    root, SEED) public key encoding, and the parameter set is the SP 800-208
    name without its "LMS_" or "XMSS-" prefix (`SHA256_M32_H10`, `SHA2_10_256`).

  The relations between magic, parameter set and cbKey are `valid:` checks, so a
  blob with a parameter set not defined for its magic, or with a key length
  that does not fit the set, does not parse. Composite ML-KEM / ML-DSA magics
  (pre-release, key sizes undocumented) are not part of this description.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/seccng/bcrypt/ns-bcrypt-bcrypt_mlkem_key_blob
  - https://learn.microsoft.com/en-us/windows/win32/seccng/bcrypt/ns-bcrypt-bcrypt_pqdsa_key_blob
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey
seq:
  - id: magic
    -orig-id: dwMagic
    type: u4
    enum: key_magic
    valid:
      in-enum: true
  - id: len_parameter_set
    -orig-id: cbParameterSet
    type: u4
    valid:
      expr: _ >= 4 and _ % 2 == 0
    doc: |
      Bytes of the UTF-16LE parameter-set name, counting its two-byte NUL
      terminator: 8 for `512`, 10 for `1024`, 6 for `44`.
  - id: len_key
    -orig-id: cbKey
    type: u4
    doc: Bytes of key material after the parameter-set name.
  - id: parameter_set
    size: len_parameter_set
    type: parameter_set_name
    valid:
      expr: len_key_of_set > 0
    doc: |
      The parameter set, the value of the ParameterSetName property. It must be
      one defined for the magic's algorithm.
  - id: key
    -private: true
    size: len_key
    valid:
      expr: len_key == len_key_of_set
    doc: The key material; its length is fixed by magic and parameter set.
types:
  parameter_set_name:
    doc: A UTF-16LE string followed by its NUL, filling exactly cbParameterSet bytes.
    seq:
      - id: name
        type: str
        size: _parent.len_parameter_set - 2
        encoding: UTF-16LE
      - id: terminator
        contents: [0, 0]
instances:
  set:
    value: parameter_set.name
    doc: The parameter-set name without its NUL.
  len_key_of_set:
    value: |
      magic == key_magic::mlkem_public ? (set == "512" ? 800 : set == "768" ? 1184 : set == "1024" ? 1568 : 0)
      : magic == key_magic::mlkem_private ? (set == "512" ? 1632 : set == "768" ? 2400 : set == "1024" ? 3168 : 0)
      : magic == key_magic::mlkem_private_seed ? (set == "512" or set == "768" or set == "1024" ? 64 : 0)
      : magic == key_magic::mldsa_public ? (set == "44" ? 1312 : set == "65" ? 1952 : set == "87" ? 2592 : 0)
      : magic == key_magic::mldsa_private ? (set == "44" ? 2560 : set == "65" ? 4032 : set == "87" ? 4896 : 0)
      : magic == key_magic::mldsa_private_seed ? (set == "44" or set == "65" or set == "87" ? 32 : 0)
      : magic == key_magic::slhdsa_public ? 2 * slhdsa_n
      : magic == key_magic::slhdsa_private ? 4 * slhdsa_n
      : magic == key_magic::lms_public ? (lms_m == 0 ? 0 : 24 + lms_m)
      : magic == key_magic::xmss_public ? (xmss_n == 0 ? 0 : 4 + 2 * xmss_n)
      : 0
    doc: |
      cbKey that the parameter set implies for this magic; 0 when the set is not
      defined for the magic's algorithm. ML-KEM: FIPS 203 table 3 (ek, dk) and
      64-byte seed; ML-DSA: FIPS 204 table 2 (pk, sk) and 32-byte seed; SLH-DSA
      2n / 4n; LMS 24 + m; XMSS 4 + 2n.
  slhdsa_n:
    value: |
      set == "SHA2-128s" or set == "SHAKE-128s" or set == "SHA2-128f" or set == "SHAKE-128f" ? 16
      : set == "SHA2-192s" or set == "SHAKE-192s" or set == "SHA2-192f" or set == "SHAKE-192f" ? 24
      : set == "SHA2-256s" or set == "SHAKE-256s" or set == "SHA2-256f" or set == "SHAKE-256f" ? 32
      : 0
    doc: The FIPS 205 security parameter n of an SLH-DSA set; 0 for any other name.
  lms_m:
    value: |
      set == "SHA256_M32_H5" or set == "SHA256_M32_H10" or set == "SHA256_M32_H15" or set == "SHA256_M32_H20" or set == "SHA256_M32_H25"
      or set == "SHAKE_M32_H5" or set == "SHAKE_M32_H10" or set == "SHAKE_M32_H15" or set == "SHAKE_M32_H20" or set == "SHAKE_M32_H25" ? 32
      : set == "SHA256_M24_H5" or set == "SHA256_M24_H10" or set == "SHA256_M24_H15" or set == "SHA256_M24_H20" or set == "SHA256_M24_H25"
      or set == "SHAKE_M24_H5" or set == "SHAKE_M24_H10" or set == "SHAKE_M24_H15" or set == "SHAKE_M24_H20" or set == "SHAKE_M24_H25" ? 24
      : 0
    doc: |
      The hash length m of an LMS type named as in RFC 8554 / SP 800-208 without
      "LMS_"; 0 for any other name (the names are cngkit's choice, UNCONFIRMED).
  xmss_n:
    value: |
      set == "SHA2_10_256" or set == "SHA2_16_256" or set == "SHA2_20_256"
      or set == "SHAKE_10_256" or set == "SHAKE_16_256" or set == "SHAKE_20_256"
      or set == "SHAKE256_10_256" or set == "SHAKE256_16_256" or set == "SHAKE256_20_256" ? 32
      : set == "SHA2_10_512" or set == "SHA2_16_512" or set == "SHA2_20_512"
      or set == "SHAKE_10_512" or set == "SHAKE_16_512" or set == "SHAKE_20_512" ? 64
      : set == "SHA2_10_192" or set == "SHA2_16_192" or set == "SHA2_20_192"
      or set == "SHAKE256_10_192" or set == "SHAKE256_16_192" or set == "SHAKE256_20_192" ? 24
      : 0
    doc: |
      The hash length n of an XMSS parameter set named as in RFC 8391 / SP 800-208
      without "XMSS-"; 0 for any other name (cngkit's choice, UNCONFIRMED).
enums:
  key_magic:
    0x504b4c4d:
      id: mlkem_public
      -orig-id: BCRYPT_MLKEM_PUBLIC_MAGIC
      doc: '"MLKP": ML-KEM encapsulation key (MLKEMPUBLICBLOB).'
    0x524b4c4d:
      id: mlkem_private
      -orig-id: BCRYPT_MLKEM_PRIVATE_MAGIC
      doc: '"MLKR": ML-KEM expanded decapsulation key (MLKEMPRIVATEBLOB).'
    0x534b4c4d:
      id: mlkem_private_seed
      -orig-id: BCRYPT_MLKEM_PRIVATE_SEED_MAGIC
      doc: '"MLKS": ML-KEM seed d || z (MLKEMPRIVATESEEDBLOB).'
    0x4b505344:
      id: mldsa_public
      -orig-id: BCRYPT_MLDSA_PUBLIC_MAGIC
      doc: '"DSPK": ML-DSA public key (PQDSAPUBLICBLOB).'
    0x4b535344:
      id: mldsa_private
      -orig-id: BCRYPT_MLDSA_PRIVATE_MAGIC
      doc: '"DSSK": ML-DSA expanded private key (PQDSAPRIVATEBLOB).'
    0x53535344:
      id: mldsa_private_seed
      -orig-id: BCRYPT_MLDSA_PRIVATE_SEED_MAGIC
      doc: '"DSSS": ML-DSA seed xi (PQDSAPRIVATESEEDBLOB).'
    0x4b504853:
      id: slhdsa_public
      -orig-id: BCRYPT_SLHDSA_PUBLIC_MAGIC
      doc: '"SHPK": SLH-DSA public key (PQDSAPUBLICBLOB).'
    0x4b534853:
      id: slhdsa_private
      -orig-id: BCRYPT_SLHDSA_PRIVATE_MAGIC
      doc: '"SHSK": SLH-DSA private key (PQDSAPRIVATEBLOB); bcrypt.h has no SLH-DSA seed magic.'
    0x4b504d4c:
      id: lms_public
      -orig-id: BCRYPT_LMS_PUBLIC_MAGIC
      doc: '"LMPK": LMS public key (PQDSAPUBLICBLOB); bcrypt.h has no LMS private magic.'
    0x4b504d58:
      id: xmss_public
      -orig-id: BCRYPT_XMSS_PUBLIC_MAGIC
      doc: '"XMPK": XMSS public key (PQDSAPUBLICBLOB); bcrypt.h has no XMSS private magic.'
