package org.cngkit.spi;

/**
 * The memory a {@code BCRYPT_KEY_HANDLE *} or {@code BCRYPT_ALG_HANDLE *} out-parameter points at.
 * Passing a Java {@code null} instead of an instance is passing a {@code NULL} pointer.
 */
public final class HandleOut {
    private Handle value = Handle.NULL;

    public Handle get() {
        return value;
    }

    public void set(Handle handle) {
        this.value = handle == null ? Handle.NULL : handle;
    }
}
