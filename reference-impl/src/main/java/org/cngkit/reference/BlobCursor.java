package org.cngkit.reference;

import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.util.Pack;

/**
 * Reads a CNG key blob front to back: little-endian u32 header fields, then byte strings of the lengths the
 * header gave. Every read checks the bounds; a reader asks {@link #ok()} once at the end, so a short or
 * overlong blob is refused in one place.
 */
final class BlobCursor {
    private final byte[] blob;
    private int position;
    private boolean overrun;

    BlobCursor(byte[] blob) {
        this.blob = blob;
    }

    /** The next little-endian u32 as a non-negative long (0 past the end). */
    long u32() {
        if (!available(4)) {
            return 0;
        }
        long value = Integer.toUnsignedLong(Pack.littleEndianToInt(blob, position));
        position += 4;
        return value;
    }

    /** The next {@code length} bytes (empty past the end). */
    byte[] bytes(long length) {
        if (!available(length)) {
            return new byte[0];
        }
        byte[] out = Arrays.copyOfRange(blob, position, position + (int) length);
        position += (int) length;
        return out;
    }

    /** The next {@code length} bytes as an unsigned big-endian number. */
    BigInteger number(long length) {
        return new BigInteger(1, bytes(length));
    }

    /** True when every read stayed inside the blob and the blob has no bytes left. */
    boolean ok() {
        return !overrun && position == blob.length;
    }

    private boolean available(long length) {
        if (overrun || length < 0 || position + length > blob.length) {
            overrun = true;
            return false;
        }
        return true;
    }
}
