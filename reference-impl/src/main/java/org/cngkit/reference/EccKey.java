package org.cngkit.reference;

import java.math.BigInteger;
import java.util.Optional;

import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.util.BigIntegers;
import org.cngkit.spi.NtStatus;

/**
 * An ECDH or ECDSA key on a named curve: the public point (x, y) and, for a key pair, the private scalar d. Keys of
 * the per-curve algorithms export the per-curve magic; keys of the curve-agnostic ECDH / ECDSA algorithms export the
 * generic magic (ECKP/ECKV, ECDP/ECDV), as Wine does (what Windows writes there for a NIST curve is UNCONFIRMED).
 *
 * <p>On curve25519 (ECDH only, blob-layouts digest section 8) x and d are the numbers whose 32-byte big-endian
 * forms are the RFC 7748 strings (u-coordinate, private key) the blob carries as they are; y is unused and 0.
 */
final class EccKey implements Key {
    private final EccAlgorithm algorithm;
    private final EccCurve curve;
    private final BigInteger x;
    private final BigInteger y;
    private final BigInteger d;
    /** The public and private blob, encoded once ({@link PrecomputedBlob}); the private one refuses for a public key. */
    private final Optional<KeyBlobWriter> publicBlob;
    private final Optional<KeyBlobWriter> privateBlob;

    private EccKey(EccAlgorithm algorithm, EccCurve curve, BigInteger x, BigInteger y, BigInteger d) {
        this.algorithm = algorithm;
        this.curve = curve;
        this.x = x;
        this.y = y;
        this.d = d;
        this.publicBlob = PrecomputedBlob.of(EccKeyBlob.write(this, false));
        this.privateBlob = d == null ? PrecomputedBlob.refused(NtStatus.INVALID_PARAMETER)
                : PrecomputedBlob.of(EccKeyBlob.write(this, true));
    }

    /** A generated key of a Weierstrass curve: d in [1, n-1] and its point d G, computed once here. */
    static EccKey generated(EccAlgorithm algorithm, EccCurve curve, BigInteger d) {
        ECPoint q = curve.multiplyBase(d);
        return new EccKey(algorithm, curve, q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger(), d);
    }

    /**
     * A key from its numbers; {@code d} null for a public key. Refused with STATUS_INVALID_PARAMETER when (x, y) is
     * not a point of the curve, or d is not in [1, n-1] or not the private key of (x, y). On curve25519: a private
     * key whose x is 0 gets x = X25519(d, 9) (Windows accepts X = Y = 0 and derives the public value); any other
     * x must be that value; y is not read.
     */
    static Outcome<EccKey> of(EccAlgorithm algorithm, EccCurve curve, BigInteger x, BigInteger y, BigInteger d) {
        if (curve.isCurve25519()) {
            return x25519(algorithm, curve, x, d);
        }
        Optional<ECPoint> point = curve.validate(x, y, d);
        if (point.isEmpty()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return Outcome.of(new EccKey(algorithm, curve, point.get().getAffineXCoord().toBigInteger(),
                point.get().getAffineYCoord().toBigInteger(), d));
    }

    private static Outcome<EccKey> x25519(EccAlgorithm algorithm, EccCurve curve, BigInteger x, BigInteger d) {
        if (d == null) {
            return Outcome.of(new EccKey(algorithm, curve, x, BigInteger.ZERO, null));
        }
        BigInteger derived = new BigInteger(1, EccCurve.x25519PublicKey(BigIntegers.asUnsignedByteArray(curve.cbKey(), d)));
        if (x.signum() != 0 && !x.equals(derived)) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return Outcome.of(new EccKey(algorithm, curve, derived, BigInteger.ZERO, d));
    }

    @Override
    public EccAlgorithm algorithm() {
        return algorithm;
    }

    EccCurve curve() {
        return curve;
    }

    BigInteger x() {
        return x;
    }

    BigInteger y() {
        return y;
    }

    BigInteger d() {
        return d;
    }

    /** The magic this key writes for a public or private blob. */
    int magic(boolean isPrivate) {
        return algorithm.curve().map(c -> c.magic(algorithm.isEcdsa(), isPrivate))
                .orElseGet(() -> NistCurve.genericMagic(algorithm.isEcdsa(), isPrivate));
    }

    /** ECCPUBLICBLOB and PUBLICBLOB, ECCPRIVATEBLOB and PRIVATEBLOB; a private blob of a public key is STATUS_INVALID_PARAMETER. */
    @Override
    public Optional<KeyBlobWriter> blobWriter(String blobType) {
        return EccAlgorithm.BLOB_TYPES.writer(blobType, publicBlob, privateBlob);
    }

    @Override
    public String toString() {
        return "EccKey[" + algorithm.id() + ", " + curve + ", " + (d == null ? "public" : "key pair") + "]";
    }
}
