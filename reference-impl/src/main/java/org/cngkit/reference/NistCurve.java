package org.cngkit.reference;

import java.util.Arrays;
import java.util.Optional;


/**
 * The NIST prime curves of CNG's per-curve ECDH and ECDSA algorithms, with their BCRYPT_ECCKEY_BLOB magics
 * (blob-layouts-digest section 2.3) and their {@code ECCCurveName} values; their arithmetic is {@link EccCurve}'s.
 */
enum NistCurve {
    P256(256, "nistP256", 0x314B4345, 0x324B4345, 0x31534345, 0x32534345),
    P384(384, "nistP384", 0x334B4345, 0x344B4345, 0x33534345, 0x34534345),
    P521(521, "nistP521", 0x354B4345, 0x364B4345, 0x35534345, 0x36534345);

    /** BCRYPT_ECDH_PUBLIC_GENERIC_MAGIC "ECKP". */
    static final int ECDH_PUBLIC_GENERIC = 0x504B4345;
    /** BCRYPT_ECDH_PRIVATE_GENERIC_MAGIC "ECKV". */
    static final int ECDH_PRIVATE_GENERIC = 0x564B4345;
    /** BCRYPT_ECDSA_PUBLIC_GENERIC_MAGIC "ECDP". */
    static final int ECDSA_PUBLIC_GENERIC = 0x50444345;
    /** BCRYPT_ECDSA_PRIVATE_GENERIC_MAGIC "ECDV". */
    static final int ECDSA_PRIVATE_GENERIC = 0x56444345;

    private final int bits;
    private final String curveName;
    private final int[] magics;

    NistCurve(int bits, String curveName, int ecdhPublic, int ecdhPrivate, int ecdsaPublic, int ecdsaPrivate) {
        this.bits = bits;
        this.curveName = curveName;
        this.magics = new int[] {ecdhPublic, ecdhPrivate, ecdsaPublic, ecdsaPrivate};
    }

    int bits() {
        return bits;
    }

    /** The {@code ECCCurveName} value of this curve ({@code nistP256} ...). */
    String curveName() {
        return curveName;
    }

    /** The per-curve magic for this kind of key. */
    int magic(boolean ecdsa, boolean isPrivate) {
        return magics[(ecdsa ? 2 : 0) + (isPrivate ? 1 : 0)];
    }

    static int genericMagic(boolean ecdsa, boolean isPrivate) {
        if (ecdsa) {
            return isPrivate ? ECDSA_PRIVATE_GENERIC : ECDSA_PUBLIC_GENERIC;
        }
        return isPrivate ? ECDH_PRIVATE_GENERIC : ECDH_PUBLIC_GENERIC;
    }

    /** The curve whose per-curve magic (of any kind) this is. */
    static Optional<NistCurve> ofMagic(int magic) {
        return Arrays.stream(values()).filter(c -> Arrays.stream(c.magics).anyMatch(m -> m == magic)).findFirst();
    }
}
