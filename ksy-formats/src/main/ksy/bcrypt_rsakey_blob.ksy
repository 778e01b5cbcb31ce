meta:
  id: bcrypt_rsakey_blob
  title: Windows CNG RSA key BLOB (BCRYPT_RSAKEY_BLOB, magics RSA1 / RSA2 / RSA3)
  application: Windows Cryptography API Next Generation (bcrypt.dll)
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
doc: |
  Export and import format of an RSA key in Windows CNG. One header, three blob
  types told apart by the magic:

  * `RSAPUBLICBLOB` (`BCRYPT_RSAPUBLIC_BLOB`), magic "RSA1": public exponent and
    modulus.
  * `RSAPRIVATEBLOB` (`BCRYPT_RSAPRIVATE_BLOB`), magic "RSA2": the same plus the
    two primes.
  * `RSAFULLPRIVATEBLOB` (`BCRYPT_RSAFULLPRIVATE_BLOB`), magic "RSA3": the same
    plus the CRT exponents, the CRT coefficient and the private exponent.

  The 24-byte header holds little-endian u4 fields; every number after it is an
  unsigned big-endian byte string. The public exponent and the primes take the
  lengths the header gives; in the full private blob the CRT exponents and the
  coefficient are as long as the prime they belong to, and the private exponent
  as long as the modulus. A public blob has cbPrime1 = cbPrime2 = 0. Sizes:
  public 24 + e + m, private 24 + e + m + p1 + p2, full private
  24 + e + 2m + 3 p1 + 2 p2 (e, m, p1, p2 the four length fields).

  Observed on Windows (Wine's conformance test test_RSA, which also runs on
  Windows): a generated 512-bit key exports with cbPublicExp 3 (65537 written
  as 01 00 01), cbModulus 64 and cbPrime1 = cbPrime2 = 32.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_rsakey_blob
  - https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey
seq:
  - id: magic
    -orig-id: Magic
    type: u4
    enum: magic
    valid:
      in-enum: true
  - id: bit_length
    -orig-id: BitLength
    type: u4
    valid:
      min: 1
    doc: Size of the modulus in bits.
  - id: len_public_exp
    -orig-id: cbPublicExp
    type: u4
    valid:
      min: 1
  - id: len_modulus
    -orig-id: cbModulus
    type: u4
    valid:
      expr: _ == (bit_length + 7) / 8
    doc: Bytes of the modulus, the bit length rounded up to whole bytes.
  - id: len_prime1
    -orig-id: cbPrime1
    type: u4
    valid:
      expr: 'is_private ? _ > 0 : _ == 0'
    doc: Bytes of the first prime; 0 in a public blob.
  - id: len_prime2
    -orig-id: cbPrime2
    type: u4
    valid:
      expr: 'is_private ? _ > 0 : _ == 0'
    doc: Bytes of the second prime; 0 in a public blob.
  - id: public_exp
    -orig-id: PublicExponent
    size: len_public_exp
  - id: modulus
    -orig-id: Modulus
    size: len_modulus
  - id: prime1
    -private: true
    -orig-id: Prime1
    size: len_prime1
    if: is_private
  - id: prime2
    -private: true
    -orig-id: Prime2
    size: len_prime2
    if: is_private
  - id: exponent1
    -private: true
    -orig-id: Exponent1
    size: prime1.length
    if: is_full_private
    doc: d mod (p - 1).
  - id: exponent2
    -private: true
    -orig-id: Exponent2
    size: prime2.length
    if: is_full_private
    doc: d mod (q - 1).
  - id: coefficient
    -private: true
    -orig-id: Coefficient
    size: prime1.length
    if: is_full_private
    doc: q^-1 mod p.
  - id: private_exponent
    -private: true
    -orig-id: PrivateExponent
    size: modulus.length
    if: is_full_private
    doc: The private exponent d.
instances:
  is_private:
    value: magic != magic::rsa_public
  is_full_private:
    value: magic == magic::rsa_full_private
enums:
  magic:
    0x31415352:
      id: rsa_public
      -orig-id: BCRYPT_RSAPUBLIC_MAGIC
      doc: '"RSA1" in memory.'
    0x32415352:
      id: rsa_private
      -orig-id: BCRYPT_RSAPRIVATE_MAGIC
      doc: '"RSA2" in memory.'
    0x33415352:
      id: rsa_full_private
      -orig-id: BCRYPT_RSAFULLPRIVATE_MAGIC
      doc: '"RSA3" in memory.'
