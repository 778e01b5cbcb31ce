package org.cngkit.kit.spec;

import java.util.LinkedHashSet;
import java.util.Set;
import org.cngkit.vectors.EccCurveTable;
import org.cngkit.vectors.NamedCurve;
import org.cngkit.vectors.TestGroup;

/**
 * The curves of CNG's ECC algorithms: the per-curve algorithm ids name the NIST ones, the curve-agnostic ECDH and
 * ECDSA algorithms take any of them through the {@code ECCCurveName} property (BCRYPT_ECC_CURVE_NAME, bcrypt.h).
 * Names and sizes come from the kit's curve file ({@link EccCurveTable}, vectors/curves/ecc_curves.json), never
 * from a second list here.
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

    /**
     * The ECCCurveName a vector group's key needs: its own curve, else the NIST curve of its size.
     */
    public static String curveOf(TestGroup group) {
        String curve = group.key().curve();
        return curve != null ? curve : nistName(group.keyBits());
    }

    /**
     * The key size of a curve named by {@code ECCCurveName}: the bit length of its field prime.
     *
     * @throws IllegalArgumentException if the curve file has no such curve
     */
    public static int bits(String curveName) {
        return EccCurveTable.curve(curveName).fieldBits();
    }


    /**
     * Every curve name of the curve file, in file order; without {@code withMontgomery}, the short Weierstrass
     * curves only (those ECDSA can sign on).
     */
    public static Set<String> names(boolean withMontgomery) {
        Set<String> names = new LinkedHashSet<>();
        for (NamedCurve c : EccCurveTable.all()) {
            if (withMontgomery || c.form() == NamedCurve.Form.SHORT_WEIERSTRASS) {
                names.add(c.name());
            }
        }
        return names;
    }
}
