package org.cngkit.reference;

import org.bouncycastle.util.Arrays;
import org.bouncycastle.util.Pack;
import org.cngkit.spi.NtStatus;

/**
 * The layout bcrypt.h calls BCRYPT_PARAMETER_SET_KEY_BLOB, used under the names BCRYPT_MLKEM_KEY_BLOB and
 * BCRYPT_PQDSA_KEY_BLOB by the six post-quantum blob types (blob-layouts-digest sections 2.7 and 2.8).
 *
 * <pre>
 * offset      size             field           value
 *      0      u32 LE           dwMagic         which algorithm and kind of material, e.g. 0x504B4C4D ("MLKP")
 *      4      u32 LE           cbParameterSet  bytes of the name below, its NUL included: 8 for "512"
 *      8      u32 LE           cbKey           bytes of key material
 *     12      cbParameterSet   parameter set   UTF-16LE name, then 00 00
 *     12+cbPS cbKey            key             the material in its standard's encoding
 * </pre>
 * No padding anywhere; the whole blob is 12 + cbParameterSet + cbKey bytes.
 */
final class ParameterSetKeyBlob {
    static final int HEADER_LENGTH = 12;

    /** What a well-formed blob holds, before anyone has checked that it makes sense for an algorithm. */
    record Contents(int magic, String parameterSet, byte[] key) {
    }

    private ParameterSetKeyBlob() {
    }

    static byte[] write(int magic, String parameterSet, byte[] key) {
        byte[] name = Utf16Name.encode(parameterSet);
        byte[] blob = new byte[HEADER_LENGTH + name.length + key.length];
        Pack.intToLittleEndian(magic, blob, 0);
        Pack.intToLittleEndian(name.length, blob, 4);
        Pack.intToLittleEndian(key.length, blob, 8);
        System.arraycopy(name, 0, blob, HEADER_LENGTH, name.length);
        System.arraycopy(key, 0, blob, HEADER_LENGTH + name.length, key.length);
        return blob;
    }

    /**
     * The fields of a well-formed blob. Refused with STATUS_INVALID_PARAMETER when the blob is shorter than
     * the header, its length is not exactly 12 + cbParameterSet + cbKey, or the name is not a NUL-terminated
     * UTF-16LE string filling cbParameterSet ({@link Utf16Name}).
     */
    static Outcome<Contents> read(byte[] blob) {
        if (blob.length < HEADER_LENGTH) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        long nameLength = Integer.toUnsignedLong(Pack.littleEndianToInt(blob, 4));
        long keyLength = Integer.toUnsignedLong(Pack.littleEndianToInt(blob, 8));
        if (HEADER_LENGTH + nameLength + keyLength != blob.length) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        int keyOffset = HEADER_LENGTH + (int) nameLength;
        return Utf16Name.decode(blob, HEADER_LENGTH, (int) nameLength).then(name -> Outcome.of(
                new Contents(Pack.littleEndianToInt(blob, 0), name, Arrays.copyOfRange(blob, keyOffset, blob.length))));
    }
}
