package org.cngkit.reference;

import org.bouncycastle.util.Pack;
import org.cngkit.spi.NtStatus;

/**
 * {@code BCRYPT_KEY_DATA_BLOB} ({@code "KeyDataBlob"}): a {@code BCRYPT_KEY_DATA_BLOB_HEADER}
 * followed by the raw secret (blob-layouts-digest section 2.1).
 *
 * <pre>
 * offset  size        field      value
 *      0  u32 LE      dwMagic    0x4D42444B, bytes 4B 44 42 4D ("KDBM")
 *      4  u32 LE      dwVersion  1
 *      8  u32 LE      cbKeyData  n
 *     12  n bytes     key        the secret exactly as given to BCryptGenerateSymmetricKey
 * </pre>
 * The blob is 12 + n bytes; an AES-128 key therefore exports as 28 bytes.
 */
final class KeyDataBlob {
    static final int MAGIC = 0x4D42444B;
    static final int VERSION_1 = 1;
    static final int HEADER_LENGTH = 12;

    private KeyDataBlob() {
    }

    static byte[] write(byte[] keyData) {
        byte[] blob = new byte[HEADER_LENGTH + keyData.length];
        Pack.intToLittleEndian(MAGIC, blob, 0);
        Pack.intToLittleEndian(VERSION_1, blob, 4);
        Pack.intToLittleEndian(keyData.length, blob, 8);
        System.arraycopy(keyData, 0, blob, HEADER_LENGTH, keyData.length);
        return blob;
    }

    /**
     * The key bytes of a well-formed blob. Refused with STATUS_INVALID_PARAMETER when the blob is
     * shorter than the header, has another magic or version, or its length is not exactly
     * 12 + cbKeyData. Whether the key length suits the algorithm is the algorithm's question.
     */
    static Outcome<byte[]> read(byte[] blob) {
        if (blob.length < HEADER_LENGTH
                || Pack.littleEndianToInt(blob, 0) != MAGIC
                || Pack.littleEndianToInt(blob, 4) != VERSION_1) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        long keyLength = Integer.toUnsignedLong(Pack.littleEndianToInt(blob, 8));
        if (HEADER_LENGTH + keyLength != blob.length) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        byte[] key = new byte[(int) keyLength];
        System.arraycopy(blob, HEADER_LENGTH, key, 0, key.length);
        return Outcome.of(key);
    }
}
