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
    /** d mod (p-1), d mod (q-1), q^-1 mod p: computed once here, null for a public key. */
    private final BigInteger dp;
    private final BigInteger dq;
    private final BigInteger qInv;
    /** The writers of RSA1, RSA2, RSA3 and the CryptoAPI RSA1 / RSA2 blobs, each encoded once ({@link PrecomputedBlob}). */
    private final Optional<KeyBlobWriter> publicBlob;
    private final Optional<KeyBlobWriter> privateBlob;
    private final Optional<KeyBlobWriter> fullPrivateBlob;
    private final Optional<KeyBlobWriter> legacyPublicBlob;
    private final Optional<KeyBlobWriter> legacyPrivateBlob;

    private RsaKey(RsaAlgorithm algorithm, int bits, BigInteger n, BigInteger e, BigInteger p, BigInteger q,
                   BigInteger d) {
        this.algorithm = algorithm;
        this.bits = bits;
        this.n = n;
        this.e = e;
        this.p = p;
        this.q = q;
        this.d = d;
        if (p == null) {
            this.dp = null;
            this.dq = null;
            this.qInv = null;
        } else {
            this.dp = d.mod(p.subtract(BigInteger.ONE));
            this.dq = d.mod(q.subtract(BigInteger.ONE));
            this.qInv = q.modInverse(p);
        }
        this.publicBlob = PrecomputedBlob.of(RsaKeyBlob.write(this, RsaKeyBlob.RSA1));
        this.privateBlob = privateWriter(RsaKeyBlob.RSA2);
        this.fullPrivateBlob = privateWriter(RsaKeyBlob.RSA3);
        this.legacyPublicBlob = legacyWriter(false);
        this.legacyPrivateBlob = legacyWriter(true);
    }

    /** The same key under another algorithm: numbers and blobs are shared, nothing is computed again. */
    private RsaKey(RsaAlgorithm algorithm, RsaKey key) {
        this.algorithm = algorithm;
        this.bits = key.bits;
        this.n = key.n;
        this.e = key.e;
        this.p = key.p;
        this.q = key.q;
        this.d = key.d;
        this.dp = key.dp;
        this.dq = key.dq;
        this.qInv = key.qInv;
        this.publicBlob = key.publicBlob;
        this.privateBlob = key.privateBlob;
        this.fullPrivateBlob = key.fullPrivateBlob;
        this.legacyPublicBlob = key.legacyPublicBlob;
        this.legacyPrivateBlob = key.legacyPrivateBlob;
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
        return new RsaKey(other, this);
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

    /** d mod (p-1), CRT Exponent1; null for a public key. */
    BigInteger dp() {
        return dp;
    }

    /** d mod (q-1), CRT Exponent2; null for a public key. */
    BigInteger dq() {
        return dq;
    }

    /** q^-1 mod p, the CRT Coefficient; null for a public key. */
    BigInteger qInv() {
        return qInv;
    }

    boolean hasPrivatePart() {
        return p != null;
    }

    /**
     * RSAPUBLICBLOB and PUBLICBLOB write RSA1; RSAPRIVATEBLOB and PRIVATEBLOB RSA2 (the generic private blob
     * holds the primes only, as Windows was seen to export it); RSAFULLPRIVATEBLOB RSA3. A private blob of a
     * public key is STATUS_INVALID_PARAMETER, as on Windows. Every blob was encoded when the key was made.
     */
    @Override
    public Optional<KeyBlobWriter> blobWriter(String blobType) {
        return switch (blobType) {
            case BlobTypes.RSA_PUBLIC, BlobTypes.PUBLIC_KEY -> publicBlob;
            case BlobTypes.RSA_PRIVATE, BlobTypes.PRIVATE_KEY -> privateBlob;
            case BlobTypes.RSA_FULL_PRIVATE -> fullPrivateBlob;
            case BlobTypes.LEGACY_RSA_PUBLIC -> legacyPublicBlob;
            case BlobTypes.LEGACY_RSA_PRIVATE -> legacyPrivateBlob;
            default -> Optional.empty();
        };
    }

    /**
     * LEGACY_RSAPUBLIC_BLOB / LEGACY_RSAPRIVATE_BLOB (CryptoAPI RSA1 / RSA2, see {@link CapiKeyBlob}). A key the
     * layout cannot carry ({@link CapiKeyBlob#fitsRsa}: e over 32 bits, a modulus or a prime wider than its field)
     * has no such blob: STATUS_INVALID_PARAMETER, cngkit's choice where the page gives no status.
     */
    private Optional<KeyBlobWriter> legacyWriter(boolean isPrivate) {
        return (isPrivate && !hasPrivatePart()) || !CapiKeyBlob.fitsRsa(this, isPrivate)
                ? PrecomputedBlob.refused(NtStatus.INVALID_PARAMETER)
                : PrecomputedBlob.of(CapiKeyBlob.writeRsa(this, isPrivate));
    }

    private Optional<KeyBlobWriter> privateWriter(int magic) {
        return !hasPrivatePart() ? PrecomputedBlob.refused(NtStatus.INVALID_PARAMETER)
                : PrecomputedBlob.of(RsaKeyBlob.write(this, magic));
    }

    @Override
    public String toString() {
        return "RsaKey[" + algorithm.id() + ", " + bits + " bits, " + (hasPrivatePart() ? "key pair" : "public") + "]";
    }
}
