package org.cngkit.vectors;

import java.math.BigInteger;

/**
 * A Montgomery curve B v^2 = u^3 + A u^2 + u (RFC 7748), with the x-only ladder of RFC 7748 section 5: the X25519
 * function of curve25519 keys and the multiples the curve self-check needs. Written over {@link BigInteger} so that
 * the oracle shares no arithmetic with an implementation it examines. Not constant time: it checks keys, it never
 * guards a secret.
 */
public final class MontgomeryCurve {
    private final NamedCurve curve;
    private final BigInteger p;
    private final BigInteger a24;

    MontgomeryCurve(NamedCurve curve) {
        this.curve = curve;
        this.p = curve.p();
        // (A - 2) / 4 in F_p; 121665 for curve25519
        this.a24 = curve.a().subtract(BigInteger.TWO).multiply(BigInteger.valueOf(4).modInverse(p)).mod(p);
    }

    public NamedCurve curve() {
        return curve;
    }

    /** Whether (u, v) is a point: both in [0, p-1] and B v^2 = u^3 + A u^2 + u mod p. */
    public boolean isOnCurve(BigInteger u, BigInteger v) {
        if (u.signum() < 0 || u.compareTo(p) >= 0 || v.signum() < 0 || v.compareTo(p) >= 0) {
            return false;
        }
        BigInteger left = curve.b().multiply(v).multiply(v).mod(p);
        BigInteger right = u.multiply(u).multiply(u).add(curve.a().multiply(u).multiply(u)).add(u).mod(p);
        return left.equals(right);
    }

    /**
     * The u-coordinate of k P in projective form {X, Z} (Z = 0: k P is the point at infinity), P the point with
     * u-coordinate {@code u}; the ladder of RFC 7748 section 5 run over every bit of {@code k}.
     */
    public BigInteger[] ladder(BigInteger k, BigInteger u) {
        BigInteger x1 = u.mod(p);
        BigInteger x2 = BigInteger.ONE;
        BigInteger z2 = BigInteger.ZERO;
        BigInteger x3 = x1;
        BigInteger z3 = BigInteger.ONE;
        for (int t = k.bitLength() - 1; t >= 0; t--) {
            boolean bit = k.testBit(t);
            if (bit) {
                BigInteger s = x2; x2 = x3; x3 = s;
                s = z2; z2 = z3; z3 = s;
            }
            BigInteger aa = x2.add(z2).pow(2).mod(p);
            BigInteger bb = x2.subtract(z2).pow(2).mod(p);
            BigInteger e = aa.subtract(bb).mod(p);
            BigInteger c = x3.add(z3).mod(p);
            BigInteger d = x3.subtract(z3).mod(p);
            BigInteger da = d.multiply(x2.add(z2)).mod(p);
            BigInteger cb = c.multiply(x2.subtract(z2)).mod(p);
            x3 = da.add(cb).pow(2).mod(p);
            z3 = x1.multiply(da.subtract(cb).pow(2)).mod(p);
            x2 = aa.multiply(bb).mod(p);
            z2 = e.multiply(aa.add(a24.multiply(e))).mod(p);
            if (bit) {
                BigInteger s = x2; x2 = x3; x3 = s;
                s = z2; z2 = z3; z3 = s;
            }
        }
        return new BigInteger[] {x2, z2};
    }

    /**
     * X25519(k, u) of RFC 7748 section 5 for 32-byte strings in the RFC's byte order (little-endian): k clamped
     * (bits 0-2 and 255 cleared, bit 254 set), the top bit of u masked; the result u-coordinate as 32 bytes.
     *
     * @throws IllegalArgumentException if k or u is not 32 bytes
     */
    public byte[] x25519(byte[] k, byte[] u) {
        if (k.length != 32 || u.length != 32) {
            throw new IllegalArgumentException("X25519 takes 32-byte strings");
        }
        byte[] clamped = k.clone();
        clamped[0] &= (byte) 0xf8;
        clamped[31] &= 0x7f;
        clamped[31] |= 0x40;
        byte[] masked = u.clone();
        masked[31] &= 0x7f;
        BigInteger[] r = ladder(littleEndian(clamped), littleEndian(masked));
        BigInteger x = r[0].multiply(r[1].modPow(p.subtract(BigInteger.TWO), p)).mod(p);
        return toLittleEndian(x, 32);
    }

    /** X25519(k, 9): the public u-coordinate of the private key k. */
    public byte[] publicKey(byte[] k) {
        return x25519(k, toLittleEndian(curve.gx(), 32));
    }

    static BigInteger littleEndian(byte[] bytes) {
        byte[] be = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            be[i] = bytes[bytes.length - 1 - i];
        }
        return new BigInteger(1, be);
    }

    static byte[] toLittleEndian(BigInteger v, int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = v.shiftRight(8 * i).byteValue();
        }
        return out;
    }

    @Override
    public String toString() {
        return "MontgomeryCurve[" + curve.name() + "]";
    }
}
