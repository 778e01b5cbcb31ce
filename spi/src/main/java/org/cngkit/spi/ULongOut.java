package org.cngkit.spi;

/**
 * The {@code ULONG} a {@code ULONG *} out-parameter (such as {@code pcbResult}) points at.
 * Passing a Java {@code null} instead of an instance is passing a {@code NULL} pointer.
 *
 * <p>The value is an unsigned 32-bit quantity kept in an {@code int}; the caller may pre-set it
 * to a sentinel to see whether the callee wrote it.
 */
public final class ULongOut {
    private int value;

    public ULongOut() {
    }

    public ULongOut(int initial) {
        this.value = initial;
    }

    /** The raw 32 bits. */
    public int get() {
        return value;
    }

    /** The value read as an unsigned {@code ULONG}. */
    public long unsigned() {
        return Integer.toUnsignedLong(value);
    }

    public void set(int value) {
        this.value = value;
    }
}
