# Spec: BCryptExportKey, pszBlobType table, rows BCRYPT_ECCPUBLIC_BLOB and BCRYPT_ECCPRIVATE_BLOB, and
# BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB, for ECC keys on every named curve of CNG (ECCCurveName);
# layout from the BCRYPT_ECCKEY_BLOB page (blob-layouts-digest section 2.3; curve25519: section 8).
@since:win10
Feature: ECDH and ECDSA keys on the named curves export as BCRYPT_ECCKEY_BLOB

  Since Windows 10 the curve-agnostic ECDH and ECDSA algorithms take any curve of bcrypt.h's list through the
  ECCCurveName property. A key on such a curve has the layout of the NIST keys: magic, cbKey, then X, Y (and d)
  big-endian, each zero-padded to cbKey, the byte length of the curve's field (20 for the 160-bit curves, 30 for
  x962P239v1, 66 for nistP521); the magic is the generic one of its kind and side (ECKP/ECKV for ECDH, ECDP/ECDV for
  ECDSA). The keys are those of ecc_named_curve_blob_test.json, one (or two) per curve; the curve parameters are
  vectors/curves/ecc_curves.json, each cited to its standard, and the kit checks every key with its own arithmetic.
  The three NUMS curves have no vectors (twisted Edwards points, whose encoding in this blob is undocumented).

  @row:blob.BCRYPT_ECCPUBLIC_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A public key on a named curve exports its public blob with the generic magic and the curve's cbKey (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_ECCPUBLIC_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob equals the expected blob of vector "<vector>"
    And the blob matches its layout and the key's material

    Examples:
      | vector                             | what                                               |
      | ecc_named_curve_blob_test.json#1   | ECDH, brainpoolP160r1                              |
      | ecc_named_curve_blob_test.json#5   | ECDSA, brainpoolP160t1                             |
      | ecc_named_curve_blob_test.json#9   | ECDH, brainpoolP192r1                              |
      | ecc_named_curve_blob_test.json#13  | ECDSA, brainpoolP192t1                             |
      | ecc_named_curve_blob_test.json#17  | ECDH, brainpoolP224r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#21  | ECDSA, brainpoolP224t1                             |
      | ecc_named_curve_blob_test.json#25  | ECDH, brainpoolP256r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#29  | ECDSA, brainpoolP256t1                             |
      | ecc_named_curve_blob_test.json#33  | ECDH, brainpoolP320r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#37  | ECDSA, brainpoolP320t1                             |
      | ecc_named_curve_blob_test.json#41  | ECDH, brainpoolP384r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#45  | ECDSA, brainpoolP384t1                             |
      | ecc_named_curve_blob_test.json#49  | ECDH, brainpoolP512r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#53  | ECDSA, brainpoolP512t1                             |
      | ecc_named_curve_blob_test.json#62  | ECDSA, ec192wapi                                   |
      | ecc_named_curve_blob_test.json#66  | ECDH, nistP192                                     |
      | ecc_named_curve_blob_test.json#70  | ECDSA, nistP224                                    |
      | ecc_named_curve_blob_test.json#98  | ECDH, secP192k1                                    |
      | ecc_named_curve_blob_test.json#102 | ECDSA, secP192r1                                   |
      | ecc_named_curve_blob_test.json#110 | ECDSA, secP224r1, Wycheproof                       |
      | ecc_named_curve_blob_test.json#114 | ECDH, secP256k1, Wycheproof                        |
      | ecc_named_curve_blob_test.json#130 | ECDH, wtls12                                       |
      | ecc_named_curve_blob_test.json#142 | ECDSA, x962P192v1                                  |
      | ecc_named_curve_blob_test.json#146 | ECDH, x962P192v2                                   |
      | ecc_named_curve_blob_test.json#150 | ECDSA, x962P192v3                                  |
      | ecc_named_curve_blob_test.json#154 | ECDH, x962P239v1                                   |
      | ecc_named_curve_blob_test.json#158 | ECDSA, x962P239v2                                  |
      | ecc_named_curve_blob_test.json#162 | ECDH, x962P239v3                                   |
      | ecc_named_curve_blob_test.json#170 | ECDSA, brainpoolP160r1, x with a leading zero byte |
      | ecc_named_curve_blob_test.json#178 | ECDSA, ec192wapi, d with a leading zero byte       |
      | ecc_named_curve_blob_test.json#182 | ECDH, x962P239v2, x with a leading zero byte       |
      | ecc_named_curve_blob_test.json#186 | ECDSA, brainpoolP320t1, y with a leading zero byte |
      | ecc_named_curve_blob_test.json#194 | ECDSA, secP256k1, x with a leading zero byte       |
      | ecc_named_curve_blob_test.json#198 | ECDH, brainpoolP512t1, y with a leading zero byte  |

  @row:blob.BCRYPT_ECCPRIVATE_BLOB @row:status.STATUS_SUCCESS @must @source:doc
  Scenario Outline: A key pair on a named curve exports its private blob with d (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as BCRYPT_ECCPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob equals the expected blob of vector "<vector>"
    And the blob matches its layout and the key's material

    Examples:
      | vector                             | what                                               |
      | ecc_named_curve_blob_test.json#2   | ECDH, brainpoolP160r1                              |
      | ecc_named_curve_blob_test.json#6   | ECDSA, brainpoolP160t1                             |
      | ecc_named_curve_blob_test.json#10  | ECDH, brainpoolP192r1                              |
      | ecc_named_curve_blob_test.json#14  | ECDSA, brainpoolP192t1                             |
      | ecc_named_curve_blob_test.json#18  | ECDH, brainpoolP224r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#22  | ECDSA, brainpoolP224t1                             |
      | ecc_named_curve_blob_test.json#26  | ECDH, brainpoolP256r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#30  | ECDSA, brainpoolP256t1                             |
      | ecc_named_curve_blob_test.json#34  | ECDH, brainpoolP320r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#38  | ECDSA, brainpoolP320t1                             |
      | ecc_named_curve_blob_test.json#42  | ECDH, brainpoolP384r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#46  | ECDSA, brainpoolP384t1                             |
      | ecc_named_curve_blob_test.json#50  | ECDH, brainpoolP512r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#54  | ECDSA, brainpoolP512t1                             |
      | ecc_named_curve_blob_test.json#63  | ECDSA, ec192wapi                                   |
      | ecc_named_curve_blob_test.json#67  | ECDH, nistP192                                     |
      | ecc_named_curve_blob_test.json#71  | ECDSA, nistP224                                    |
      | ecc_named_curve_blob_test.json#99  | ECDH, secP192k1                                    |
      | ecc_named_curve_blob_test.json#103 | ECDSA, secP192r1                                   |
      | ecc_named_curve_blob_test.json#111 | ECDSA, secP224r1, Wycheproof                       |
      | ecc_named_curve_blob_test.json#115 | ECDH, secP256k1, Wycheproof                        |
      | ecc_named_curve_blob_test.json#131 | ECDH, wtls12                                       |
      | ecc_named_curve_blob_test.json#143 | ECDSA, x962P192v1                                  |
      | ecc_named_curve_blob_test.json#147 | ECDH, x962P192v2                                   |
      | ecc_named_curve_blob_test.json#151 | ECDSA, x962P192v3                                  |
      | ecc_named_curve_blob_test.json#155 | ECDH, x962P239v1                                   |
      | ecc_named_curve_blob_test.json#159 | ECDSA, x962P239v2                                  |
      | ecc_named_curve_blob_test.json#163 | ECDH, x962P239v3                                   |
      | ecc_named_curve_blob_test.json#171 | ECDSA, brainpoolP160r1, x with a leading zero byte |
      | ecc_named_curve_blob_test.json#179 | ECDSA, ec192wapi, d with a leading zero byte       |
      | ecc_named_curve_blob_test.json#183 | ECDH, x962P239v2, x with a leading zero byte       |
      | ecc_named_curve_blob_test.json#187 | ECDSA, brainpoolP320t1, y with a leading zero byte |
      | ecc_named_curve_blob_test.json#195 | ECDSA, secP256k1, x with a leading zero byte       |
      | ecc_named_curve_blob_test.json#199 | ECDH, brainpoolP512t1, y with a leading zero byte  |

  @row:blob.BCRYPT_PUBLIC_KEY_BLOB @row:blob.BCRYPT_PRIVATE_KEY_BLOB @must @source:doc
  Scenario Outline: The generic blob of a key on a named curve is its ECC blob (<what>, <blob type>)
    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob equals the expected blob of the key's vector group
    And the blob matches its layout and the key's material

    Examples:
      | vector                             | blob type               | what                                               |
      | ecc_named_curve_blob_test.json#2   | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, brainpoolP160r1                              |
      | ecc_named_curve_blob_test.json#2   | BCRYPT_PRIVATE_KEY_BLOB | ECDH, brainpoolP160r1                              |
      | ecc_named_curve_blob_test.json#6   | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, brainpoolP160t1                             |
      | ecc_named_curve_blob_test.json#6   | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, brainpoolP160t1                             |
      | ecc_named_curve_blob_test.json#10  | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, brainpoolP192r1                              |
      | ecc_named_curve_blob_test.json#10  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, brainpoolP192r1                              |
      | ecc_named_curve_blob_test.json#14  | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, brainpoolP192t1                             |
      | ecc_named_curve_blob_test.json#14  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, brainpoolP192t1                             |
      | ecc_named_curve_blob_test.json#18  | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, brainpoolP224r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#18  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, brainpoolP224r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#22  | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, brainpoolP224t1                             |
      | ecc_named_curve_blob_test.json#22  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, brainpoolP224t1                             |
      | ecc_named_curve_blob_test.json#26  | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, brainpoolP256r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#26  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, brainpoolP256r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#30  | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, brainpoolP256t1                             |
      | ecc_named_curve_blob_test.json#30  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, brainpoolP256t1                             |
      | ecc_named_curve_blob_test.json#34  | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, brainpoolP320r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#34  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, brainpoolP320r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#38  | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, brainpoolP320t1                             |
      | ecc_named_curve_blob_test.json#38  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, brainpoolP320t1                             |
      | ecc_named_curve_blob_test.json#42  | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, brainpoolP384r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#42  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, brainpoolP384r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#46  | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, brainpoolP384t1                             |
      | ecc_named_curve_blob_test.json#46  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, brainpoolP384t1                             |
      | ecc_named_curve_blob_test.json#50  | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, brainpoolP512r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#50  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, brainpoolP512r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#54  | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, brainpoolP512t1                             |
      | ecc_named_curve_blob_test.json#54  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, brainpoolP512t1                             |
      | ecc_named_curve_blob_test.json#63  | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, ec192wapi                                   |
      | ecc_named_curve_blob_test.json#63  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, ec192wapi                                   |
      | ecc_named_curve_blob_test.json#67  | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, nistP192                                     |
      | ecc_named_curve_blob_test.json#67  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, nistP192                                     |
      | ecc_named_curve_blob_test.json#71  | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, nistP224                                    |
      | ecc_named_curve_blob_test.json#71  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, nistP224                                    |
      | ecc_named_curve_blob_test.json#99  | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, secP192k1                                    |
      | ecc_named_curve_blob_test.json#99  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, secP192k1                                    |
      | ecc_named_curve_blob_test.json#103 | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, secP192r1                                   |
      | ecc_named_curve_blob_test.json#103 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, secP192r1                                   |
      | ecc_named_curve_blob_test.json#111 | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, secP224r1, Wycheproof                       |
      | ecc_named_curve_blob_test.json#111 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, secP224r1, Wycheproof                       |
      | ecc_named_curve_blob_test.json#115 | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, secP256k1, Wycheproof                        |
      | ecc_named_curve_blob_test.json#115 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, secP256k1, Wycheproof                        |
      | ecc_named_curve_blob_test.json#131 | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, wtls12                                       |
      | ecc_named_curve_blob_test.json#131 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, wtls12                                       |
      | ecc_named_curve_blob_test.json#143 | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, x962P192v1                                  |
      | ecc_named_curve_blob_test.json#143 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, x962P192v1                                  |
      | ecc_named_curve_blob_test.json#147 | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, x962P192v2                                   |
      | ecc_named_curve_blob_test.json#147 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, x962P192v2                                   |
      | ecc_named_curve_blob_test.json#151 | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, x962P192v3                                  |
      | ecc_named_curve_blob_test.json#151 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, x962P192v3                                  |
      | ecc_named_curve_blob_test.json#155 | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, x962P239v1                                   |
      | ecc_named_curve_blob_test.json#155 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, x962P239v1                                   |
      | ecc_named_curve_blob_test.json#159 | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, x962P239v2                                  |
      | ecc_named_curve_blob_test.json#159 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, x962P239v2                                  |
      | ecc_named_curve_blob_test.json#163 | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, x962P239v3                                   |
      | ecc_named_curve_blob_test.json#163 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, x962P239v3                                   |
      | ecc_named_curve_blob_test.json#171 | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, brainpoolP160r1, x with a leading zero byte |
      | ecc_named_curve_blob_test.json#171 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, brainpoolP160r1, x with a leading zero byte |
      | ecc_named_curve_blob_test.json#179 | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, ec192wapi, d with a leading zero byte       |
      | ecc_named_curve_blob_test.json#179 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, ec192wapi, d with a leading zero byte       |
      | ecc_named_curve_blob_test.json#183 | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, x962P239v2, x with a leading zero byte       |
      | ecc_named_curve_blob_test.json#183 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, x962P239v2, x with a leading zero byte       |
      | ecc_named_curve_blob_test.json#187 | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, brainpoolP320t1, y with a leading zero byte |
      | ecc_named_curve_blob_test.json#187 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, brainpoolP320t1, y with a leading zero byte |
      | ecc_named_curve_blob_test.json#195 | BCRYPT_PUBLIC_KEY_BLOB  | ECDSA, secP256k1, x with a leading zero byte       |
      | ecc_named_curve_blob_test.json#195 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, secP256k1, x with a leading zero byte       |
      | ecc_named_curve_blob_test.json#199 | BCRYPT_PUBLIC_KEY_BLOB  | ECDH, brainpoolP512t1, y with a leading zero byte  |
      | ecc_named_curve_blob_test.json#199 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, brainpoolP512t1, y with a leading zero byte  |

  @row:param.pbOutput @row:blob.BCRYPT_ECCPRIVATE_BLOB @must @source:doc
  Scenario Outline: A NULL pbOutput asks for the size of a named-curve private blob (<what>)
    Given a key imported from the expected blob of vector "<vector>"
    When the size of a BCRYPT_ECCPRIVATE_BLOB export is queried
    Then the status is STATUS_SUCCESS
    And *pcbResult is the size of the expected blob of vector "<vector>"

    Examples:
      | vector                             | what                                               |
      | ecc_named_curve_blob_test.json#2   | ECDH, brainpoolP160r1                              |
      | ecc_named_curve_blob_test.json#6   | ECDSA, brainpoolP160t1                             |
      | ecc_named_curve_blob_test.json#10  | ECDH, brainpoolP192r1                              |
      | ecc_named_curve_blob_test.json#14  | ECDSA, brainpoolP192t1                             |
      | ecc_named_curve_blob_test.json#18  | ECDH, brainpoolP224r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#22  | ECDSA, brainpoolP224t1                             |
      | ecc_named_curve_blob_test.json#26  | ECDH, brainpoolP256r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#30  | ECDSA, brainpoolP256t1                             |
      | ecc_named_curve_blob_test.json#34  | ECDH, brainpoolP320r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#38  | ECDSA, brainpoolP320t1                             |
      | ecc_named_curve_blob_test.json#42  | ECDH, brainpoolP384r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#46  | ECDSA, brainpoolP384t1                             |
      | ecc_named_curve_blob_test.json#50  | ECDH, brainpoolP512r1, Wycheproof                  |
      | ecc_named_curve_blob_test.json#54  | ECDSA, brainpoolP512t1                             |
      | ecc_named_curve_blob_test.json#63  | ECDSA, ec192wapi                                   |
      | ecc_named_curve_blob_test.json#67  | ECDH, nistP192                                     |
      | ecc_named_curve_blob_test.json#71  | ECDSA, nistP224                                    |
      | ecc_named_curve_blob_test.json#99  | ECDH, secP192k1                                    |
      | ecc_named_curve_blob_test.json#103 | ECDSA, secP192r1                                   |
      | ecc_named_curve_blob_test.json#111 | ECDSA, secP224r1, Wycheproof                       |
      | ecc_named_curve_blob_test.json#115 | ECDH, secP256k1, Wycheproof                        |
      | ecc_named_curve_blob_test.json#131 | ECDH, wtls12                                       |
      | ecc_named_curve_blob_test.json#143 | ECDSA, x962P192v1                                  |
      | ecc_named_curve_blob_test.json#147 | ECDH, x962P192v2                                   |
      | ecc_named_curve_blob_test.json#151 | ECDSA, x962P192v3                                  |
      | ecc_named_curve_blob_test.json#155 | ECDH, x962P239v1                                   |
      | ecc_named_curve_blob_test.json#159 | ECDSA, x962P239v2                                  |
      | ecc_named_curve_blob_test.json#163 | ECDH, x962P239v3                                   |
      | ecc_named_curve_blob_test.json#171 | ECDSA, brainpoolP160r1, x with a leading zero byte |
      | ecc_named_curve_blob_test.json#179 | ECDSA, ec192wapi, d with a leading zero byte       |
      | ecc_named_curve_blob_test.json#183 | ECDH, x962P239v2, x with a leading zero byte       |
      | ecc_named_curve_blob_test.json#187 | ECDSA, brainpoolP320t1, y with a leading zero byte |
      | ecc_named_curve_blob_test.json#195 | ECDSA, secP256k1, x with a leading zero byte       |
      | ecc_named_curve_blob_test.json#199 | ECDH, brainpoolP512t1, y with a leading zero byte  |

  @row:blob.BCRYPT_ECCPUBLIC_BLOB @row:blob.BCRYPT_ECCPRIVATE_BLOB @row:blob.BCRYPT_PRIVATE_KEY_BLOB @must @source:doc-silent
  Scenario Outline: A key on a curve where the layout leaves a choice exports a blob in the acceptable set (<what>, <blob type>)
    Two points are UNCONFIRMED. A curve with the numbers of P-256, P-384 or P-521 (nistP256, secP256r1, x962P256v1
    ...) opened through ECDH / ECDSA: Windows may write the generic magic or the per-curve one (digest section 8).
    A curve whose order n is longer than its field (secP160k1/r1/r2, secP224k1, wtls7, wtls9): cbKey may be the
    field's length or the order's. Acceptable: the generic magic, or the per-curve magic of a NIST curve with the
    same numbers, of the key's kind and side; cbKey the field's or the order's byte length; X, Y (and d) the key's
    numbers padded to that cbKey.

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material

    Examples:
      | vector                             | blob type               | what                                        |
      | ecc_named_curve_blob_test.json#74  | BCRYPT_ECCPUBLIC_BLOB   | ECDH, nistP256                              |
      | ecc_named_curve_blob_test.json#75  | BCRYPT_ECCPRIVATE_BLOB  | ECDH, nistP256                              |
      | ecc_named_curve_blob_test.json#75  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, nistP256                              |
      | ecc_named_curve_blob_test.json#78  | BCRYPT_ECCPUBLIC_BLOB   | ECDSA, nistP384                             |
      | ecc_named_curve_blob_test.json#79  | BCRYPT_ECCPRIVATE_BLOB  | ECDSA, nistP384                             |
      | ecc_named_curve_blob_test.json#79  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, nistP384                             |
      | ecc_named_curve_blob_test.json#82  | BCRYPT_ECCPUBLIC_BLOB   | ECDH, nistP521                              |
      | ecc_named_curve_blob_test.json#83  | BCRYPT_ECCPRIVATE_BLOB  | ECDH, nistP521                              |
      | ecc_named_curve_blob_test.json#83  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, nistP521                              |
      | ecc_named_curve_blob_test.json#118 | BCRYPT_ECCPUBLIC_BLOB   | ECDSA, secP256r1                            |
      | ecc_named_curve_blob_test.json#119 | BCRYPT_ECCPRIVATE_BLOB  | ECDSA, secP256r1                            |
      | ecc_named_curve_blob_test.json#119 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, secP256r1                            |
      | ecc_named_curve_blob_test.json#122 | BCRYPT_ECCPUBLIC_BLOB   | ECDH, secP384r1                             |
      | ecc_named_curve_blob_test.json#123 | BCRYPT_ECCPRIVATE_BLOB  | ECDH, secP384r1                             |
      | ecc_named_curve_blob_test.json#123 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, secP384r1                             |
      | ecc_named_curve_blob_test.json#126 | BCRYPT_ECCPUBLIC_BLOB   | ECDSA, secP521r1                            |
      | ecc_named_curve_blob_test.json#127 | BCRYPT_ECCPRIVATE_BLOB  | ECDSA, secP521r1                            |
      | ecc_named_curve_blob_test.json#127 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, secP521r1                            |
      | ecc_named_curve_blob_test.json#166 | BCRYPT_ECCPUBLIC_BLOB   | ECDSA, x962P256v1                           |
      | ecc_named_curve_blob_test.json#167 | BCRYPT_ECCPRIVATE_BLOB  | ECDSA, x962P256v1                           |
      | ecc_named_curve_blob_test.json#167 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, x962P256v1                           |
      | ecc_named_curve_blob_test.json#86  | BCRYPT_ECCPUBLIC_BLOB   | ECDSA, secP160k1                            |
      | ecc_named_curve_blob_test.json#87  | BCRYPT_ECCPRIVATE_BLOB  | ECDSA, secP160k1                            |
      | ecc_named_curve_blob_test.json#87  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, secP160k1                            |
      | ecc_named_curve_blob_test.json#90  | BCRYPT_ECCPUBLIC_BLOB   | ECDH, secP160r1                             |
      | ecc_named_curve_blob_test.json#91  | BCRYPT_ECCPRIVATE_BLOB  | ECDH, secP160r1                             |
      | ecc_named_curve_blob_test.json#91  | BCRYPT_PRIVATE_KEY_BLOB | ECDH, secP160r1                             |
      | ecc_named_curve_blob_test.json#94  | BCRYPT_ECCPUBLIC_BLOB   | ECDSA, secP160r2                            |
      | ecc_named_curve_blob_test.json#95  | BCRYPT_ECCPRIVATE_BLOB  | ECDSA, secP160r2                            |
      | ecc_named_curve_blob_test.json#95  | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, secP160r2                            |
      | ecc_named_curve_blob_test.json#106 | BCRYPT_ECCPUBLIC_BLOB   | ECDH, secP224k1                             |
      | ecc_named_curve_blob_test.json#107 | BCRYPT_ECCPRIVATE_BLOB  | ECDH, secP224k1                             |
      | ecc_named_curve_blob_test.json#107 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, secP224k1                             |
      | ecc_named_curve_blob_test.json#134 | BCRYPT_ECCPUBLIC_BLOB   | ECDSA, wtls7                                |
      | ecc_named_curve_blob_test.json#135 | BCRYPT_ECCPRIVATE_BLOB  | ECDSA, wtls7                                |
      | ecc_named_curve_blob_test.json#135 | BCRYPT_PRIVATE_KEY_BLOB | ECDSA, wtls7                                |
      | ecc_named_curve_blob_test.json#138 | BCRYPT_ECCPUBLIC_BLOB   | ECDH, wtls9                                 |
      | ecc_named_curve_blob_test.json#139 | BCRYPT_ECCPRIVATE_BLOB  | ECDH, wtls9                                 |
      | ecc_named_curve_blob_test.json#139 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, wtls9                                 |
      | ecc_named_curve_blob_test.json#174 | BCRYPT_ECCPUBLIC_BLOB   | ECDH, secP160r1, y with a leading zero byte |
      | ecc_named_curve_blob_test.json#175 | BCRYPT_ECCPRIVATE_BLOB  | ECDH, secP160r1, y with a leading zero byte |
      | ecc_named_curve_blob_test.json#175 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, secP160r1, y with a leading zero byte |
      | ecc_named_curve_blob_test.json#190 | BCRYPT_ECCPUBLIC_BLOB   | ECDH, wtls9, d with a leading zero byte     |
      | ecc_named_curve_blob_test.json#191 | BCRYPT_ECCPRIVATE_BLOB  | ECDH, wtls9, d with a leading zero byte     |
      | ecc_named_curve_blob_test.json#191 | BCRYPT_PRIVATE_KEY_BLOB | ECDH, wtls9, d with a leading zero byte     |

  @row:blob.BCRYPT_ECCPUBLIC_BLOB @row:blob.BCRYPT_ECCPRIVATE_BLOB @must @source:windows-observed
  Scenario Outline: A curve25519 key exports X and d as RFC 7748 strings with cbKey 32 (<blob type>)
    Go's CNG binding, tested on Windows, reads and writes curve25519 keys in the usual X, Y (, d) layout with cbKey
    32, X and d in RFC 7748 byte order (not reversed), Y unused. What Windows writes in Y is UNCONFIRMED: the kit
    does not examine it (any 32 bytes are acceptable there).

    Given a key imported from the expected blob of vector "<vector>"
    When the key is exported as <blob type>
    Then the status is STATUS_SUCCESS
    And *pcbResult is the required size
    And the blob matches its layout and the key's material

    Examples:
      | vector                            | blob type              |
      | ecc_named_curve_blob_test.json#57 | BCRYPT_ECCPUBLIC_BLOB  |
      | ecc_named_curve_blob_test.json#58 | BCRYPT_ECCPRIVATE_BLOB |

  @row:blob.BCRYPT_ECCPRIVATE_BLOB @must @source:windows-observed
  Scenario: A curve25519 private blob with X = Y = 0 imports, and the key exports its derived public value
    Go's CNG binding, tested on Windows, imports the RFC 7748 private key with X and Y zero; Windows derives X.

    Given a key imported from the input of vector "ecc_named_curve_blob_test.json#61"
    When the key is exported as BCRYPT_ECCPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob matches its layout and the key's material

  @row:blob.BCRYPT_ECCPRIVATE_BLOB @must @source:doc
  Scenario Outline: A key pair generated on a named curve exports a consistent private blob (<algorithm>, <curve>)
    The kit reads the key back and checks it with its own arithmetic on the curve's numbers (d G = (x, y); on
    curve25519 X = X25519(d, 9)).

    Given an "<algorithm>" key pair on the curve "<curve>", generated and finalized
    When the key is exported as BCRYPT_ECCPRIVATE_BLOB
    Then the status is STATUS_SUCCESS
    And the blob holds a consistent key in the layout of its blob type

    Examples:
      | algorithm | curve           |
      | ECDSA     | brainpoolP256r1 |
      | ECDH      | brainpoolP384t1 |
      | ECDH      | secP256k1       |
      | ECDSA     | ec192wapi       |
      | ECDSA     | x962P239v1      |
      | ECDH      | secP160r1       |
      | ECDH      | curve25519      |
      | ECDSA     | nistP192        |

  @row:blob.BCRYPT_ECCPUBLIC_BLOB @row:blob.BCRYPT_ECCPRIVATE_BLOB @must @source:doc-silent
  Scenario Outline: A curve name CNG does not have is refused (<name>)
    No ECC key can be made on a curve bcrypt.h does not name; the page gives no status for it. Acceptable:
    STATUS_NOT_SUPPORTED or STATUS_INVALID_PARAMETER; never success.

    When ECCCurveName "<name>" is set on an algorithm handle for "<algorithm>"
    Then the property is refused with one of STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER

    Examples:
      | algorithm | name       |
      | ECDH      | nistP255   |
      | ECDSA     | P-256      |
      | ECDH      | secp256r2  |

  @row:blob.BCRYPT_ECCPUBLIC_BLOB @row:blob.BCRYPT_ECCPRIVATE_BLOB @should @source:doc-silent
  Scenario Outline: Curve names are case-sensitive (<name>)
    bcrypt.h spells each curve name once; whether Windows compares them case-sensitively is UNCONFIRMED. cngkit
    recommends exact comparison, as for other CNG strings. Acceptable: STATUS_NOT_SUPPORTED or
    STATUS_INVALID_PARAMETER.

    When ECCCurveName "<name>" is set on an algorithm handle for "<algorithm>"
    Then the property is refused with one of STATUS_NOT_SUPPORTED, STATUS_INVALID_PARAMETER

    Examples:
      | algorithm | name            |
      | ECDH      | NISTP256        |
      | ECDSA     | BrainpoolP256r1 |
      | ECDH      | Curve25519      |
