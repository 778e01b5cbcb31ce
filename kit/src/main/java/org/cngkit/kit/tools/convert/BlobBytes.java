package org.cngkit.kit.tools.convert;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.util.Arrays;

/** Assembles a key blob: little-endian u4 header fields and fixed-length big-endian numbers. */
final class BlobBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    BlobBytes u4(long value) {
        out.write((int) value);
        out.write((int) (value >>> 8));
        out.write((int) (value >>> 16));
        out.write((int) (value >>> 24));
        return this;
    }

    BlobBytes u4be(long value) {
        out.write((int) (value >>> 24));
        out.write((int) (value >>> 16));
        out.write((int) (value >>> 8));
        out.write((int) value);
        return this;
    }

    BlobBytes bytes(byte[] bytes) {
        out.writeBytes(bytes);
        return this;
    }

    /** {@code value} unsigned big-endian in exactly {@code length} bytes. */
    BlobBytes number(BigInteger value, int length) {
        return bytes(fixed(value, length));
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    /** {@code value} unsigned big-endian in its minimal length (at least one byte). */
    static int minimalLength(BigInteger value) {
        return Math.max(1, (value.bitLength() + 7) / 8);
    }

    /**
     * {@code value} unsigned big-endian in exactly {@code length} bytes.
     *
     * @throws IllegalArgumentException if it does not fit
     */
    static byte[] fixed(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        int start = raw.length > 1 && raw[0] == 0 ? 1 : 0;
        int size = raw.length - start;
        if (size > length) {
            throw new IllegalArgumentException("a number of " + size + " bytes does not fit in " + length);
        }
        byte[] out = new byte[length];
        System.arraycopy(raw, start, out, length - size, size);
        return out;
    }

    static byte[] filled(int length, int value) {
        byte[] out = new byte[length];
        Arrays.fill(out, (byte) value);
        return out;
    }
}
