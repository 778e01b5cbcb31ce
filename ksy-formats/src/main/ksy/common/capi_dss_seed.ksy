meta:
  id: capi_dss_seed
  title: CryptoAPI DSSSEED (24 bytes)
  license: CC0-1.0
  ks-version: 0.11
  endian: le
doc: |
  The FIPS 186 generation record of a DSS domain in a CryptoAPI blob: the
  counter of the prime search as a little-endian u4, then the 20-byte seed,
  stored least significant byte first like every number of a CryptoAPI blob.
  A counter of 0xffffffff says that the seed and counter are not available.
doc-ref:
  - https://learn.microsoft.com/en-us/windows/win32/api/wincrypt/ns-wincrypt-dssseed
seq:
  - id: counter
    type: u4
  - id: seed
    size: 20
    doc: Little-endian (byte-reversed with respect to the FIPS 186 seed bit string).
instances:
  is_unavailable:
    value: counter == 0xffffffff
