package org.cngkit.reference;

import java.math.BigInteger;
import java.util.Optional;

import org.cngkit.spi.NtStatus;

/**
 * {@code BCRYPT_ECCKEY_BLOB} (blob-layouts-digest section 2.3), the layout of {@code ECCPUBLICBLOB},
 * {@code ECCPRIVATEBLOB} and of ECC keys under the generic blob types.
 *
 * <pre>
 * offset        size     field
 *      0        u32 LE   dwMagic   per curve: ECK1..ECK6 (ECDH), ECS1..ECS6 (ECDSA); generic: ECKP/ECKV, ECDP/ECDV
 *      4        u32 LE   cbKey     the curve's field bytes: 32 (P-256, curve25519), 48 (P-384), 66 (P-521), 20 (160 bits)...
 *      8        cbKey    X         big-endian, zero-padded on the left
 *      8+cbKey  cbKey    Y
 *      8+2cbKey cbKey    d         private blob only
 * </pre>
 * curve25519: X and d are the RFC 7748 strings, Y is zero (unused; digest section 8).
 */
final class EccKeyBlob {
    private EccKeyBlob() {
    }

    static byte[] write(EccKey key, boolean isPrivate) {
        int cbKey = key.curve().cbKey();
        BlobAssembler blob = new BlobAssembler().u32(key.magic(isPrivate)).u32(cbKey)
                .number(key.x(), cbKey).number(key.y(), cbKey);
        if (isPrivate) {
            blob.number(key.d(), cbKey);
        }
        return blob.toByteArray();
    }

    /**
     * The key a public or private blob describes, for {@code algorithm}. Its magic must be of the algorithm's kind
     * (ECDH or ECDSA) and side (public or private): a per-curve algorithm takes its own curve's magic only; a
     * curve-agnostic one takes a per-curve magic (of the curve set as ECCCurveName, if one is) or the generic
     * magic, whose curve is the one set as ECCCurveName. cbKey must be the curve's and the length exact. Anything
     * else is STATUS_INVALID_PARAMETER, as Windows answers an ECDSA_P256 import of an ECDH blob or of a wrong cbKey.
     */
    static Outcome<EccKey> read(byte[] blob, EccAlgorithm algorithm, Optional<EccCurve> curveProperty,
                                boolean isPrivate) {
        BlobCursor in = new BlobCursor(blob);
        int magic = (int) in.u32();
        long cbKey = in.u32();
        Optional<EccCurve> curve = curveOf(magic, algorithm, curveProperty, isPrivate);
        if (curve.isEmpty() || cbKey != curve.get().cbKey()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        BigInteger x = in.number(cbKey);
        BigInteger y = in.number(cbKey);
        BigInteger d = isPrivate ? in.number(cbKey) : null;
        if (!in.ok()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return EccKey.of(algorithm, curve.get(), x, y, d);
    }

    private static Optional<EccCurve> curveOf(int magic, EccAlgorithm algorithm, Optional<EccCurve> curveProperty,
                                              boolean isPrivate) {
        if (algorithm.curve().isEmpty() && magic == NistCurve.genericMagic(algorithm.isEcdsa(), isPrivate)) {
            return curveProperty;
        }
        Optional<NistCurve> named = NistCurve.ofMagic(magic)
                .filter(c -> c.magic(algorithm.isEcdsa(), isPrivate) == magic);
        Optional<EccCurve> required = algorithm.curve().map(EccCurve::of).or(() -> curveProperty);
        if (required.isPresent()) {
            return named.filter(n -> required.get().nist().equals(Optional.of(n))).map(n -> required.get());
        }
        return named.map(EccCurve::of);
    }
}
