package org.cngkit.spi;

/**
 * An opaque CNG handle ({@code BCRYPT_ALG_HANDLE} or {@code BCRYPT_KEY_HANDLE}).
 *
 * <p>Like in C, algorithm and key handles share one type, so a caller can pass an algorithm
 * handle where a key handle belongs and the implementation has to notice. The value means
 * nothing to the caller; {@link #NULL} is the C {@code NULL} handle. Implementations must
 * treat a Java {@code null} reference like {@link #NULL}.
 */
public record Handle(long value) {

    /** The C {@code NULL} handle. */
    public static final Handle NULL = new Handle(0);

    public static Handle of(long value) {
        return value == 0 ? NULL : new Handle(value);
    }

    public boolean isNull() {
        return value == 0;
    }

    /** True for {@code null} references and {@link #NULL}. */
    public static boolean isNull(Handle handle) {
        return handle == null || handle.isNull();
    }

    @Override
    public String toString() {
        return isNull() ? "NULL" : "0x" + Long.toHexString(value);
    }
}
