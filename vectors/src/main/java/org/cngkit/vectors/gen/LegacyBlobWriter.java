package org.cngkit.vectors.gen;

import java.math.BigInteger;
import org.cngkit.vectors.gen.DsaKeyBlobWriter.DsaKey;
import org.cngkit.vectors.gen.RsaKeyBlobWriter.RsaKey;

/**
 * Writes CryptoAPI key BLOBs (blob-layouts digest section 3) from key material: the 8-byte BLOBHEADER (bType,
 * bVersion, reserved, aiKeyAlg), the key header, then numbers, all little-endian. The generator's own writer,
 * independent of the reference implementation; vectors are checked with the Kaitai parsers.
 *
 * <p>Where the pages leave the form open, this writer takes cngkit's choice (the one the vector file's notes
 * name): CALG_RSA_KEYX for RSA, DSS version 3 for LEGACY_DSA_PUBLIC_BLOB / LEGACY_DSA_PRIVATE_BLOB with bitlenJ 0,
 * DH version 3 with CALG_DH_EPHEM, no q, no j and an unavailable DSSSEED.
 */
final class LegacyBlobWriter {
    static final int PUBLICKEYBLOB = 0x06;
    static final int PRIVATEKEYBLOB = 0x07;
    static final int CALG_RSA_KEYX = 0xa400;
    static final int CALG_DSS_SIGN = 0x2200;
    static final int CALG_DH_EPHEM = 0xaa02;
    static final int RSA1 = 0x31415352;
    static final int RSA2 = 0x32415352;
    static final int DSS1 = 0x31535344;
    static final int DSS2 = 0x32535344;
    static final int DSS3 = 0x33535344;
    static final int DSS4 = 0x34535344;
    static final int DH3 = 0x33484400;
    static final int DH4 = 0x34484400;

    private LegacyBlobWriter() {
    }

    private static BlobBuilder header(boolean isPrivate, int version, int algId) {
        return new BlobBuilder().u8(isPrivate ? PRIVATEKEYBLOB : PUBLICKEYBLOB).u8(version).u16(0).u32(algId);
    }

    /** RSAPUBKEY blob: modulus bitlen/8 bytes, the five CRT values bitlen/16, d bitlen/8. */
    static byte[] rsa(RsaKey k, boolean isPrivate) {
        int bits = k.bits();
        if (k.e().bitLength() > 32 || bits % 16 != 0) {
            throw new IllegalArgumentException("no RSAPUBKEY blob for this key");
        }
        BlobBuilder b = header(isPrivate, 2, CALG_RSA_KEYX).u32(isPrivate ? RSA2 : RSA1).u32(bits).u32(k.e().longValue())
                .numberLittleEndian(k.n(), bits / 8);
        if (isPrivate) {
            int half = bits / 16;
            b.numberLittleEndian(k.p(), half).numberLittleEndian(k.q(), half).numberLittleEndian(k.dp(), half)
                    .numberLittleEndian(k.dq(), half).numberLittleEndian(k.qinv(), half).numberLittleEndian(k.d(), bits / 8);
        }
        return b.build();
    }

    /** DSS version 2 blob (DSS1 / DSS2): p, q (20 bytes), g, then y (public) or x (20 bytes), then DSSSEED. */
    static byte[] dssV2(DsaKey k, boolean isPrivate) {
        int cbKey = (k.bits() + 7) / 8;
        BlobBuilder b = header(isPrivate, 2, CALG_DSS_SIGN).u32(isPrivate ? DSS2 : DSS1).u32(k.bits())
                .numberLittleEndian(k.p(), cbKey).numberLittleEndian(k.q(), 20).numberLittleEndian(k.g(), cbKey);
        if (isPrivate) {
            b.numberLittleEndian(k.x(), 20);
        } else {
            b.numberLittleEndian(k.y(), cbKey);
        }
        return dssSeed(b, k).build();
    }

    /** DSS version 3 blob (DSS3 / DSS4): bitlenQ the bits of q, bitlenJ 0, bitlenX the bits of q. */
    static byte[] dssV3(DsaKey k, boolean isPrivate) {
        return dssV3(k, isPrivate, null);
    }

    /**
     * DSS version 3 blob (DSS3 / DSS4) carrying {@code j} after g when it is not null (bitlenJ its bits; the
     * DSSPUBKEY_VER3 page: j = (p - 1) / q, bitlenJ 0 when j is not given).
     */
    static byte[] dssV3(DsaKey k, boolean isPrivate, BigInteger j) {
        int cbKey = (k.bits() + 7) / 8;
        int qBits = k.q().bitLength();
        int jBits = j == null ? 0 : j.bitLength();
        BlobBuilder b = header(isPrivate, 3, CALG_DSS_SIGN).u32(isPrivate ? DSS4 : DSS3).u32(k.bits()).u32(qBits).u32(jBits);
        if (isPrivate) {
            b.u32(qBits);
        }
        dssSeed(b, k).numberLittleEndian(k.p(), cbKey).numberLittleEndian(k.q(), (qBits + 7) / 8)
                .numberLittleEndian(k.g(), cbKey);
        if (j != null) {
            b.numberLittleEndian(j, (jBits + 7) / 8);
        }
        b.numberLittleEndian(k.y(), cbKey);
        if (isPrivate) {
            b.numberLittleEndian(k.x(), (qBits + 7) / 8);
        }
        return b.build();
    }

    /** DH version 3 blob (DH3 / DH4): bitlenQ = bitlenJ = 0, bitlenX = bitlenP, DSSSEED counter 0xffffffff. */
    static byte[] dhV3(int bits, BigInteger p, BigInteger g, BigInteger y, BigInteger x) {
        return dhV3(bits, p, null, g, y, x);
    }

    /**
     * DH version 3 blob (DH3 / DH4) carrying {@code q} (bitlenQ its bits) and j = (p - 1) / q (bitlenJ its bits)
     * when {@code q} is not null; bitlenX = bitlenP, DSSSEED counter 0xffffffff.
     */
    static byte[] dhV3(int bits, BigInteger p, BigInteger q, BigInteger g, BigInteger y, BigInteger x) {
        boolean isPrivate = x != null;
        int cbKey = (bits + 7) / 8;
        BigInteger j = q == null ? null : p.subtract(BigInteger.ONE).divide(q);
        int qBits = q == null ? 0 : q.bitLength();
        int jBits = j == null ? 0 : j.bitLength();
        BlobBuilder b = header(isPrivate, 3, CALG_DH_EPHEM).u32(isPrivate ? DH4 : DH3).u32(bits).u32(qBits).u32(jBits);
        if (isPrivate) {
            b.u32(bits);
        }
        b.u32(0xffffffffL).bytes(VectorGenerator.filled(20, 0xff)).numberLittleEndian(p, cbKey);
        if (q != null) {
            b.numberLittleEndian(q, (qBits + 7) / 8);
        }
        b.numberLittleEndian(g, cbKey);
        if (j != null) {
            b.numberLittleEndian(j, (jBits + 7) / 8);
        }
        b.numberLittleEndian(y, cbKey);
        if (isPrivate) {
            b.numberLittleEndian(x, cbKey);
        }
        return b.build();
    }

    /** DSSSEED: the counter as a little-endian u4, the 20-byte seed byte-reversed. */
    private static BlobBuilder dssSeed(BlobBuilder b, DsaKey k) {
        byte[] seed = k.seed();
        byte[] reversed = new byte[seed.length];
        for (int i = 0; i < seed.length; i++) {
            reversed[i] = seed[seed.length - 1 - i];
        }
        return b.u32(new BigInteger(1, k.count()).longValue()).bytes(reversed);
    }
}
