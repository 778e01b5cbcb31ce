package org.cngkit.reference;

import java.math.BigInteger;

import org.cngkit.spi.NtStatus;

/**
 * {@code BCRYPT_DH_KEY_BLOB} (blob-layouts-digest section 2.4) and the {@code BCRYPT_DH_PARAMETER_HEADER} of the
 * {@code DHParameters} property.
 *
 * <pre>
 * key blob:   u32 dwMagic (DHPB 0x42504844 public, DHPV 0x56504844 private), u32 cbKey,
 *             p[cbKey], g[cbKey], y[cbKey], x[cbKey] (private only)
 * parameters: u32 cbLength (= 12 + 2 cbKeyLength), u32 dwMagic (DHPM 0x4D504844), u32 cbKeyLength,
 *             p[cbKeyLength], g[cbKeyLength]
 * </pre>
 * u32 fields little-endian, numbers big-endian and zero-padded to cbKey.
 */
final class DhKeyBlob {
    static final int DHPB = 0x42504844;
    static final int DHPV = 0x56504844;
    static final int DHPM = 0x4D504844;

    private DhKeyBlob() {
    }

    static byte[] write(DhKey key, boolean isPrivate) {
        int cbKey = (key.bits() + 7) / 8;
        BlobAssembler blob = new BlobAssembler().u32(isPrivate ? DHPV : DHPB).u32(cbKey)
                .number(key.p(), cbKey).number(key.g(), cbKey).number(key.y(), cbKey);
        if (isPrivate) {
            blob.number(key.x(), cbKey);
        }
        return blob.toByteArray();
    }

    /**
     * The key of a public or private blob. Refused with STATUS_INVALID_PARAMETER when the magic is not the one
     * asked for, cbKey is outside 64 to 512 bytes, the length is not exact, or the numbers fail {@link DhKey#of}.
     */
    static Outcome<DhKey> read(byte[] blob, boolean isPrivate) {
        BlobCursor in = new BlobCursor(blob);
        int magic = (int) in.u32();
        long cbKey = in.u32();
        if (magic != (isPrivate ? DHPV : DHPB) || cbKey < 64 || cbKey > 512) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        BigInteger p = in.number(cbKey);
        BigInteger g = in.number(cbKey);
        BigInteger y = in.number(cbKey);
        BigInteger x = isPrivate ? in.number(cbKey) : null;
        if (!in.ok()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return DhKey.of((int) cbKey * 8, p, g, y, x);
    }

    /**
     * p and g of a {@code DHParameters} value, or STATUS_INVALID_PARAMETER when cbLength is not the value's length
     * or 12 + 2 cbKeyLength, the magic is not DHPM, cbKeyLength is outside 64 to 512, p is not an odd number of
     * cbKeyLength bytes with its top bit set, or g is not in [2, p-2].
     */
    static Outcome<BigInteger[]> readParameters(byte[] value) {
        BlobCursor in = new BlobCursor(value);
        long cbLength = in.u32();
        int magic = (int) in.u32();
        long cbKeyLength = in.u32();
        if (magic != DHPM || cbKeyLength < 64 || cbKeyLength > 512 || cbLength != value.length
                || cbLength != 12 + 2 * cbKeyLength) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        BigInteger p = in.number(cbKeyLength);
        BigInteger g = in.number(cbKeyLength);
        if (!in.ok() || p.bitLength() != cbKeyLength * 8 || !p.testBit(0)
                || g.compareTo(BigInteger.ONE) <= 0 || g.compareTo(p.subtract(BigInteger.TWO)) > 0) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return Outcome.of(new BigInteger[] {p, g});
    }
}
