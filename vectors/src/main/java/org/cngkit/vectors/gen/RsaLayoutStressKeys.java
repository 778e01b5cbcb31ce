package org.cngkit.vectors.gen;

import java.math.BigInteger;
import org.cngkit.vectors.gen.RsaKeyBlobWriter.RsaKey;

/**
 * RSA keys shaped to break lazy blob writers, built from the seeded stream (no key generator): primes of unequal
 * length, and a key whose every padded field (Exponent1, Exponent2, Coefficient, PrivateExponent) starts with a
 * zero byte. Each prime is the first probable prime at or after a candidate taken from the stream, its two top
 * bits and its low bit set (so two such primes multiply to exactly the sum of their lengths).
 */
final class RsaLayoutStressKeys {
    private static final BigInteger ONE = BigInteger.ONE;

    private RsaLayoutStressKeys() {
    }

    /** p of {@code bitsP} and q of {@code bitsQ} bits from the stream of {@code seed}, e = 65537. */
    static RsaKey unequalPrimes(int bitsP, int bitsQ, String seed) {
        SeededBytes stream = new SeededBytes(seed);
        BigInteger e = BigInteger.valueOf(65537);
        while (true) {
            BigInteger p = prime(stream, bitsP);
            BigInteger q = prime(stream, bitsQ);
            if (coprime(e, p) && coprime(e, q)) {
                return RsaKey.of(p, q, e);
            }
        }
    }

    /**
     * A key of {@code bits} bits (two primes of half the length) whose Exponent1, Exponent2, Coefficient and
     * PrivateExponent all have fewer significant bytes than their fields. p - 1 and q - 1 share a 24-bit prime
     * factor r, so lcm(p-1, q-1) &lt; n / 2^24 and d (as long as the modulus) begins with zero bytes; q is drawn
     * until q^-1 mod p is a byte shorter than p, then e runs up from 65537 until d mod (p-1) and d mod (q-1) are a
     * byte shorter than their primes.
     */
    static RsaKey leadingZeroFields(int bits, String seed) {
        SeededBytes stream = new SeededBytes(seed);
        int half = bits / 2;
        BigInteger r = prime(stream, 24);
        BigInteger p = primeWithFactor(stream, half, r);
        BigInteger q;
        do {
            q = primeWithFactor(stream, half, r);
        } while (q.equals(p) || !shortOf(q.modInverse(p), p));
        BigInteger p1 = p.subtract(ONE);
        BigInteger q1 = q.subtract(ONE);
        for (BigInteger e = BigInteger.valueOf(65537); ; e = e.add(BigInteger.TWO)) {
            if (coprime(e, p) && coprime(e, q) && shortOf(e.modInverse(p1), p) && shortOf(e.modInverse(q1), q)) {
                RsaKey key = RsaKey.of(p, q, e);
                if (key.bits() != bits || !shortOf(key.d(), key.n())) {
                    throw new IllegalStateException("the construction of the leading-zero RSA key failed");
                }
                return key;
            }
        }
    }

    /** Whether {@code value} needs fewer bytes than {@code field}'s minimal length. */
    private static boolean shortOf(BigInteger value, BigInteger field) {
        return (value.bitLength() + 7) / 8 < (field.bitLength() + 7) / 8;
    }

    private static boolean coprime(BigInteger e, BigInteger prime) {
        return e.gcd(prime.subtract(ONE)).equals(ONE);
    }

    /** The first probable prime at or after a stream candidate of exactly {@code bits} bits, top two bits set. */
    private static BigInteger prime(SeededBytes stream, int bits) {
        while (true) {
            BigInteger p = topBitsSet(stream, bits).setBit(0).nextProbablePrime();
            if (p.bitLength() == bits && p.testBit(bits - 2)) {
                return p;
            }
        }
    }

    /** A prime p = 2 r a + 1 of {@code bits} bits with its top two bits set, a drawn from the stream. */
    private static BigInteger primeWithFactor(SeededBytes stream, int bits, BigInteger r) {
        BigInteger twoR = r.shiftLeft(1);
        while (true) {
            BigInteger p = topBitsSet(stream, bits).divide(twoR).multiply(twoR).add(ONE);
            if (p.bitLength() == bits && p.testBit(bits - 2) && p.isProbablePrime(100)) {
                return p;
            }
        }
    }

    private static BigInteger topBitsSet(SeededBytes stream, int bits) {
        BigInteger candidate = new BigInteger(1, stream.next((bits + 7) / 8));
        return candidate.mod(ONE.shiftLeft(bits)).setBit(bits - 1).setBit(bits - 2);
    }
}
