package org.cngkit.vectors;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic a key's components must satisfy, whatever blob carries them: n = p q for RSA, and so on. The
 * vector reader applies it to every group (a vector cannot hold an inconsistent key) and the kit to key material
 * it read back from keys an implementation generated. Only components present are related; messages name
 * components, never their values. Primality is not tested: it would cost seconds on every load of the vectors;
 * the generator tests the primes of the keys it writes.
 *
 * <p>Every check is total: whatever numbers a blob carries (zero, one, p = q...), the answer is a list of
 * violations, never an exception, so that a garbage key is a verdict about the implementation that wrote it and
 * not an error of the kit. Curve arithmetic is the kit's own ({@link PrimeCurve}, {@link MontgomeryCurve}, with the
 * parameters of the kit's curve file, {@link EccCurveTable}), independent of the Bouncy Castle arithmetic of the reference implementation.
 */
public final class KeyRelations {
    private KeyRelations() {
    }

    /** Every relation the key breaks; empty when it is consistent. Never throws on the key's numbers. */
    public static List<String> violations(VectorKey key) {
        List<String> problems = new ArrayList<>();
        String family = family(key.algorithm());
        try {
            switch (family) {
                case "RSA" -> rsa(key, problems);
                case "ECC" -> ecc(key, problems);
                case "DSA" -> dsa(key, problems);
                case "DH" -> dh(key, problems);
                default -> {
                }
            }
        } catch (ArithmeticException e) {
            // Last line of defence: the checks validate their preconditions first, so this is a missed one.
            // BigInteger's messages name the operation (divide by zero, modulus not positive...), never a value.
            problems.add("the key's numbers are not a valid " + family + " key ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        return problems;
    }

    private static String family(String algorithm) {
        if (algorithm.startsWith("RSA")) {
            return "RSA";
        }
        return algorithm.startsWith("ECDH") || algorithm.startsWith("ECDSA") ? "ECC" : algorithm;
    }

    /**
     * The key's curve is known (its {@code curve}, else the NIST curve of keyBits) and keyBits is its field size. On
     * a short Weierstrass curve the point (x, y) lies on it, and d (if present) is in [1, n-1] with d G = (x, y). On
     * curve25519 (Montgomery) x and d are 32-byte RFC 7748 strings and x = X25519(d, 9); y is unused.
     */
    private static void ecc(VectorKey key, List<String> problems) {
        KeyMaterial k = key.material();
        Optional<NamedCurve> named = EccCurveTable.of(key);
        if (named.isEmpty()) {
            problems.add(k.curve() != null ? "curve '" + k.curve() + "' is no CNG curve"
                    : "keyBits " + key.keyBits() + " names no NIST curve");
            return;
        }
        NamedCurve curve = named.get();
        if (key.keyBits() != curve.fieldBits()) {
            problems.add("keyBits " + key.keyBits() + " is not the " + curve.fieldBits() + " bits of " + curve.name());
        }
        if (curve.form() == NamedCurve.Form.MONTGOMERY) {
            montgomery(curve, k, problems);
            return;
        }
        PrimeCurve arithmetic = PrimeCurve.of(curve);
        PrimeCurve.Point q = new PrimeCurve.Point(k.number("x"), k.number("y"));
        if (!arithmetic.isOnCurve(q)) {
            problems.add("(x, y) is not a point of " + curve.name());
            return;
        }
        if (!k.has("d")) {
            return;
        }
        BigInteger d = k.number("d");
        if (!arithmetic.isScalar(d)) {
            problems.add("d is not in [1, n-1]");
        } else if (!arithmetic.multiply(arithmetic.generator(), d).equals(q)) {
            problems.add("(x, y) is not d G");
        }
    }

    /** x and d fit the curve's field bytes; with d, x is X25519(d, base point). */
    private static void montgomery(NamedCurve curve, KeyMaterial k, List<String> problems) {
        int length = curve.fieldBytes();
        BigInteger x = k.number("x");
        if (Mismatches.minimalLength(x) > length) {
            problems.add("x is longer than " + length + " bytes");
            return;
        }
        if (!k.has("d")) {
            return;
        }
        BigInteger d = k.number("d");
        if (Mismatches.minimalLength(d) > length) {
            problems.add("d is longer than " + length + " bytes");
        } else if (!Arrays.equals(curve.montgomery().publicKey(fixed(d, length)), fixed(x, length))) {
            problems.add("x is not X25519(d, 9)");
        }
    }

    /** {@code v} as exactly {@code length} big-endian bytes (v fits). */
    private static byte[] fixed(BigInteger v, int length) {
        byte[] out = new byte[length];
        byte[] raw = v.toByteArray();
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
        return out;
    }

    /**
     * p has keyBits bits; q divides p - 1; g generates the order-q subgroup (1 < g < p, g^q = 1 mod p); y is in it,
     * and y = g^x mod p with 1 <= x < q when x is present; count has 4 bytes and, in a key of up to 1024 bits (V1
     * blob), the seed 20. p and q must exceed 1 before any of the modular relations is tested.
     */
    private static void dsa(VectorKey key, List<String> problems) {
        KeyMaterial k = key.material();
        BigInteger p = k.number("p");
        BigInteger q = k.number("q");
        BigInteger g = k.number("g");
        BigInteger y = k.number("y");
        if (p.bitLength() != key.keyBits()) {
            problems.add("p has " + p.bitLength() + " bits, keyBits says " + key.keyBits());
        }
        if (p.compareTo(BigInteger.ONE) <= 0) {
            problems.add("p is not greater than 1");
            return;
        }
        if (q.compareTo(BigInteger.ONE) <= 0) {
            problems.add("q is not greater than 1");
            return;
        }
        if (!p.subtract(BigInteger.ONE).mod(q).equals(BigInteger.ZERO)) {
            problems.add("q does not divide p - 1");
            return;
        }
        if (g.compareTo(BigInteger.ONE) <= 0 || g.compareTo(p) >= 0 || !g.modPow(q, p).equals(BigInteger.ONE)) {
            problems.add("g does not generate a subgroup of order q");
        }
        if (!y.modPow(q, p).equals(BigInteger.ONE)) {
            problems.add("y is not in the subgroup of order q");
        }
        if (k.has("x")) {
            BigInteger x = k.number("x");
            if (x.signum() <= 0 || x.compareTo(q) >= 0 || !g.modPow(x, p).equals(y)) {
                problems.add("y is not g^x mod p with 1 <= x < q");
            }
        }
        if (k.component("count").length != 4) {
            problems.add("count is not 4 bytes");
        }
        if (key.keyBits() <= 1024 && k.component("seed").length != 20) {
            problems.add("the seed of a key of up to 1024 bits is not 20 bytes");
        }
    }

    /**
     * p has keyBits bits and is odd; 1 < g < p - 1; 1 < y < p - 1; y = g^x mod p when x is present. p must exceed
     * 1 before the modular relation is tested.
     */
    private static void dh(VectorKey key, List<String> problems) {
        KeyMaterial k = key.material();
        BigInteger p = k.number("p");
        BigInteger pMinusOne = p.subtract(BigInteger.ONE);
        BigInteger g = k.number("g");
        BigInteger y = k.number("y");
        if (p.bitLength() != key.keyBits() || !p.testBit(0)) {
            problems.add("p is not an odd number of " + key.keyBits() + " bits");
        }
        if (p.compareTo(BigInteger.ONE) <= 0) {
            problems.add("p is not greater than 1");
            return;
        }
        if (g.compareTo(BigInteger.ONE) <= 0 || g.compareTo(pMinusOne) >= 0) {
            problems.add("g is not in [2, p-2]");
        }
        if (y.compareTo(BigInteger.ONE) <= 0 || y.compareTo(pMinusOne) >= 0) {
            problems.add("y is not in [2, p-2]");
        }
        if (k.has("x")) {
            BigInteger x = k.number("x");
            if (x.signum() <= 0 || x.compareTo(pMinusOne) >= 0 || !g.modPow(x, p).equals(y)) {
                problems.add("y is not g^x mod p with 0 < x < p-1");
            }
        }
    }

    /**
     * n has keyBits bits and e is odd and at least 3; with primes: n = p q, and the private relations (e d = 1 mod
     * lcm(p-1, q-1), dp, dq, qinv) once p and q are distinct numbers greater than 1 and q is invertible mod p.
     */
    private static void rsa(VectorKey key, List<String> problems) {
        KeyMaterial k = key.material();
        BigInteger n = k.number("n");
        BigInteger e = k.number("e");
        if (n.bitLength() != key.keyBits()) {
            problems.add("n has " + n.bitLength() + " bits, keyBits says " + key.keyBits());
        }
        if (!e.testBit(0) || e.compareTo(BigInteger.valueOf(3)) < 0) {
            problems.add("e is not an odd number of at least 3");
        }
        if (!k.has("p")) {
            return;
        }
        BigInteger p = k.number("p");
        BigInteger q = k.number("q");
        if (!p.multiply(q).equals(n)) {
            problems.add("n is not p q");
        }
        boolean primesUsable = true;
        if (p.compareTo(BigInteger.ONE) <= 0) {
            problems.add("p is not greater than 1");
            primesUsable = false;
        }
        if (q.compareTo(BigInteger.ONE) <= 0) {
            problems.add("q is not greater than 1");
            primesUsable = false;
        }
        if (primesUsable && p.equals(q)) {
            problems.add("p equals q");
            primesUsable = false;
        }
        if (!primesUsable) {
            return;
        }
        if (!k.has("d")) {
            if (e.signum() <= 0 || !lambda(p, q).gcd(e).equals(BigInteger.ONE)) {
                problems.add("e has no inverse modulo lcm(p-1, q-1)");
            }
            return;
        }
        BigInteger d = k.number("d");
        if (!isRsaPrivateExponent(e, d, p, q)) {
            problems.add("d is not a private exponent of (n, e): e d != 1 mod lcm(p-1, q-1)");
        }
        if (!k.number("dp").equals(d.mod(p.subtract(BigInteger.ONE)))) {
            problems.add("dp is not d mod (p-1)");
        }
        if (!k.number("dq").equals(d.mod(q.subtract(BigInteger.ONE)))) {
            problems.add("dq is not d mod (q-1)");
        }
        if (!q.gcd(p).equals(BigInteger.ONE)) {
            problems.add("q has no inverse modulo p");
        } else if (!k.number("qinv").equals(q.modInverse(p))) {
            problems.add("qinv is not q^-1 mod p");
        }
    }

    /**
     * Whether {@code d} (0 < d < p q) inverts {@code e} modulo lcm(p-1, q-1), the test every valid d passes. False,
     * never an exception, when p or q is not greater than 1 (there is no such modulus then).
     */
    public static boolean isRsaPrivateExponent(BigInteger e, BigInteger d, BigInteger p, BigInteger q) {
        if (p.compareTo(BigInteger.ONE) <= 0 || q.compareTo(BigInteger.ONE) <= 0) {
            return false;
        }
        return d.signum() > 0 && d.compareTo(p.multiply(q)) < 0
                && e.multiply(d).mod(lambda(p, q)).equals(BigInteger.ONE);
    }

    /**
     * Carmichael's function of p q: lcm(p-1, q-1).
     *
     * @throws ArithmeticException if p or q is not greater than 1 (lcm(p-1, q-1) would be 0 or negative)
     */
    public static BigInteger lambda(BigInteger p, BigInteger q) {
        if (p.compareTo(BigInteger.ONE) <= 0 || q.compareTo(BigInteger.ONE) <= 0) {
            throw new ArithmeticException("lcm(p-1, q-1) needs p and q greater than 1");
        }
        BigInteger p1 = p.subtract(BigInteger.ONE);
        BigInteger q1 = q.subtract(BigInteger.ONE);
        return p1.divide(p1.gcd(q1)).multiply(q1);
    }

    /** The bytes without leading zero bytes (one zero byte for zero): the form key material keeps numbers in. */
    public static byte[] unsigned(byte[] bigEndian) {
        int start = 0;
        while (start < bigEndian.length - 1 && bigEndian[start] == 0) {
            start++;
        }
        return Arrays.copyOfRange(bigEndian, start, bigEndian.length);
    }
}
