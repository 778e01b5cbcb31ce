package org.cngkit.spi;

/**
 * The {@code pszBlobType} strings of {@code bcrypt.h}, for implementors. The kit itself does not
 * use this class: its features name blob types by the constants of the specification and map them
 * with a table of their own, so a typo here cannot hide from it.
 */
public final class BlobTypes {
    private BlobTypes() {
    }

    public static final String AES_WRAP_KEY = "Rfc3565KeyWrapBlob";
    public static final String KEY_DATA = "KeyDataBlob";
    public static final String OPAQUE_KEY = "OpaqueKeyBlob";
    public static final String PUBLIC_KEY = "PUBLICBLOB";
    public static final String PRIVATE_KEY = "PRIVATEBLOB";
    public static final String RSA_PUBLIC = "RSAPUBLICBLOB";
    public static final String RSA_PRIVATE = "RSAPRIVATEBLOB";
    public static final String RSA_FULL_PRIVATE = "RSAFULLPRIVATEBLOB";
    public static final String ECC_PUBLIC = "ECCPUBLICBLOB";
    public static final String ECC_PRIVATE = "ECCPRIVATEBLOB";
    public static final String DH_PUBLIC = "DHPUBLICBLOB";
    public static final String DH_PRIVATE = "DHPRIVATEBLOB";
    public static final String DSA_PUBLIC = "DSAPUBLICBLOB";
    public static final String DSA_PRIVATE = "DSAPRIVATEBLOB";
    public static final String MLKEM_PUBLIC = "MLKEMPUBLICBLOB";
    public static final String MLKEM_PRIVATE = "MLKEMPRIVATEBLOB";
    public static final String MLKEM_PRIVATE_SEED = "MLKEMPRIVATESEEDBLOB";
    public static final String PQDSA_PUBLIC = "PQDSAPUBLICBLOB";
    public static final String PQDSA_PRIVATE = "PQDSAPRIVATEBLOB";
    public static final String PQDSA_PRIVATE_SEED = "PQDSAPRIVATESEEDBLOB";
    public static final String LEGACY_RSA_PUBLIC = "CAPIPUBLICBLOB";
    public static final String LEGACY_RSA_PRIVATE = "CAPIPRIVATEBLOB";
    public static final String LEGACY_DSA_PUBLIC = "CAPIDSAPUBLICBLOB";
    public static final String LEGACY_DSA_PRIVATE = "CAPIDSAPRIVATEBLOB";
    public static final String LEGACY_DSA_V2_PRIVATE = "V2CAPIDSAPRIVATEBLOB";
    public static final String LEGACY_DH_PUBLIC = "CAPIDHPUBLICBLOB";
    public static final String LEGACY_DH_PRIVATE = "CAPIDHPRIVATEBLOB";
}
