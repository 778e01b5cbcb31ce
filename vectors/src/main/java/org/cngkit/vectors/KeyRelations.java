package org.cngkit.vectors;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    /** Keys already evaluated: the same vector key is checked by many scenarios, and an EC check costs a scalar multiplication. */
    private static final int REMEMBERED = 4096;
    private static final java.util.Map<VectorKey, List<KeyRelation>> EVALUATED = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<VectorKey, List<KeyRelation>> eldest) {
                    return size() > REMEMBERED;
                }
            });

    private KeyRelations() {
    }

    /** Every relation the key breaks; empty when it is consistent. Never throws on the key's numbers. */
    public static List<String> violations(VectorKey key) {
        return evaluate(key).stream().filter(r -> !r.holds()).map(KeyRelation::violation).toList();
    }

    /**
     * Every relation tested on the key, in order, with its result: what {@code cngkit inspect} lists. A relation
     * whose precondition failed (q does not divide p - 1, so g cannot generate the subgroup) is not listed; the
     * failed precondition is. Never throws on the key's numbers.
     */
    public static List<KeyRelation> evaluate(VectorKey key) {
        return OracleClock.time(() -> {
            List<KeyRelation> known = EVALUATED.get(key);
            if (known != null) {
                return known;
            }
            List<KeyRelation> found = evaluateNow(key);
            EVALUATED.put(key, found);
            return found;
        });
    }

    private static List<KeyRelation> evaluateNow(VectorKey key) {
        Findings problems = new Findings();
        String family = family(key.algorithm());
        try {
            switch (family) {
                case "RSA" -> rsa(key, problems);
                case "ECC" -> ecc(key, problems);
                case "DSA" -> dsa(key, problems);
                case "DH" -> dh(key, problems);
                case "ML-KEM" -> mlKem(key, problems);
                default -> {
                }
            }
        } catch (ArithmeticException e) {
            // Last line of defence: the checks validate their preconditions first, so this is a missed one.
            // BigInteger's messages name the operation (divide by zero, modulus not positive...), never a value.
            problems.fail("the numbers form a " + family + " key", "the key's numbers are not a valid " + family + " key ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
        return problems.list();
    }

    /** The relations tested so far, passed and failed. */
    private static final class Findings {
        private final List<KeyRelation> tested = new ArrayList<>();

        /** Records the relation; returns whether it holds. */
        boolean check(String relation, boolean holds, String violation) {
            tested.add(new KeyRelation(relation, holds, violation));
            return holds;
        }

        void fail(String relation, String violation) {
            check(relation, false, violation);
        }

        List<KeyRelation> list() {
            return List.copyOf(tested);
        }
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
    private static void ecc(VectorKey key, Findings problems) {
        KeyMaterial k = key.material();
        Optional<NamedCurve> named = EccCurveTable.of(key);
        if (!problems.check("the key names a CNG curve (its curve, else the NIST curve of keyBits)", named.isPresent(),
                k.curve() != null ? "curve '" + k.curve() + "' is no CNG curve" : "keyBits " + key.keyBits() + " names no NIST curve")) {
            return;
        }
        NamedCurve curve = named.get();
        problems.check("keyBits is the field size of " + curve.name() + " (" + curve.fieldBits() + ")",
                key.keyBits() == curve.fieldBits(),
                "keyBits " + key.keyBits() + " is not the " + curve.fieldBits() + " bits of " + curve.name());
        if (curve.form() == NamedCurve.Form.MONTGOMERY) {
            montgomery(curve, k, problems);
            return;
        }
        PrimeCurve arithmetic = PrimeCurve.of(curve);
        PrimeCurve.Point q = new PrimeCurve.Point(k.number("x"), k.number("y"));
        if (!problems.check("(x, y) is a point of " + curve.name(), arithmetic.isOnCurve(q),
                "(x, y) is not a point of " + curve.name()) || !k.has("d")) {
            return;
        }
        BigInteger d = k.number("d");
        if (problems.check("d is in [1, n-1]", arithmetic.isScalar(d), "d is not in [1, n-1]")) {
            problems.check("(x, y) = d G", arithmetic.multiply(arithmetic.generator(), d).equals(q), "(x, y) is not d G");
        }
    }

    /** x and d fit the curve's field bytes; with d, x is X25519(d, base point). */
    private static void montgomery(NamedCurve curve, KeyMaterial k, Findings problems) {
        int length = curve.fieldBytes();
        BigInteger x = k.number("x");
        if (!problems.check("x fits " + length + " bytes", Mismatches.minimalLength(x) <= length,
                "x is longer than " + length + " bytes") || !k.has("d")) {
            return;
        }
        BigInteger d = k.number("d");
        if (problems.check("d fits " + length + " bytes", Mismatches.minimalLength(d) <= length,
                "d is longer than " + length + " bytes")) {
            problems.check("x = X25519(d, 9) (RFC 7748)",
                    Arrays.equals(curve.montgomery().publicKey(fixed(d, length)), fixed(x, length)), "x is not X25519(d, 9)");
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
     * and y = g^x mod p with 1 <= x < q when x is present (without y, as in a CryptoAPI private blob: 1 <= x < q); count has 4 bytes and, in a key of up to 1024 bits (V1
     * blob), the seed 20. p and q must exceed 1 before any of the modular relations is tested.
     */
    private static void dsa(VectorKey key, Findings problems) {
        KeyMaterial k = key.material();
        BigInteger p = k.number("p");
        BigInteger q = k.number("q");
        BigInteger g = k.number("g");
        BigInteger y = k.has("y") ? k.number("y") : null; // a CryptoAPI DSS private blob carries x, not y
        problems.check("p has keyBits (" + key.keyBits() + ") bits", p.bitLength() == key.keyBits(),
                "p has " + p.bitLength() + " bits, keyBits says " + key.keyBits());
        if (!problems.check("p > 1", p.compareTo(BigInteger.ONE) > 0, "p is not greater than 1")
                || !problems.check("q > 1", q.compareTo(BigInteger.ONE) > 0, "q is not greater than 1")
                || !problems.check("q divides p - 1", p.subtract(BigInteger.ONE).mod(q).signum() == 0,
                        "q does not divide p - 1")) {
            return;
        }
        problems.check("g generates the subgroup of order q (1 < g < p, g^q = 1 mod p)",
                g.compareTo(BigInteger.ONE) > 0 && g.compareTo(p) < 0 && g.modPow(q, p).equals(BigInteger.ONE),
                "g does not generate a subgroup of order q");
        if (y != null) {
            problems.check("y is in the subgroup of order q (y^q = 1 mod p)", y.modPow(q, p).equals(BigInteger.ONE),
                    "y is not in the subgroup of order q");
        }
        if (k.has("x")) {
            BigInteger x = k.number("x");
            if (y == null) {
                problems.check("1 <= x < q", x.signum() > 0 && x.compareTo(q) < 0, "x is not in [1, q-1]");
            } else {
                problems.check("y = g^x mod p with 1 <= x < q",
                        x.signum() > 0 && x.compareTo(q) < 0 && g.modPow(x, p).equals(y), "y is not g^x mod p with 1 <= x < q");
            }
        }
        problems.check("count has 4 bytes", k.component("count").length == 4, "count is not 4 bytes");
        if (key.keyBits() <= 1024) {
            problems.check("the seed has 20 bytes (key of up to 1024 bits)", k.component("seed").length == 20,
                    "the seed of a key of up to 1024 bits is not 20 bytes");
        }
    }

    /**
     * p has keyBits bits and is odd; 1 < g < p - 1; 1 < y < p - 1; y = g^x mod p when x is present. p must exceed
     * 1 before the modular relation is tested.
     */
    private static void dh(VectorKey key, Findings problems) {
        KeyMaterial k = key.material();
        BigInteger p = k.number("p");
        BigInteger pMinusOne = p.subtract(BigInteger.ONE);
        BigInteger g = k.number("g");
        BigInteger y = k.number("y");
        problems.check("p is an odd number of keyBits (" + key.keyBits() + ") bits",
                p.bitLength() == key.keyBits() && p.testBit(0), "p is not an odd number of " + key.keyBits() + " bits");
        if (!problems.check("p > 1", p.compareTo(BigInteger.ONE) > 0, "p is not greater than 1")) {
            return;
        }
        problems.check("g is in [2, p-2]", g.compareTo(BigInteger.ONE) > 0 && g.compareTo(pMinusOne) < 0,
                "g is not in [2, p-2]");
        problems.check("y is in [2, p-2]", y.compareTo(BigInteger.ONE) > 0 && y.compareTo(pMinusOne) < 0,
                "y is not in [2, p-2]");
        if (k.has("x")) {
            BigInteger x = k.number("x");
            problems.check("y = g^x mod p with 0 < x < p-1",
                    x.signum() > 0 && x.compareTo(pMinusOne) < 0 && g.modPow(x, p).equals(y),
                    "y is not g^x mod p with 0 < x < p-1");
        }
    }

    /**
     * n has keyBits bits and e is odd and at least 3; with primes: n = p q, and the private relations (e d = 1 mod
     * lcm(p-1, q-1), dp, dq, qinv) once p and q are distinct numbers greater than 1 and q is invertible mod p.
     */
    private static void rsa(VectorKey key, Findings problems) {
        KeyMaterial k = key.material();
        BigInteger n = k.number("n");
        BigInteger e = k.number("e");
        problems.check("n has keyBits (" + key.keyBits() + ") bits", n.bitLength() == key.keyBits(),
                "n has " + n.bitLength() + " bits, keyBits says " + key.keyBits());
        problems.check("e is odd and at least 3", e.testBit(0) && e.compareTo(BigInteger.valueOf(3)) >= 0,
                "e is not an odd number of at least 3");
        if (!k.has("p")) {
            return;
        }
        BigInteger p = k.number("p");
        BigInteger q = k.number("q");
        problems.check("n = p q", p.multiply(q).equals(n), "n is not p q");
        boolean primesUsable = problems.check("p > 1", p.compareTo(BigInteger.ONE) > 0, "p is not greater than 1");
        primesUsable &= problems.check("q > 1", q.compareTo(BigInteger.ONE) > 0, "q is not greater than 1");
        if (!primesUsable || !problems.check("p != q", !p.equals(q), "p equals q")) {
            return;
        }
        if (!k.has("d")) {
            problems.check("e is invertible modulo lcm(p-1, q-1)",
                    e.signum() > 0 && lambda(p, q).gcd(e).equals(BigInteger.ONE), "e has no inverse modulo lcm(p-1, q-1)");
            return;
        }
        BigInteger d = k.number("d");
        problems.check("e d = 1 mod lcm(p-1, q-1)", isRsaPrivateExponent(e, d, p, q),
                "d is not a private exponent of (n, e): e d != 1 mod lcm(p-1, q-1)");
        problems.check("dp = d mod (p-1)", k.number("dp").equals(d.mod(p.subtract(BigInteger.ONE))),
                "dp is not d mod (p-1)");
        problems.check("dq = d mod (q-1)", k.number("dq").equals(d.mod(q.subtract(BigInteger.ONE))),
                "dq is not d mod (q-1)");
        if (problems.check("q is invertible modulo p", q.gcd(p).equals(BigInteger.ONE), "q has no inverse modulo p")) {
            problems.check("qinv = q^-1 mod p", k.number("qinv").equals(q.modInverse(p)), "qinv is not q^-1 mod p");
        }
    }

    /**
     * ML-KEM (FIPS 203): the checks a key holder can make without the seed. The encapsulation key ek is k encoded
     * polynomials of 12-bit coefficients followed by the 32-byte rho, and every coefficient is below q = 3329 (the
     * modulus check of section 7.2). The decapsulation key dk is dk_PKE (384 k bytes) || ek || H(ek) || z, with
     * H = SHA3-256 (the hash check of section 7.3), and the ek inside it passes the modulus check. When a key has
     * both, the ek inside dk is the public key. Sizes against the parameter set are the layout's, not repeated here.
     */
    private static void mlKem(VectorKey key, Findings problems) {
        KeyMaterial k = key.material();
        if (k.has(KeyMaterial.PUBLIC_KEY)) {
            byte[] ek = k.component(KeyMaterial.PUBLIC_KEY);
            problems.check("every coefficient of ek is below q = 3329 (FIPS 203 7.2)", mlKemCoefficientsReduced(ek),
                    "ek holds a coefficient of q = 3329 or more");
        }
        if (!k.has(KeyMaterial.PRIVATE_KEY)) {
            return;
        }
        byte[] dk = k.component(KeyMaterial.PRIVATE_KEY);
        int rank = (dk.length - 96) / 768;
        if (!problems.check("dk has 768 k + 96 bytes for k in {2, 3, 4}",
                rank >= 2 && rank <= 4 && dk.length == 768 * rank + 96, "dk has " + dk.length + " bytes, no ML-KEM size")) {
            return;
        }
        byte[] ekInside = Arrays.copyOfRange(dk, 384 * rank, 768 * rank + 32);
        byte[] hash = Arrays.copyOfRange(dk, 768 * rank + 32, 768 * rank + 64);
        problems.check("H(ek) inside dk is SHA3-256 of the ek inside dk (FIPS 203 7.3)",
                MessageDigest.isEqual(hash, sha3(ekInside)), "the H(ek) inside dk is not SHA3-256 of the ek inside dk");
        problems.check("every coefficient of the ek inside dk is below q = 3329", mlKemCoefficientsReduced(ekInside),
                "the ek inside dk holds a coefficient of q = 3329 or more");
        if (k.has(KeyMaterial.PUBLIC_KEY)) {
            problems.check("the ek inside dk is the public key", Arrays.equals(ekInside, k.component(KeyMaterial.PUBLIC_KEY)),
                    "the ek inside dk is not the public key");
        }
    }

    /** Whether every 12-bit coefficient of the encoded polynomials before ek's final 32-byte rho is below 3329. */
    private static boolean mlKemCoefficientsReduced(byte[] ek) {
        if (ek.length < 32 || (ek.length - 32) % 3 != 0) {
            return false;
        }
        for (int i = 0; i + 3 <= ek.length - 32; i += 3) {
            int b0 = ek[i] & 0xff;
            int b1 = ek[i + 1] & 0xff;
            int b2 = ek[i + 2] & 0xff;
            if ((b0 | (b1 & 0x0f) << 8) >= 3329 || (b1 >>> 4 | b2 << 4) >= 3329) {
                return false;
            }
        }
        return true;
    }

    private static byte[] sha3(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA3-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA3-256", e);
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
