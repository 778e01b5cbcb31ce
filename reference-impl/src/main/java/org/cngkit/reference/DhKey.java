package org.cngkit.reference;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.NtStatus;

/** A Diffie-Hellman key: the group (p, g), the public value y and, for a key pair, the private exponent x. */
final class DhKey implements Key {
    private final int bits;
    private final BigInteger p;
    private final BigInteger g;
    private final BigInteger y;
    private final BigInteger x;

    private DhKey(int bits, BigInteger p, BigInteger g, BigInteger y, BigInteger x) {
        this.bits = bits;
        this.p = p;
        this.g = g;
        this.y = y;
        this.x = x;
    }

    /**
     * Whether a p of {@code bits} bits is one CNG takes: 512 to 4096 bits in steps of 64 (the BCryptGenerateKeyPair
     * range). Every reader asks this before it reads a number.
     */
    static boolean sizeAllowed(long bits) {
        return bits >= DhAlgorithm.MIN_BITS && bits <= DhAlgorithm.MAX_BITS && bits % DhAlgorithm.STEP_BITS == 0;
    }

    /**
     * A key of {@code bits} bits ({@code x} null for a public key): the DH checks of every reader, CNG and
     * CryptoAPI alike. Refused with STATUS_INVALID_PARAMETER when the size is outside {@link #sizeAllowed}, p is
     * not an odd number of exactly that size, g or y is not in [2, p-2], x is not in [1, p-2], or y is not g^x mod
     * p.
     */
    /** Recent answers to "y = g^x mod p" by (p, g, y, x): a key imported again is not exponentiated again. */
    private static final RecentResults<List<BigInteger>, Boolean> VALIDATED = new RecentResults<>(64);

    static Outcome<DhKey> of(int bits, BigInteger p, BigInteger g, BigInteger y, BigInteger x) {
        BigInteger top = p.subtract(BigInteger.TWO);
        boolean valid = sizeAllowed(bits) && p.bitLength() == bits && p.testBit(0)
                && g.compareTo(BigInteger.ONE) > 0 && g.compareTo(top) <= 0
                && y.compareTo(BigInteger.ONE) > 0 && y.compareTo(top) <= 0
                && (x == null || x.signum() > 0 && x.compareTo(p.subtract(BigInteger.ONE)) < 0
                        && VALIDATED.get(List.of(p, g, y, x), k -> g.modPow(x, p).equals(y)));
        return valid ? Outcome.of(new DhKey(bits, p, g, y, x)) : Outcome.refused(NtStatus.INVALID_PARAMETER);
    }

    @Override
    public DhAlgorithm algorithm() {
        return DhAlgorithm.INSTANCE;
    }

    int bits() {
        return bits;
    }

    BigInteger p() {
        return p;
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

    /** DHPUBLICBLOB and PUBLICBLOB, DHPRIVATEBLOB and PRIVATEBLOB; a private blob of a public key is STATUS_INVALID_PARAMETER. */
    @Override
    public Optional<KeyBlobWriter> blobWriter(String blobType) {
        if (blobType.equals(BlobTypes.LEGACY_DH_PUBLIC) || blobType.equals(BlobTypes.LEGACY_DH_PRIVATE)) {
            boolean isPrivate = blobType.equals(BlobTypes.LEGACY_DH_PRIVATE);
            return Optional.of(wrappingKey -> isPrivate && x == null ? Outcome.refused(NtStatus.INVALID_PARAMETER)
                    : Outcome.of(CapiKeyBlob.writeDh(this, isPrivate)));
        }
        return DhAlgorithm.BLOB_TYPES.writer(blobType, x != null, isPrivate -> DhKeyBlob.write(this, isPrivate));
    }

    @Override
    public String toString() {
        return "DhKey[" + bits + " bits, " + (x == null ? "public" : "key pair") + "]";
    }
}
