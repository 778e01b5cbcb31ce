package org.cngkit.reference;

import java.math.BigInteger;
import java.util.Optional;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.NtStatus;

/**
 * An RSA key: public (n, e) and, for a key pair, the primes p and q and the private exponent d. When the caller
 * gave no d (an RSAPRIVATEBLOB import, a generated key), d is e^-1 mod lcm(p-1, q-1), as CNG's own keys carry
 * it; a d given in an RSAFULLPRIVATEBLOB is kept as given, so the blob exports again byte for byte.
 */
final class RsaKey implements Key {
    private final RsaAlgorithm algorithm;
    private final int bits;
    private final BigInteger n;
    private final BigInteger e;
    private final BigInteger p;
    private final BigInteger q;
    private final BigInteger d;

    private RsaKey(RsaAlgorithm algorithm, int bits, BigInteger n, BigInteger e, BigInteger p, BigInteger q,
                   BigInteger d) {
        this.algorithm = algorithm;
        this.bits = bits;
        this.n = n;
        this.e = e;
        this.p = p;
        this.q = q;
        this.d = d;
    }

    /**
     * Whether a modulus of {@code bits} bits is one this provider takes at all: 512 to 16384 bits, the range of
     * BCryptGenerateKeyPair. Every reader asks this before it reads a number, so no arithmetic runs on a size
     * outside it.
     */
    static boolean sizeAllowed(long bits) {
        return bits >= RsaAlgorithm.MIN_BITS && bits <= RsaAlgorithm.MAX_BITS;
    }

    /**
     * A key from blob numbers; {@code p}, {@code q} null for a public key, {@code crt} (Exponent1, Exponent2,
     * Coefficient, PrivateExponent) null unless the blob was a full private one. These are the RSA checks of every
     * reader, CNG and CryptoAPI alike. Refused with STATUS_INVALID_PARAMETER when the size is outside
     * {@link #sizeAllowed}, n does not have exactly {@code bits} bits or is even, e is not odd, at least 3 and
     * below n; for a key pair when p or q is not an odd number above 2, p = q, gcd(p, q) is not 1, n is not p q,
     * e has no inverse, or the CRT values and d are not those of the key. The primes are not tested for primality
     * (that would cost seconds per large key); with these checks every blob type the key claims can carry it.
     */
    static Outcome<RsaKey> of(int bits, BigInteger n, BigInteger e, BigInteger p, BigInteger q, BigInteger[] crt) {
        if (!sizeAllowed(bits) || n.bitLength() != bits || !n.testBit(0) || !e.testBit(0)
                || e.compareTo(BigInteger.valueOf(3)) < 0 || e.compareTo(n) >= 0) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        if (p == null) {
            return Outcome.of(new RsaKey(RsaAlgorithm.RSA, bits, n, e, null, null, null));
        }
        BigInteger one = BigInteger.ONE;
        BigInteger two = BigInteger.TWO;
        if (p.compareTo(two) <= 0 || q.compareTo(two) <= 0 || !p.testBit(0) || !q.testBit(0) || p.equals(q)
                || !p.multiply(q).equals(n) || !p.gcd(q).equals(one)) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        BigInteger lambda = lambda(p, q);
        if (!e.gcd(lambda).equals(one)) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        BigInteger d = e.modInverse(lambda);
        if (crt != null) {
            BigInteger given = crt[3];
            boolean valid = given.signum() > 0 && given.compareTo(n) < 0 && e.multiply(given).mod(lambda).equals(one)
                    && crt[0].equals(given.mod(p.subtract(one))) && crt[1].equals(given.mod(q.subtract(one)))
                    && crt[2].equals(q.modInverse(p));
            if (!valid) {
                return Outcome.refused(NtStatus.INVALID_PARAMETER);
            }
            d = given;
        }
        return Outcome.of(new RsaKey(RsaAlgorithm.RSA, bits, n, e, p, q, d));
    }

    static BigInteger lambda(BigInteger p, BigInteger q) {
        BigInteger p1 = p.subtract(BigInteger.ONE);
        BigInteger q1 = q.subtract(BigInteger.ONE);
        return p1.divide(p1.gcd(q1)).multiply(q1);
    }

    /** The same key, opened under {@code other} (RSA or RSA_SIGN, which share every blob). */
    RsaKey under(RsaAlgorithm other) {
        return new RsaKey(other, bits, n, e, p, q, d);
    }

    @Override
    public RsaAlgorithm algorithm() {
        return algorithm;
    }

    int bits() {
        return bits;
    }

    BigInteger n() {
        return n;
    }

    BigInteger e() {
        return e;
    }

    BigInteger p() {
        return p;
    }

    BigInteger q() {
        return q;
    }

    BigInteger d() {
        return d;
    }

    boolean hasPrivatePart() {
        return p != null;
    }

    /**
     * RSAPUBLICBLOB and PUBLICBLOB write RSA1; RSAPRIVATEBLOB and PRIVATEBLOB RSA2 (the generic private blob
     * holds the primes only, as Windows was seen to export it); RSAFULLPRIVATEBLOB RSA3. A private blob of a
     * public key is STATUS_INVALID_PARAMETER, as on Windows.
     */
    @Override
    public Optional<KeyBlobWriter> blobWriter(String blobType) {
        return switch (blobType) {
            case BlobTypes.RSA_PUBLIC, BlobTypes.PUBLIC_KEY -> Optional.of(writer(RsaKeyBlob.RSA1));
            case BlobTypes.RSA_PRIVATE, BlobTypes.PRIVATE_KEY -> Optional.of(writer(RsaKeyBlob.RSA2));
            case BlobTypes.RSA_FULL_PRIVATE -> Optional.of(writer(RsaKeyBlob.RSA3));
            case BlobTypes.LEGACY_RSA_PUBLIC, BlobTypes.LEGACY_RSA_PRIVATE -> Optional.of(legacyWriter(
                    blobType.equals(BlobTypes.LEGACY_RSA_PRIVATE)));
            default -> Optional.empty();
        };
    }

    /**
     * LEGACY_RSAPUBLIC_BLOB / LEGACY_RSAPRIVATE_BLOB (CryptoAPI RSA1 / RSA2, see {@link CapiKeyBlob}). A key the
     * layout cannot carry ({@link CapiKeyBlob#fitsRsa}: e over 32 bits, a modulus or a prime wider than its field)
     * has no such blob: STATUS_INVALID_PARAMETER, cngkit's choice where the page gives no status.
     */
    private KeyBlobWriter legacyWriter(boolean isPrivate) {
        return wrappingKey -> (isPrivate && !hasPrivatePart()) || !CapiKeyBlob.fitsRsa(this, isPrivate)
                ? Outcome.refused(NtStatus.INVALID_PARAMETER)
                : Outcome.of(CapiKeyBlob.writeRsa(this, isPrivate));
    }

    private KeyBlobWriter writer(int magic) {
        return wrappingKey -> magic != RsaKeyBlob.RSA1 && !hasPrivatePart()
                ? Outcome.refused(NtStatus.INVALID_PARAMETER)
                : Outcome.of(RsaKeyBlob.write(this, magic));
    }

    @Override
    public String toString() {
        return "RsaKey[" + algorithm.id() + ", " + bits + " bits, " + (hasPrivatePart() ? "key pair" : "public") + "]";
    }
}
