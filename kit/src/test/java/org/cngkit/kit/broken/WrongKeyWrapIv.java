package org.cngkit.kit.broken;

import java.nio.ByteBuffer;

import org.cngkit.spi.Handle;

/**
 * Wraps with RFC 5649's alternative initial value ({@code A65959A6} and the key length) instead of RFC 3394's
 * {@code A6A6A6A6A6A6A6A6}: the mix-up of AES key wrap with padding and without.
 */
public final class WrongKeyWrapIv extends BrokenKeyWrap {
    @Override
    public String name() {
        return "broken-wrong-key-wrap-iv";
    }

    @Override
    byte[] wrap(Handle hKey, Handle hExportKey) {
        byte[] key = secretOf(hKey);
        byte[] iv = ByteBuffer.allocate(8).putInt(0xA65959A6).putInt(key.length).array();
        return keyWrap(secretOf(hExportKey), key, iv);
    }
}
