package org.cngkit.reference;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.NtStatus;

/**
 * A DSA key: the domain (p, q, g) with its FIPS 186 generation record (Count, Seed and, for V2 keys, the hash and
 * standard version), the public value y and, for a key pair, x. The record is kept exactly as generated or
 * imported (an unknown seed, Count and Seed all 0xff, included), so a blob exports again byte for byte. A key of
 * up to 1024 bits writes BCRYPT_DSA_KEY_BLOB, a longer one BCRYPT_DSA_KEY_BLOB_V2, for the DSA types and the
 * generic ones alike.
 */
final class DsaKey implements Key {
    private final BigInteger p;
    private final BigInteger q;
    private final BigInteger g;
    private final BigInteger y;
    private final BigInteger x;
    private final DsaDomainRecord record;

    private DsaKey(BigInteger p, BigInteger q, BigInteger g, BigInteger y, BigInteger x, DsaDomainRecord record) {
        this.p = p;
        this.q = q;
        this.g = g;
        this.y = y;
        this.x = x;
        this.record = record;
    }

    /**
     * Whether a domain of an L-bit p and an N-bit q is one CNG takes: FIPS 186-2 sizes up to 1024 bits (L from 512
     * to 1024 in steps of 64, N = 160; BCRYPT_DSA_KEY_BLOB) or a FIPS 186-3 pair above (L = 2048 with N = 224 or
     * 256, L = 3072 with N = 256; BCRYPT_DSA_KEY_BLOB_V2). Every reader asks this before it reads a number.
     */
    static boolean sizesAllowed(long l, long n) {
        if (l >= 512 && l <= 1024) {
            return l % 64 == 0 && n == 160;
        }
        return l == 2048 && (n == 224 || n == 256) || l == 3072 && n == 256;
    }

    /**
     * A key from its numbers ({@code x} null for a public key) of {@code bits} bits: the DSA checks of every
     * reader, CNG and CryptoAPI alike. Refused with STATUS_INVALID_PARAMETER when p does not have exactly that
     * size, p and q are not odd, the sizes of p and q are not a pair of {@link #sizesAllowed} (checked before any
     * exponentiation), q does not divide p - 1, g or y is not in the subgroup of order q, x is not in [1, q-1], or
     * y is not g^x mod p. The seed is not checked against p and q.
     */
    /** Recent answers to the exponentiations by (p, q, g, y, x): a key imported again is not checked again. */
    private static final RecentResults<List<BigInteger>, Boolean> SUBGROUP_CHECKED = new RecentResults<>(64);

    static Outcome<DsaKey> of(int bits, BigInteger p, BigInteger q, BigInteger g, BigInteger y, BigInteger x,
                              DsaDomainRecord record) {
        BigInteger one = BigInteger.ONE;
        boolean valid = p.bitLength() == bits && sizesAllowed(bits, q.bitLength()) && p.testBit(0) && q.testBit(0)
                && p.subtract(one).mod(q).signum() == 0
                && g.compareTo(one) > 0 && g.compareTo(p) < 0
                && y.compareTo(one) > 0 && y.compareTo(p) < 0
                && (x == null || x.signum() > 0 && x.compareTo(q) < 0)
                && SUBGROUP_CHECKED.get(Arrays.asList(p, q, g, y, x), k -> g.modPow(q, p).equals(one)
                        && y.modPow(q, p).equals(one) && (x == null || g.modPow(x, p).equals(y)));
        return valid ? Outcome.of(new DsaKey(p, q, g, y, x, record)) : Outcome.refused(NtStatus.INVALID_PARAMETER);
    }

    @Override
    public DsaAlgorithm algorithm() {
        return DsaAlgorithm.INSTANCE;
    }

    int bits() {
        return p.bitLength();
    }

    BigInteger p() {
        return p;
    }

    BigInteger q() {
        return q;
    }

    BigInteger g() {
        return g;
    }

    BigInteger y() {
        return y;
    }

    BigInteger x() {
        return x;
    }

    DsaDomainRecord record() {
        return record;
    }

    /** DSAPUBLICBLOB and PUBLICBLOB, DSAPRIVATEBLOB and PRIVATEBLOB; a private blob of a public key is STATUS_INVALID_PARAMETER. */
    @Override
    public Optional<KeyBlobWriter> blobWriter(String blobType) {
        boolean hasPrivate = x != null;
        switch (blobType) {
            case BlobTypes.LEGACY_DSA_PUBLIC:
                return Optional.of(wrappingKey -> Outcome.of(CapiKeyBlob.writeDssV3(this, false)));
            case BlobTypes.LEGACY_DSA_PRIVATE:
                return Optional.of(wrappingKey -> hasPrivate ? Outcome.of(CapiKeyBlob.writeDssV3(this, true))
                        : Outcome.refused(NtStatus.INVALID_PARAMETER));
            case BlobTypes.LEGACY_DSA_V2_PRIVATE:
                // DSS version 2 holds a 160-bit q only: a longer key has no such blob (cngkit's status choice).
                return Optional.of(wrappingKey -> hasPrivate && CapiKeyBlob.fitsDssV2(this)
                        ? Outcome.of(CapiKeyBlob.writeDssV2(this, true)) : Outcome.refused(NtStatus.INVALID_PARAMETER));
            default:
                break;
        }
        return DsaAlgorithm.BLOB_TYPES.writer(blobType, x != null, isPrivate -> DsaKeyBlob.write(this, isPrivate));
    }

    /**
     * How the domain was generated, as the blobs carry it.
     *
     * @param count           the counter as 4 big-endian bytes
     * @param seed            the domain parameter seed
     * @param hashAlgorithm   HASHALGORITHM_ENUM (V2 only; 0 SHA-1, 1 SHA-256, 2 SHA-512)
     * @param standardVersion DSAFIPSVERSION_ENUM (V2 only; 0 FIPS 186-2, 1 FIPS 186-3)
     */
    record DsaDomainRecord(byte[] count, byte[] seed, int hashAlgorithm, int standardVersion) {
        DsaDomainRecord {
            count = count.clone();
            seed = seed.clone();
        }

    }

    @Override
    public String toString() {
        return "DsaKey[" + bits() + " bits, " + (x == null ? "public" : "key pair") + "]";
    }
}
