package org.cngkit.vectors.gen;

import java.math.BigInteger;

/**
 * Writes BCRYPT_DH_KEY_BLOBs (blob-layouts digest 2.4): magic (DHPB public, DHPV private) and cbKey as
 * little-endian u4, then p, g, y and, in a private blob, x, each big-endian and zero-padded to cbKey bytes.
 */
final class DhKeyBlobWriter {
    static final int DHPB = 0x42504844;
    static final int DHPV = 0x56504844;

    private DhKeyBlobWriter() {
    }

    static byte[] write(BigInteger p, BigInteger g, BigInteger y, BigInteger x) {
        int cbKey = (p.bitLength() + 7) / 8;
        BlobBuilder blob = new BlobBuilder().u32(x == null ? DHPB : DHPV).u32(cbKey)
                .number(p, cbKey).number(g, cbKey).number(y, cbKey);
        if (x != null) {
            blob.number(x, cbKey);
        }
        return blob.build();
    }
}
