package org.cngkit.reference;

import java.math.BigInteger;
import java.util.Optional;

import org.bouncycastle.math.ec.ECPoint;
import org.cngkit.spi.NtStatus;

/**
 * An ECDH or ECDSA key on a NIST curve: the public point Q and, for a key pair, the private scalar d. Keys of the
 * per-curve algorithms export the per-curve magic; keys of the curve-agnostic ECDH / ECDSA algorithms export the
 * generic magic (ECKP/ECKV, ECDP/ECDV), as Wine does (what Windows writes there is UNCONFIRMED).
 */
final class EccKey implements Key {
    private final EccAlgorithm algorithm;
    private final NistCurve curve;
    private final ECPoint q;
    private final BigInteger d;

    private EccKey(EccAlgorithm algorithm, NistCurve curve, ECPoint q, BigInteger d) {
        this.algorithm = algorithm;
        this.curve = curve;
        this.q = q;
        this.d = d;
    }

    /**
     * A key from its numbers; {@code d} null for a public key. Refused with STATUS_INVALID_PARAMETER when (x, y) is
     * not a point of the curve, or d is not in [1, n-1] or not the private key of (x, y).
     */
    static Outcome<EccKey> of(EccAlgorithm algorithm, NistCurve curve, BigInteger x, BigInteger y, BigInteger d) {
        ECPoint point;
        try {
            point = curve.domain().getCurve().validatePoint(x, y);
        } catch (IllegalArgumentException notOnCurve) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        if (d != null && (d.signum() <= 0 || d.compareTo(curve.domain().getN()) >= 0
                || !curve.domain().getG().multiply(d).normalize().equals(point.normalize()))) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return Outcome.of(new EccKey(algorithm, curve, point.normalize(), d));
    }

    @Override
    public EccAlgorithm algorithm() {
        return algorithm;
    }

    NistCurve curve() {
        return curve;
    }

    BigInteger x() {
        return q.getAffineXCoord().toBigInteger();
    }

    BigInteger y() {
        return q.getAffineYCoord().toBigInteger();
    }

    BigInteger d() {
        return d;
    }

    /** The magic this key writes for a public or private blob. */
    int magic(boolean isPrivate) {
        return algorithm.curve().isPresent() ? curve.magic(algorithm.isEcdsa(), isPrivate)
                : NistCurve.genericMagic(algorithm.isEcdsa(), isPrivate);
    }

    /** ECCPUBLICBLOB and PUBLICBLOB, ECCPRIVATEBLOB and PRIVATEBLOB; a private blob of a public key is STATUS_INVALID_PARAMETER. */
    @Override
    public Optional<KeyBlobWriter> blobWriter(String blobType) {
        return EccAlgorithm.BLOB_TYPES.writer(blobType, d != null, isPrivate -> EccKeyBlob.write(this, isPrivate));
    }

    @Override
    public String toString() {
        return "EccKey[" + algorithm.id() + ", " + curve + ", " + (d == null ? "public" : "key pair") + "]";
    }
}
