package org.cngkit.vectors.gen;

import java.math.BigInteger;

/**
 * Writes DSA key blobs (blob-layouts digest 2.5 and 2.6): BCRYPT_DSA_KEY_BLOB for keys of up to 1024 bits (magic,
 * cbKey, Count[4] big-endian, Seed[20], q[20], then p, g, y of cbKey bytes and x[20]), BCRYPT_DSA_KEY_BLOB_V2 above
 * (magic, cbKey, hashAlgorithm, standardVersion, cbSeedLength, cbGroupSize, Count[4], Seed, q, p, g, y, x).
 */
final class DsaKeyBlobWriter {
    static final int DSPB = 0x42505344;
    static final int DSPV = 0x56505344;
    static final int DPB2 = 0x32425044;
    static final int DPV2 = 0x32565044;
    static final int SHA256 = 1;
    static final int FIPS186_3 = 1;

    private DsaKeyBlobWriter() {
    }

    static byte[] write(DsaKey k, boolean isPrivate) {
        int cbKey = (k.bits() + 7) / 8;
        BlobBuilder blob;
        if (k.bits() <= 1024) {
            blob = new BlobBuilder().u32(isPrivate ? DSPV : DSPB).u32(cbKey)
                    .bytes(k.count()).bytes(k.seed()).number(k.q(), 20);
        } else {
            int group = (k.q().bitLength() + 7) / 8;
            blob = new BlobBuilder().u32(isPrivate ? DPV2 : DPB2).u32(cbKey).u32(SHA256).u32(FIPS186_3)
                    .u32(k.seed().length).u32(group).bytes(k.count()).bytes(k.seed()).number(k.q(), group);
        }
        blob.number(k.p(), cbKey).number(k.g(), cbKey).number(k.y(), cbKey);
        if (isPrivate) {
            blob.number(k.x(), (k.q().bitLength() + 7) / 8);
        }
        return blob.build();
    }

    /** A DSA key pair with the generation record of its domain (count as 4 big-endian bytes). */
    record DsaKey(BigInteger p, BigInteger q, BigInteger g, BigInteger y, BigInteger x, byte[] count, byte[] seed) {
        int bits() {
            return p.bitLength();
        }
    }
}
