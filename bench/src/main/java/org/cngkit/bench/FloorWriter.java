package org.cngkit.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The plain-Java writer floor: each blob written with one {@link ByteBuffer} from numbers that are already byte arrays
 * of their field widths, in the byte order the blob wants, straight into the caller's buffer (as BCryptExportKey
 * writes into pbOutput; the buffer must be large enough). Nothing is checked and nothing computed: the cheapest
 * export there can be, which the reference is measured against. Each method returns {@code out}. Layouts: blob-layouts-digest sections 2.1-2.3, 2.7,
 * 2.8 and 3 (shared/spec).
 */
final class FloorWriter {
    private FloorWriter() {
    }

    /** BCRYPT_RSAKEY_BLOB: RSA1 from (e, n); RSA2 adds (p, q); RSA3 adds (dp, dq, qInv, d). */
    static byte[] rsa(byte[] blob, int magic, int bits, byte[]... numbers) {
        ByteBuffer out = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(magic).putInt(bits).putInt(numbers[0].length).putInt(numbers[1].length)
                .putInt(numbers.length > 2 ? numbers[2].length : 0).putInt(numbers.length > 3 ? numbers[3].length : 0);
        for (byte[] number : numbers) {
            out.put(number);
        }
        return blob;
    }

    /**
     * CryptoAPI PRIVATEKEYBLOB of RSA (bVersion 2, CALG_RSA_KEYX, RSA2): the numbers n, p, q, dp, dq, qInv, d already
     * little-endian and of their widths (bitlen/8, bitlen/16 ...).
     */
    static byte[] capiRsaPrivate(byte[] blob, int bits, int e, byte[]... littleEndianNumbers) {
        ByteBuffer out = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 7).put((byte) 2).putShort((short) 0).putInt(0xa400).putInt(PlainBlobParser.RSA2).putInt(bits)
                .putInt(e);
        for (byte[] number : littleEndianNumbers) {
            out.put(number);
        }
        return blob;
    }

    /** BCRYPT_ECCKEY_BLOB, private: magic, cbKey, X, Y, d. */
    static byte[] eccPrivate(byte[] blob, int magic, byte[] x, byte[] y, byte[] d) {
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).putInt(magic).putInt(x.length).put(x).put(y).put(d);
        return blob;
    }

    /** BCRYPT_PARAMETER_SET_KEY_BLOB: magic, cbParameterSet, cbKey, the name (UTF-16LE with its NUL), the key. */
    static byte[] parameterSet(byte[] blob, int magic, byte[] nameWithNul, byte[] key) {
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).putInt(magic).putInt(nameWithNul.length).putInt(key.length)
                .put(nameWithNul).put(key);
        return blob;
    }

    /** BCRYPT_KEY_DATA_BLOB: KDBM, version 1, cbKeyData, the key. */
    static byte[] keyData(byte[] blob, byte[] key) {
        ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN).putInt(PlainBlobParser.KEY_DATA_MAGIC).putInt(1)
                .putInt(key.length).put(key);
        return blob;
    }
}
