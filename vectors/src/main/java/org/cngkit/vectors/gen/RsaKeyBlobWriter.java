package org.cngkit.vectors.gen;

import java.math.BigInteger;

/**
 * Writes BCRYPT_RSAKEY_BLOBs (blob-layouts digest 2.2): the 24-byte header (magic, BitLength, cbPublicExp,
 * cbModulus, cbPrime1, cbPrime2; little-endian u4), then big-endian numbers. The public exponent and the primes
 * take their minimal lengths, the modulus (BitLength + 7) / 8 bytes, the CRT values the length of their prime and
 * d the length of the modulus.
 */
final class RsaKeyBlobWriter {
    static final int RSA1 = 0x31415352;
    static final int RSA2 = 0x32415352;
    static final int RSA3 = 0x33415352;

    private RsaKeyBlobWriter() {
    }

    static byte[] publicBlob(RsaKey k) {
        return header(k, RSA1, 0, 0).build();
    }

    static byte[] privateBlob(RsaKey k) {
        return withPrimes(k, RSA2).build();
    }

    static byte[] fullPrivateBlob(RsaKey k) {
        int p = BlobBuilder.length(k.p());
        int q = BlobBuilder.length(k.q());
        return withPrimes(k, RSA3)
                .number(k.dp(), p).number(k.dq(), q).number(k.qinv(), p)
                .number(k.d(), modulusLength(k))
                .build();
    }

    private static BlobBuilder withPrimes(RsaKey k, int magic) {
        int p = BlobBuilder.length(k.p());
        int q = BlobBuilder.length(k.q());
        return header(k, magic, p, q).number(k.p(), p).number(k.q(), q);
    }

    private static BlobBuilder header(RsaKey k, int magic, int cbPrime1, int cbPrime2) {
        int e = BlobBuilder.length(k.e());
        return new BlobBuilder().u32(magic).u32(k.bits()).u32(e).u32(modulusLength(k)).u32(cbPrime1).u32(cbPrime2)
                .number(k.e(), e).number(k.n(), modulusLength(k));
    }

    private static int modulusLength(RsaKey k) {
        return (k.bits() + 7) / 8;
    }

    /** An RSA key pair with its CRT values; d follows the CNG convention e^-1 mod lcm(p-1, q-1). */
    record RsaKey(BigInteger n, BigInteger e, BigInteger p, BigInteger q, BigInteger dp, BigInteger dq,
                  BigInteger qinv, BigInteger d) {

        /** The key of primes p, q and exponent e, with d = e^-1 mod lcm(p-1, q-1). */
        static RsaKey of(BigInteger p, BigInteger q, BigInteger e) {
            BigInteger p1 = p.subtract(BigInteger.ONE);
            BigInteger q1 = q.subtract(BigInteger.ONE);
            BigInteger lambda = p1.divide(p1.gcd(q1)).multiply(q1);
            BigInteger d = e.modInverse(lambda);
            return new RsaKey(p.multiply(q), e, p, q, d.mod(p1), d.mod(q1), q.modInverse(p), d);
        }

        int bits() {
            return n.bitLength();
        }
    }
}
