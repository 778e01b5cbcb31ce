package org.cngkit.vectors.gen;

import java.math.BigInteger;

/**
 * Writes BCRYPT_ECCKEY_BLOBs (blob-layouts digest 2.3): magic and cbKey (little-endian u4), then X, Y and, in a
 * private blob, d, each big-endian and zero-padded to cbKey bytes. The magic's four bytes are "ECK" / "ECS" (ECDH /
 * ECDSA) followed by 1-6 for the NIST curves (odd public, even private) or P / V for the generic magics.
 */
final class EccKeyBlobWriter {
    private EccKeyBlobWriter() {
    }

    /**
     * @param algorithm the CNG algorithm id: {@code ECDH_P256}... take the per-curve magic, {@code ECDH} and
     *                  {@code ECDSA} the generic one
     */
    static byte[] write(String algorithm, int curveBits, BigInteger x, BigInteger y, BigInteger d) {
        int cbKey = (curveBits + 7) / 8;
        BlobBuilder blob = new BlobBuilder().u32(magic(algorithm, curveBits, d != null)).u32(cbKey)
                .number(x, cbKey).number(y, cbKey);
        if (d != null) {
            blob.number(d, cbKey);
        }
        return blob.build();
    }

    static int magic(String algorithm, int curveBits, boolean isPrivate) {
        char kind = algorithm.startsWith("ECDSA") ? 'S' : 'K';
        char last;
        if (!algorithm.contains("_")) {
            last = isPrivate ? 'V' : 'P';
        } else {
            int curveIndex = switch (curveBits) {
                case 256 -> 0;
                case 384 -> 1;
                case 521 -> 2;
                default -> throw new IllegalArgumentException("no magic for a " + curveBits + "-bit curve");
            };
            last = (char) ('1' + 2 * curveIndex + (isPrivate ? 1 : 0));
        }
        // ECDSA generic magics are "ECDP" / "ECDV": D, not S, before the last letter
        char third = !algorithm.contains("_") && kind == 'S' ? 'D' : kind;
        return 'E' | 'C' << 8 | third << 16 | last << 24;
    }
}
