package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Wraps every key under a built-in all-zero AES-128 key, whatever hExportKey is (NULL, a 3DES key, another AES key). */
public final class IgnoresWrappingKey extends BrokenKeyWrap {
    private static final byte[] BUILT_IN_KEK = new byte[16];

    @Override
    public String name() {
        return "broken-ignores-wrapping-key";
    }

    /** Checks the key to wrap only: hExportKey is never looked at. */
    @Override
    NtStatus check(Handle hKey, Handle hExportKey, ULongOut pcbResult, int dwFlags) {
        byte[] key = secretOf(hKey);
        if (key == null) {
            return NtStatus.INVALID_HANDLE;
        }
        return pcbResult == null || key.length < 16 || key.length % 8 != 0 ? NtStatus.INVALID_PARAMETER : NtStatus.SUCCESS;
    }

    @Override
    byte[] wrap(Handle hKey, Handle hExportKey) {
        return keyWrap(BUILT_IN_KEK, secretOf(hKey), DEFAULT_IV);
    }
}
