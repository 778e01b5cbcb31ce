# Spec: BCryptExportKey, pszBlobType table, row BCRYPT_PQDSA_PUBLIC_BLOB ("ML-DSA, SLH-DSA, LMS, or XMSS"); magics
# BCRYPT_LMS_PUBLIC_MAGIC "LMPK" and BCRYPT_XMSS_PUBLIC_MAGIC "XMPK" of bcrypt.h (blob-layouts-digest section 2.8).
# ML-KEM and the PQDSA blobs arrived with Windows 11 24H2 (blob-layouts-digest, evidence table): @since:win11-24h2.
@since:win11-24h2
Feature: LMS and XMSS public keys travel in BCRYPT_PQDSA_KEY_BLOB (optional claims)

  The page names LMS and XMSS among the PQDSA blob types and bcrypt.h defines a public magic for each, but nothing
  else: no private or seed magic (stateful hash-based keys appear to be verify-only in CNG), no parameter-set names,
  no description of the key bytes (all UNCONFIRMED), and Windows BCrypt does not offer either algorithm as of 2026.
  These scenarios run only for an implementation that claims "LMS" or "XMSS", and they check the cngkit reference's
  choice: the key is the standard public key (RFC 8554: u32 LMS type, u32 LM-OTS type, I, T[1], 24 + m bytes;
  RFC 8391: u32 OID, root, SEED, 4 + 2n bytes), and the parameter set is the SP 800-208 name without its "LMS_" or
  "XMSS-" prefix. An implementation that chose otherwise fails them; that is why they are tagged doc-silent.
  LMS keys come from NIST ACVP, RFC 8554 test case 2 and third-party known answers; XMSS keys only from third-party
  known answers, used for the public-key layout alone (Bouncy Castle does not derive those keys from their seeds).
  HSS (multi-level LMS) and XMSS^MT keys are not covered.

  @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB @must @source:doc-silent
  Scenario Outline: An LMS public key imported from its blob exports the same blob (<set>, <source>)
    Given a key imported from the expected blob of vector "lms_key_blob_test.json#<vector>"
    When the key is exported as BCRYPT_PQDSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "lms_key_blob_test.json#<vector>"
    And the blob parses as the BCRYPT_PQDSA_PUBLIC_BLOB of vector "lms_key_blob_test.json#<vector>"
    And the blob is a BCRYPT_PQDSA_PUBLIC_BLOB of parameter set "<set>" with cbParameterSet <cbParameterSet> and cbKey <cbKey>

    Examples:
      | set            | source                        | vector | cbParameterSet | cbKey |
      | SHA256_M24_H5  | NIST ACVP tcId 1              | 1      | 28             | 48    |
      | SHA256_M24_H10 | NIST ACVP tcId 6              | 6      | 30             | 48    |
      | SHA256_M32_H10 | RFC 8554 test case 2, level 0 | 10     | 30             | 56    |
      | SHA256_M32_H5  | RFC 8554 test case 2, level 1 | 11     | 28             | 56    |
      | SHA256_M32_H5  | third party, LM-OTS W8        | 15     | 28             | 56    |
      | SHAKE_M24_H5   | third party, LM-OTS W4        | 22     | 26             | 48    |
      | SHAKE_M24_H10  | third party, LM-OTS W8        | 27     | 28             | 48    |
      | SHAKE_M32_H10  | third party, LM-OTS W2        | 33     | 28             | 56    |

  @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB @must @source:doc-silent
  Scenario Outline: An XMSS public key imported from its blob exports the same blob (<set>)
    Given a key imported from the expected blob of vector "xmss_key_blob_test.json#<vector>"
    When the key is exported as BCRYPT_PQDSA_PUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And the blob equals the expected blob of vector "xmss_key_blob_test.json#<vector>"
    And the blob parses as the BCRYPT_PQDSA_PUBLIC_BLOB of vector "xmss_key_blob_test.json#<vector>"
    And the blob is a BCRYPT_PQDSA_PUBLIC_BLOB of parameter set "<set>" with cbParameterSet <cbParameterSet> and cbKey <cbKey>

    Examples:
      | set             | vector | cbParameterSet | cbKey |
      | SHA2_10_256     | 1      | 24             | 68    |
      | SHA2_10_192     | 8      | 24             | 52    |
      | SHAKE256_10_256 | 13     | 32             | 68    |

  @must @source:doc-silent
  Scenario Outline: LMS and XMSS keys have no private or seed blob (<algorithm>, <blob type>)
    bcrypt.h defines only public magics for LMS and XMSS. Acceptable: STATUS_NOT_SUPPORTED or
    STATUS_INVALID_PARAMETER, with nothing written (UNCONFIRMED).

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>, a blob type its algorithm does not have
    Then the status is one of STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER
    And nothing was written to pbOutput

    @row:blob.BCRYPT_PQDSA_PRIVATE_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_BLOB
      | algorithm | vector                    | blob type                 |
      | LMS       | lms_key_blob_test.json#10 | BCRYPT_PQDSA_PRIVATE_BLOB |
      | XMSS      | xmss_key_blob_test.json#4 | BCRYPT_PQDSA_PRIVATE_BLOB |

    @row:blob.BCRYPT_PQDSA_PRIVATE_SEED_BLOB
    Examples: BCRYPT_PQDSA_PRIVATE_SEED_BLOB
      | algorithm | vector                     | blob type                      |
      | LMS       | lms_key_blob_test.json#28  | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |
      | XMSS      | xmss_key_blob_test.json#14 | BCRYPT_PQDSA_PRIVATE_SEED_BLOB |

  @row:blob.BCRYPT_PQDSA_PUBLIC_BLOB @should @source:doc-silent
  Scenario Outline: A key whose own type does not match the set its blob names is refused (<vector>, "<set>")
    An LMS key carries its LMS type code and an XMSS key its OID; here the blob names another set of the same key
    size. Refusing is the reference's choice (UNCONFIRMED): accepting would give a key whose set and bytes disagree.

    When the expected blob of vector "<vector>" is imported with the parameter set "<set>" in place of its own
    Then the import fails with one of STATUS_INVALID_PARAMETER, STATUS_INVALID_BUFFER_SIZE, STATUS_NOT_SUPPORTED, NTE_BAD_DATA and returns no key handle

    Examples:
      | vector                    | set            |
      | lms_key_blob_test.json#16 | SHA256_M32_H15 |
      | lms_key_blob_test.json#33 | SHAKE_M32_H20  |
      | xmss_key_blob_test.json#1 | SHA2_16_256    |
