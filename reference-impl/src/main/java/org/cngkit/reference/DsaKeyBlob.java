package org.cngkit.reference;

import java.math.BigInteger;

import org.cngkit.reference.DsaKey.DsaDomainRecord;
import org.cngkit.spi.NtStatus;

/**
 * The DSA key blobs (blob-layouts-digest sections 2.5 and 2.6): {@code BCRYPT_DSA_KEY_BLOB} for keys of 512 to 1024
 * bits, {@code BCRYPT_DSA_KEY_BLOB_V2} for longer keys (Windows 8 and later).
 *
 * <pre>
 * V1: u32 dwMagic (DSPB 0x42505344 / DSPV 0x56505344), u32 cbKey, Count[4] (big-endian), Seed[20], q[20],
 *     p[cbKey], g[cbKey], y[cbKey], x[20] (private only)
 * V2: u32 dwMagic (DPB2 0x32425044 / DPV2 0x32565044), u32 cbKey, u32 hashAlgorithm, u32 standardVersion,
 *     u32 cbSeedLength, u32 cbGroupSize, Count[4], Seed[cbSeedLength], q[cbGroupSize],
 *     p[cbKey], g[cbKey], y[cbKey], x[cbGroupSize] (private only)
 * </pre>
 * u32 fields little-endian, numbers big-endian and zero-padded to their field.
 */
final class DsaKeyBlob {
    static final int DSPB = 0x42505344;
    static final int DSPV = 0x56505344;
    static final int DPB2 = 0x32425044;
    static final int DPV2 = 0x32565044;
    static final int V1_MAX_BYTES = 128;

    private DsaKeyBlob() {
    }

    static byte[] write(DsaKey key, boolean isPrivate) {
        int cbKey = (key.bits() + 7) / 8;
        DsaDomainRecord record = key.record();
        BlobAssembler blob = new BlobAssembler();
        int groupSize;
        if (cbKey <= V1_MAX_BYTES) {
            groupSize = 20;
            blob.u32(isPrivate ? DSPV : DSPB).u32(cbKey).bytes(record.count()).bytes(record.seed());
        } else {
            groupSize = BlobAssembler.minimalLength(key.q());
            blob.u32(isPrivate ? DPV2 : DPB2).u32(cbKey).u32(record.hashAlgorithm()).u32(record.standardVersion())
                    .u32(record.seed().length).u32(groupSize).bytes(record.count()).bytes(record.seed());
        }
        blob.number(key.q(), groupSize).number(key.p(), cbKey).number(key.g(), cbKey).number(key.y(), cbKey);
        if (isPrivate) {
            blob.number(key.x(), groupSize);
        }
        return blob.toByteArray();
    }

    /**
     * The key of a V1 or V2 blob, public or private as asked. The magic must be of that side, V1 for cbKey of 64
     * to 128 bytes and V2 for 129 to 384 (a V1 blob of a longer key does not exist, and the reverse is refused
     * too); V2 header enums must be defined values, q 20, 28 or 32 bytes (N of 160, 224 or 256 bits), the seed at
     * most 64 bytes, and the length exact. Anything else, and a key that fails {@link DsaKey#of} (the (L, N) pairs
     * CNG takes, the domain and the key), is STATUS_INVALID_PARAMETER.
     */
    static Outcome<DsaKey> read(byte[] blob, boolean isPrivate) {
        BlobCursor in = new BlobCursor(blob);
        int magic = (int) in.u32();
        long cbKey = in.u32();
        boolean v1 = magic == (isPrivate ? DSPV : DSPB);
        boolean v2 = magic == (isPrivate ? DPV2 : DPB2);
        if (v1 && (cbKey < 64 || cbKey > V1_MAX_BYTES) || v2 && (cbKey <= V1_MAX_BYTES || cbKey > 384) || !v1 && !v2) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        DsaDomainRecord record;
        long groupSize;
        if (v1) {
            byte[] count = in.bytes(4);
            record = new DsaDomainRecord(count, in.bytes(20), 0, 0);
            groupSize = 20;
        } else {
            long hash = in.u32();
            long version = in.u32();
            long seedLength = in.u32();
            groupSize = in.u32();
            if (hash > 2 || version > 1 || (groupSize != 20 && groupSize != 28 && groupSize != 32) || seedLength > 64) {
                return Outcome.refused(NtStatus.INVALID_PARAMETER);
            }
            byte[] count = in.bytes(4);
            record = new DsaDomainRecord(count, in.bytes(seedLength), (int) hash, (int) version);
        }
        BigInteger q = in.number(groupSize);
        BigInteger p = in.number(cbKey);
        BigInteger g = in.number(cbKey);
        BigInteger y = in.number(cbKey);
        BigInteger x = isPrivate ? in.number(groupSize) : null;
        if (!in.ok()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return DsaKey.of((int) cbKey * 8, p, q, g, y, x, record);
    }
}
