package org.cngkit.vectors;

import java.math.BigInteger;

/**
 * One curve of {@code vectors/curves/ecc_curves.json}: a CNG curve name ({@code ECCCurveName}) with its domain
 * parameters and the standard that defines them. The arithmetic is the kit's own ({@link PrimeCurve} for short
 * Weierstrass curves, {@link MontgomeryCurve} for curve25519), never the reference's library.
 *
 * @param name     the {@code ECCCurveName} value, exactly as bcrypt.h spells it (names are case-sensitive)
 * @param form     the curve equation
 * @param standard where the numbers are defined
 * @param p        the field prime
 * @param a        the coefficient a (Montgomery: A)
 * @param b        the coefficient b (Montgomery: B)
 * @param gx       x (Montgomery: u) of the base point
 * @param gy       y (Montgomery: v) of the base point
 * @param n        the prime order of the base point
 * @param h        the cofactor
 */
public record NamedCurve(String name, Form form, String standard, BigInteger p, BigInteger a, BigInteger b,
                         BigInteger gx, BigInteger gy, BigInteger n, int h) {

    /** The equation of a curve. */
    public enum Form {
        /** y^2 = x^3 + a x + b. */
        SHORT_WEIERSTRASS("short-weierstrass"),
        /** b v^2 = u^3 + a u^2 + u (RFC 7748). */
        MONTGOMERY("montgomery");

        private final String id;

        Form(String id) {
            this.id = id;
        }

        /** The form as the curve file spells it. */
        public String id() {
            return id;
        }

        static Form of(String id) {
            for (Form f : values()) {
                if (f.id.equals(id)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("unknown curve form '" + id + "'");
        }
    }

    /** Bits of the field prime: the key size CNG reports for a key on this curve (256 for P-256, 255 for curve25519). */
    public int fieldBits() {
        return p.bitLength();
    }

    /** Bytes of a field element: cbKey of the curve's BCRYPT_ECCKEY_BLOB. */
    public int fieldBytes() {
        return (fieldBits() + 7) / 8;
    }

    /** Bytes of the order n: more than {@link #fieldBytes()} for a few curves (secP160r1, secP224k1, wtls9...). */
    public int orderBytes() {
        return (n.bitLength() + 7) / 8;
    }

    /** The short Weierstrass arithmetic of this curve. */
    public PrimeCurve weierstrass() {
        if (form != Form.SHORT_WEIERSTRASS) {
            throw new IllegalStateException(name + " is not a short Weierstrass curve");
        }
        return new PrimeCurve(name, p, a, b, new PrimeCurve.Point(gx, gy), n);
    }

    /** The Montgomery arithmetic of this curve. */
    public MontgomeryCurve montgomery() {
        if (form != Form.MONTGOMERY) {
            throw new IllegalStateException(name + " is not a Montgomery curve");
        }
        return new MontgomeryCurve(this);
    }

    /** Whether two curves have the same numbers (nistP256 and secP256r1, say), whatever their names. */
    public boolean sameParametersAs(NamedCurve other) {
        return form == other.form && p.equals(other.p) && a.equals(other.a) && b.equals(other.b)
                && gx.equals(other.gx) && gy.equals(other.gy) && n.equals(other.n) && h == other.h;
    }

    @Override
    public String toString() {
        return "NamedCurve[" + name + "]";
    }
}
