package org.cngkit.kit.spec;

import java.math.BigInteger;

/**
 * The value of the {@code DHParameters} property (BCRYPT_DH_PARAMETERS): a BCRYPT_DH_PARAMETER_HEADER followed by
 * the prime and the generator (blob-layouts-digest section 2.4): u32 cbLength = 12 + 2 cbKeyLength, u32 dwMagic
 * BCRYPT_DH_PARAMETERS_MAGIC 0x4D504844 ("DHPM"), u32 cbKeyLength, then p and g big-endian in cbKeyLength bytes
 * each; u32 fields little-endian.
 */
public final class DhParameters {
    public static final String PROPERTY = "DHParameters";
    static final int MAGIC = 0x4D504844;

    private DhParameters() {
    }

    public static byte[] of(BigInteger p, BigInteger g) {
        int cbKey = (p.bitLength() + 7) / 8;
        byte[] value = new byte[12 + 2 * cbKey];
        putU32(value, 0, value.length);
        putU32(value, 4, MAGIC);
        putU32(value, 8, cbKey);
        putNumber(value, 12, cbKey, p);
        putNumber(value, 12 + cbKey, cbKey, g);
        return value;
    }

    private static void putU32(byte[] out, int offset, int value) {
        for (int i = 0; i < 4; i++) {
            out[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    private static void putNumber(byte[] out, int offset, int width, BigInteger value) {
        byte[] twos = value.toByteArray();
        int length = Math.min(twos.length, width);
        System.arraycopy(twos, twos.length - length, out, offset + width - length, length);
    }
}
