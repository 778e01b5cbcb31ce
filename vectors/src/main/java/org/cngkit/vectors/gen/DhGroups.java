package org.cngkit.vectors.gen;

import java.math.BigInteger;
import java.util.List;
import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.params.DHParameters;

/**
 * The published finite-field Diffie-Hellman groups the DH vectors use, all with generator 2. Each prime is built
 * from the formula its RFC states, with the RFC's constant, and must equal Bouncy Castle's transcription of the
 * RFC's hex (DHStandardGroups): two sources that agree.
 *
 * <ul>
 *   <li>RFC 2409 section 6.1 / 6.2 and RFC 3526 sections 2, 3, 5 (MODP groups):
 *       p = 2^n - 2^(n-64) - 1 + 2^64 ([2^(n-130) pi] + k).</li>
 *   <li>RFC 7919 appendix A.1 / A.2 (ffdhe groups): p = 2^b - 2^(b-64) + ([2^(b-130) e] + X) 2^64 - 1.</li>
 * </ul>
 */
final class DhGroups {
    /**
     * One group.
     *
     * @param source    source.name of the vector group
     * @param published the RFC's publication month, source.version
     * @param ref       the RFC section
     * @param name      a short name for comments and seeds
     * @param prime     p
     */
    record Group(String source, String published, String ref, String name, BigInteger prime) {
        BigInteger generator() {
            return BigInteger.TWO;
        }

        int bits() {
            return prime.bitLength();
        }
    }

    private DhGroups() {
    }

    static List<Group> all() {
        return List.of(
                modp("rfc2409", "RFC 2409 section 6.1 (First Oakley Group)", "modp768", 768, 149686, DHStandardGroups.rfc2409_768),
                modp("rfc2409", "RFC 2409 section 6.2 (Second Oakley Group)", "modp1024", 1024, 129093, DHStandardGroups.rfc2409_1024),
                modp("rfc3526", "RFC 3526 section 2 (1536-bit MODP Group)", "modp1536", 1536, 741804, DHStandardGroups.rfc3526_1536),
                modp("rfc3526", "RFC 3526 section 3 (2048-bit MODP Group)", "modp2048", 2048, 124476, DHStandardGroups.rfc3526_2048),
                ffdhe("RFC 7919 appendix A.1 (ffdhe2048)", "ffdhe2048", 2048, 560316, DHStandardGroups.rfc7919_ffdhe2048),
                ffdhe("RFC 7919 appendix A.2 (ffdhe3072)", "ffdhe3072", 3072, 2625351, DHStandardGroups.rfc7919_ffdhe3072),
                modp("rfc3526", "RFC 3526 section 5 (4096-bit MODP Group)", "modp4096", 4096, 240904, DHStandardGroups.rfc3526_4096));
    }

    /**
     * The first k of the 512-bit search: no k below it makes the formula a safe prime ({@code DhGroupsTest} checks
     * this on every build).
     */
    static final int FORMULA_512_K = 131;

    /**
     * A 512-bit group for the smallest DH key size (BCryptGenerateKeyPair: 512 to 4096 bits), which no RFC publishes:
     * the MODP formula of RFC 2409 section 6 / RFC 3526 at n = 512, p = 2^512 - 2^448 - 1 + 2^64 ([2^382 pi] + k),
     * with the smallest k (131) that makes p and (p - 1) / 2 prime, as the RFCs chose theirs. p = 7 mod 8, so 2 is a
     * square and generates the subgroup of prime order (p - 1) / 2. cngkit's construction: there is no published
     * constant to compare it with, so the generator tests p and (p - 1) / 2 for primality instead.
     */
    static Group formula512() {
        BigInteger p = formulaPrime(512, FORMULA_512_K);
        if (!p.isProbablePrime(100) || !p.subtract(BigInteger.ONE).shiftRight(1).isProbablePrime(100)) {
            throw new IllegalStateException("the 512-bit formula group is not a safe prime");
        }
        return new Group("cngkit-vectorgen", VectorGenerator.VERSION,
                "RFC 2409 section 6 MODP formula at n = 512 with the smallest k giving a safe prime (k = " + FORMULA_512_K
                        + "); no published 512-bit group", "modp512-formula", p);
    }

    /** 2^n - 2^(n-64) - 1 + 2^64 ([2^(n-130) pi] + k), the MODP formula of RFC 2409 section 6 and RFC 3526. */
    static BigInteger formulaPrime(int n, int k) {
        return BigInteger.ONE.shiftLeft(n).subtract(BigInteger.ONE.shiftLeft(n - 64)).subtract(BigInteger.ONE)
                .add(pi(n - 130).add(BigInteger.valueOf(k)).shiftLeft(64));
    }

    private static Group modp(String source, String ref, String name, int n, int k, DHParameters transcribed) {
        BigInteger p = formulaPrime(n, k);
        return checked(new Group(source, "rfc2409".equals(source) ? "1998-11" : "2003-05", ref, name, p), transcribed);
    }

    private static Group ffdhe(String ref, String name, int b, int x, DHParameters transcribed) {
        BigInteger p = BigInteger.ONE.shiftLeft(b).subtract(BigInteger.ONE.shiftLeft(b - 64))
                .add(e(b - 130).add(BigInteger.valueOf(x)).shiftLeft(64)).subtract(BigInteger.ONE);
        return checked(new Group("rfc7919", "2016-08", ref, name, p), transcribed);
    }

    private static Group checked(Group group, DHParameters transcribed) {
        if (!group.prime().equals(transcribed.getP()) || !transcribed.getG().equals(BigInteger.TWO)) {
            throw new IllegalStateException(group.ref() + ": the formula and Bouncy Castle's constant disagree");
        }
        return group;
    }

    /** [2^bits pi], from Machin's formula pi = 16 atan(1/5) - 4 atan(1/239) in fixed point with 64 guard bits. */
    static BigInteger pi(int bits) {
        BigInteger one = BigInteger.ONE.shiftLeft(bits + 64);
        return atanInverse(5, one).shiftLeft(4).subtract(atanInverse(239, one).shiftLeft(2)).shiftRight(64);
    }

    /** [2^bits e], from e = sum 1/k! in fixed point with 64 guard bits. */
    static BigInteger e(int bits) {
        BigInteger term = BigInteger.ONE.shiftLeft(bits + 64);
        BigInteger sum = BigInteger.ZERO;
        for (int k = 1; term.signum() > 0; k++) {
            sum = sum.add(term);
            term = term.divide(BigInteger.valueOf(k));
        }
        return sum.shiftRight(64);
    }

    private static BigInteger atanInverse(int x, BigInteger one) {
        BigInteger xx = BigInteger.valueOf((long) x * x);
        BigInteger power = one.divide(BigInteger.valueOf(x));
        BigInteger sum = BigInteger.ZERO;
        for (int n = 1, sign = 1; power.signum() > 0; n += 2, sign = -sign) {
            BigInteger term = power.divide(BigInteger.valueOf(n));
            sum = sign > 0 ? sum.add(term) : sum.subtract(term);
            power = power.divide(xx);
        }
        return sum;
    }
}
