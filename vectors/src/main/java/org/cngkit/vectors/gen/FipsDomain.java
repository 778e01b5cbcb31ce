package org.cngkit.vectors.gen;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * DSA domain parameters rebuilt from their generation record (domain parameter seed and counter), by an
 * implementation of the FIPS procedures of its own. The generator keeps only the record of each domain (found once
 * by Bouncy Castle's generator, {@link DsaDomainSearch}) and rebuilds p and q here on every run: that is both the
 * proof that the Count and Seed written into a DSA blob are the real ones and much faster than searching again
 * (the 3072-bit search tries over a thousand candidates). The p candidate of the recorded counter is evaluated
 * directly: the offset grows by n + 1 per counter value.
 *
 * <ul>
 *   <li>FIPS 186-2 Appendix 2.2 (L up to 1024, N = 160, SHA-1, seed of 160 bits):
 *       q = (SHA1(SEED) xor SHA1(SEED + 1)) or 2^159 or 1; the offset starts at 2.</li>
 *   <li>FIPS 186-3 Appendix A.1.1.2 (with SHA-256 here): U = SHA256(seed) mod 2^(N-1),
 *       q = 2^(N-1) + U + 1 - (U mod 2); the offset starts at 1.</li>
 * </ul>
 * In both, with L - 1 = n outlen + b: W = V_0 + V_1 2^outlen + ... + (V_n mod 2^b) 2^(n outlen),
 * V_j = Hash((seed + offset + j) mod 2^seedlen), X = W + 2^(L-1), p = X - (X mod 2q - 1).
 * The generator g is the canonical unverifiable one of FIPS 186-3 A.2.1: h^((p-1)/q) mod p for the smallest h from 2
 * that gives more than 1.
 */
final class FipsDomain {
    private FipsDomain() {
    }

    /** p, q and g of an L-bit FIPS 186-2 domain; fails unless p and q are prime. */
    static BigInteger[] fips186_2(int l, byte[] seed, int counter) {
        BigInteger s = new BigInteger(1, seed);
        int seedBits = seed.length * 8;
        BigInteger u = hash("SHA-1", s, seedBits).xor(hash("SHA-1", s.add(BigInteger.ONE), seedBits));
        BigInteger q = u.setBit(159).setBit(0);
        return domain(candidate("SHA-1", s, seedBits, l, q, 2, counter), q);
    }

    /** p, q and g of an L-bit FIPS 186-3 domain with an N-bit q and SHA-256; fails unless p and q are prime. */
    static BigInteger[] fips186_3(int l, int n, byte[] seed, int counter) {
        BigInteger s = new BigInteger(1, seed);
        int seedBits = seed.length * 8;
        BigInteger u = hash("SHA-256", s, seedBits).mod(BigInteger.ONE.shiftLeft(n - 1));
        BigInteger q = BigInteger.ONE.shiftLeft(n - 1).add(u).add(BigInteger.ONE).subtract(u.mod(BigInteger.TWO));
        return domain(candidate("SHA-256", s, seedBits, l, q, 1, counter), q);
    }

    private static BigInteger[] domain(BigInteger p, BigInteger q) {
        if (!q.isProbablePrime(100) || !p.isProbablePrime(80) || p.bitLength() < 512) {
            throw new IllegalStateException("the generation record does not give a prime p and q");
        }
        BigInteger exponent = p.subtract(BigInteger.ONE).divide(q);
        for (BigInteger h = BigInteger.TWO; ; h = h.add(BigInteger.ONE)) {
            BigInteger g = h.modPow(exponent, p);
            if (g.compareTo(BigInteger.ONE) > 0) {
                return new BigInteger[] {p, q, g};
            }
        }
    }

    private static BigInteger candidate(String digest, BigInteger seed, int seedBits, int l, BigInteger q,
                                        int firstOffset, int counter) {
        int outlen = "SHA-1".equals(digest) ? 160 : 256;
        int n = (l - 1) / outlen;
        int b = (l - 1) - n * outlen;
        BigInteger offset = BigInteger.valueOf(firstOffset).add(BigInteger.valueOf((long) counter * (n + 1)));
        BigInteger w = BigInteger.ZERO;
        for (int j = 0; j <= n; j++) {
            BigInteger v = hash(digest, seed.add(offset).add(BigInteger.valueOf(j)), seedBits);
            if (j == n) {
                v = v.mod(BigInteger.ONE.shiftLeft(b));
            }
            w = w.add(v.shiftLeft(j * outlen));
        }
        BigInteger x = w.add(BigInteger.ONE.shiftLeft(l - 1));
        return x.subtract(x.mod(q.shiftLeft(1)).subtract(BigInteger.ONE));
    }

    /** Hash of {@code value mod 2^seedBits} written in seedBits / 8 big-endian bytes, read as a number. */
    private static BigInteger hash(String digest, BigInteger value, int seedBits) {
        try {
            byte[] in = BlobBuilder.bigEndian(value.mod(BigInteger.ONE.shiftLeft(seedBits)), seedBits / 8);
            return new BigInteger(1, MessageDigest.getInstance(digest).digest(in));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(digest + " is required of every JDK", e);
        }
    }
}
