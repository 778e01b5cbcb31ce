package org.cngkit.kit.spec;

/**
 * The NIST curves of CNG's ECC algorithms: the per-curve algorithm ids name them, the curve-agnostic ECDH and
 * ECDSA algorithms take them through the {@code ECCCurveName} property (BCRYPT_ECC_CURVE_NAME, bcrypt.h).
 */
public final class EccCurves {
    /** {@code BCRYPT_ECC_CURVE_NAME}. */
    public static final String PROPERTY = "ECCCurveName";

    private EccCurves() {
    }

    /** True for the curve-agnostic algorithms that need {@code ECCCurveName}. */
    public static boolean needsCurveName(String algorithmId) {
        return algorithmId.equals("ECDH") || algorithmId.equals("ECDSA");
    }

    /** The {@code ECCCurveName} value of the NIST curve of this size ({@code nistP256}, ...). */
    public static String nistName(int bits) {
        return switch (bits) {
            case 256, 384, 521 -> "nistP" + bits;
            default -> throw new IllegalArgumentException("no NIST curve of " + bits + " bits");
        };
    }
}
