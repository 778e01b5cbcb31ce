package org.cngkit.reference;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.Pack;

/**
 * Puts a CNG key blob together: little-endian u32 header fields and unsigned big-endian numbers of a stated
 * width, the two kinds of field every asymmetric CNG blob is made of.
 */
final class BlobAssembler {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    BlobAssembler u32(int value) {
        out.writeBytes(Pack.intToLittleEndian(value));
        return this;
    }

    /** {@code value} as exactly {@code width} big-endian bytes, zero-padded on the left. */
    BlobAssembler number(BigInteger value, int width) {
        out.writeBytes(BigIntegers.asUnsignedByteArray(width, value));
        return this;
    }

    BlobAssembler bytes(byte[] raw) {
        out.writeBytes(raw);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    /** The number of bytes {@code value} takes without leading zero bytes (at least one). */
    static int minimalLength(BigInteger value) {
        return Math.max(1, BigIntegers.getUnsignedByteLength(value));
    }
}
