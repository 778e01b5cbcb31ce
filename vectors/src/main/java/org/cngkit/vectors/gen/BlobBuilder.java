package org.cngkit.vectors.gen;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * Appends the pieces CNG key blobs are made of: little-endian u4 header fields and unsigned big-endian numbers
 * zero-padded on the left to a stated width. The generator's own writer; vectors are checked against the
 * independent Kaitai parsers.
 */
final class BlobBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** A little-endian u4. */
    BlobBuilder u32(long value) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (value >>> (8 * i)));
        }
        return this;
    }

    /** One byte. */
    BlobBuilder u8(int value) {
        out.write(value);
        return this;
    }

    /** A little-endian u2. */
    BlobBuilder u16(int value) {
        out.write(value);
        out.write(value >>> 8);
        return this;
    }

    /** {@code value} as exactly {@code width} little-endian bytes (CryptoAPI blobs), zero-padded at the end. */
    BlobBuilder numberLittleEndian(BigInteger value, int width) {
        byte[] be = bigEndian(value, width);
        byte[] le = new byte[width];
        for (int i = 0; i < width; i++) {
            le[i] = be[width - 1 - i];
        }
        return bytes(le);
    }

    /** {@code value} as exactly {@code width} big-endian bytes. */
    BlobBuilder number(BigInteger value, int width) {
        return bytes(bigEndian(value, width));
    }

    BlobBuilder bytes(byte[] raw) {
        out.writeBytes(raw);
        return this;
    }

    byte[] build() {
        return out.toByteArray();
    }

    /** {@code value} as exactly {@code width} big-endian bytes, zero-padded on the left. */
    static byte[] bigEndian(BigInteger value, int width) {
        byte[] minimal = minimal(value);
        if (minimal.length > width) {
            throw new IllegalArgumentException("a " + minimal.length + "-byte number does not fit in " + width + " bytes");
        }
        byte[] padded = new byte[width];
        System.arraycopy(minimal, 0, padded, width - minimal.length, minimal.length);
        return padded;
    }

    /** {@code value} in as few big-endian bytes as it takes (one byte for zero). */
    static byte[] minimal(BigInteger value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException("negative number");
        }
        byte[] twos = value.toByteArray();
        if (twos.length > 1 && twos[0] == 0) {
            byte[] trimmed = new byte[twos.length - 1];
            System.arraycopy(twos, 1, trimmed, 0, trimmed.length);
            return trimmed;
        }
        return twos;
    }

    /** The byte length of {@link #minimal(BigInteger)}. */
    static int length(BigInteger value) {
        return minimal(value).length;
    }
}
