meta:
  id: capi_rsa_key_blob
  title: CryptoAPI RSA public / private key BLOB (RSAPUBKEY "RSA1" / "RSA2")
  application: Windows CryptoAPI; bcrypt.dll LEGACY_RSAPUBLIC_BLOB and LEGACY_RSAPRIVATE_BLOB
  tags:
    - windows
    - security
  license: CC0-1.0
  ks-version: 0.11
  endian: le
  imports:
    - /common/capi_blob_header
doc: |
  The RSA key BLOB of the CryptoAPI base providers, which BCryptExportKey writes
  for LEGACY_RSAPUBLIC_BLOB and LEGACY_RSAPRIVATE_BLOB: the 8-byte BLOBHEADER,
  the 12-byte RSAPUBKEY (magic, bit length of the modulus, public exponent as a
  little-endian u4), then the numbers, all little-endian (least significant
  byte first) and of fixed width: the modulus in bitlen/8 bytes and, in a private
  blob, prime1, prime2, exponent1, exponent2 and coefficient in bitlen/16 bytes
  each and the private exponent in bitlen/8. A public blob is 20 + bitlen/8
  bytes, a private one 20 + 9 bitlen/16.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/api/wincrypt/ns-wincrypt-rsapubkey
  - https://learn.microsoft.com/en-us/windows/win32/seccrypto/base-provider-key-blobs
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
      expr: _ >= 16 and _ % 16 == 0
    doc: Bits of the modulus; the halves (primes) must be whole bytes.
  - id: public_exp
    -orig-id: pubexp
    type: u4
    doc: The public exponent itself, a little-endian u4.
  - id: modulus
    size: bit_length / 8
  - id: prime1
    -private: true
    size: bit_length / 16
    if: is_private
  - id: prime2
    -private: true
    size: prime1.length
    if: is_private
  - id: exponent1
    -private: true
    size: prime1.length
    if: is_private
  - id: exponent2
    -private: true
    size: prime1.length
    if: is_private
  - id: coefficient
    -private: true
    size: prime1.length
    if: is_private
  - id: private_exponent
    -private: true
    -orig-id: privateExponent
    size: modulus.length
    if: is_private
instances:
  is_private:
    value: magic == magic::rsa_private
enums:
  magic:
    0x31415352:
      id: rsa_public
      doc: '"RSA1" in memory.'
    0x32415352:
      id: rsa_private
      doc: '"RSA2" in memory.'
