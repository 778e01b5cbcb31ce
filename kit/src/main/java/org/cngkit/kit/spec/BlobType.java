package org.cngkit.kit.spec;

import java.util.Arrays;
import java.util.Optional;

/**
 * The blob types of the BCryptExportKey page with their {@code pszBlobType} strings (bcrypt.h, as listed in
 * blob-layouts-digest section 1). This table is the kit's own: features name the constants, and an
 * implementation's constants are never trusted.
 */
public enum BlobType {
    BCRYPT_AES_WRAP_KEY_BLOB("Rfc3565KeyWrapBlob", KeyFamily.SYMMETRIC, true),
    BCRYPT_KEY_DATA_BLOB("KeyDataBlob", KeyFamily.SYMMETRIC, true),
    BCRYPT_OPAQUE_KEY_BLOB("OpaqueKeyBlob", KeyFamily.SYMMETRIC, true),
    BCRYPT_PUBLIC_KEY_BLOB("PUBLICBLOB", KeyFamily.ANY_ASYMMETRIC, false),
    BCRYPT_PRIVATE_KEY_BLOB("PRIVATEBLOB", KeyFamily.ANY_ASYMMETRIC, true),
    BCRYPT_RSAPUBLIC_BLOB("RSAPUBLICBLOB", KeyFamily.RSA, false),
    BCRYPT_RSAPRIVATE_BLOB("RSAPRIVATEBLOB", KeyFamily.RSA, true),
    BCRYPT_RSAFULLPRIVATE_BLOB("RSAFULLPRIVATEBLOB", KeyFamily.RSA, true),
    BCRYPT_ECCPUBLIC_BLOB("ECCPUBLICBLOB", KeyFamily.ECC, false),
    BCRYPT_ECCPRIVATE_BLOB("ECCPRIVATEBLOB", KeyFamily.ECC, true),
    BCRYPT_DH_PUBLIC_BLOB("DHPUBLICBLOB", KeyFamily.DH, false),
    BCRYPT_DH_PRIVATE_BLOB("DHPRIVATEBLOB", KeyFamily.DH, true),
    BCRYPT_DSA_PUBLIC_BLOB("DSAPUBLICBLOB", KeyFamily.DSA, false),
    BCRYPT_DSA_PRIVATE_BLOB("DSAPRIVATEBLOB", KeyFamily.DSA, true),
    BCRYPT_MLKEM_PUBLIC_BLOB("MLKEMPUBLICBLOB", KeyFamily.MLKEM, false),
    BCRYPT_MLKEM_PRIVATE_BLOB("MLKEMPRIVATEBLOB", KeyFamily.MLKEM, true),
    BCRYPT_MLKEM_PRIVATE_SEED_BLOB("MLKEMPRIVATESEEDBLOB", KeyFamily.MLKEM, true),
    BCRYPT_PQDSA_PUBLIC_BLOB("PQDSAPUBLICBLOB", KeyFamily.PQDSA, false),
    BCRYPT_PQDSA_PRIVATE_BLOB("PQDSAPRIVATEBLOB", KeyFamily.PQDSA, true),
    BCRYPT_PQDSA_PRIVATE_SEED_BLOB("PQDSAPRIVATESEEDBLOB", KeyFamily.PQDSA, true),
    LEGACY_RSAPUBLIC_BLOB("CAPIPUBLICBLOB", KeyFamily.RSA, false),
    LEGACY_RSAPRIVATE_BLOB("CAPIPRIVATEBLOB", KeyFamily.RSA, true),
    LEGACY_DSA_PUBLIC_BLOB("CAPIDSAPUBLICBLOB", KeyFamily.DSA, false),
    LEGACY_DSA_PRIVATE_BLOB("CAPIDSAPRIVATEBLOB", KeyFamily.DSA, true),
    LEGACY_DSA_V2_PRIVATE_BLOB("V2CAPIDSAPRIVATEBLOB", KeyFamily.DSA, true),
    LEGACY_DH_PUBLIC_BLOB("CAPIDHPUBLICBLOB", KeyFamily.DH, false),
    LEGACY_DH_PRIVATE_BLOB("CAPIDHPRIVATEBLOB", KeyFamily.DH, true);

    private final String wireName;
    private final KeyFamily family;
    private final boolean mayHoldSecrets;

    BlobType(String wireName, KeyFamily family, boolean mayHoldSecrets) {
        this.wireName = wireName;
        this.family = family;
        this.mayHoldSecrets = mayHoldSecrets;
    }

    /** The {@code pszBlobType} string. */
    public String wireName() {
        return wireName;
    }

    public KeyFamily family() {
        return family;
    }

    /** True when the blob can carry private or secret key material (reports redact it). */
    public boolean mayHoldSecrets() {
        return mayHoldSecrets;
    }

    /** True when this blob type is meant for keys of the given family. */
    public boolean appliesTo(KeyFamily keyFamily) {
        if (family == KeyFamily.ANY_ASYMMETRIC) {
            return keyFamily != KeyFamily.SYMMETRIC;
        }
        return family == keyFamily;
    }

    /** The blob type whose {@code pszBlobType} string is {@code wireName}, if the page has one. */
    public static Optional<BlobType> withWireName(String wireName) {
        return Arrays.stream(values()).filter(b -> b.wireName.equals(wireName)).findFirst();
    }

    public static BlobType named(String constant) {
        return Arrays.stream(values()).filter(b -> b.name().equals(constant)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown blob type constant '" + constant + "'"));
    }
}
