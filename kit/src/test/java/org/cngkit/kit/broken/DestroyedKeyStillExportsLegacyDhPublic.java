package org.cngkit.kit.broken;

import java.util.HashMap;
import java.util.Map;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Keeps a cache of legacy DH public blobs that BCryptDestroyKey does not clear, and serves an export of a destroyed
 * key from it: every other blob type of a destroyed key is refused as it should be.
 */
public final class DestroyedKeyStillExportsLegacyDhPublic extends ForwardingProvider {
    private static final String CACHED = "CAPIDHPUBLICBLOB";
    private final Map<Handle, byte[]> cache = new HashMap<>();

    @Override
    public String name() {
        return "broken-destroyed-key-still-exports-legacy-dh-public";
    }

    @Override
    public synchronized NtStatus destroyKey(Handle hKey) {
        byte[] blob = referenceBlob(hKey, CACHED);
        if (blob != null) {
            cache.put(hKey, blob);
        }
        return super.destroyKey(hKey);
    }

    @Override
    public synchronized NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput,
                                           int cbOutput, ULongOut pcbResult, int dwFlags) {
        byte[] cached = CACHED.equals(pszBlobType) ? cache.get(hKey) : null;
        if (cached == null) {
            return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        }
        if (pcbResult != null) {
            pcbResult.set(cached.length);
        }
        if (pbOutput == null) {
            return NtStatus.SUCCESS;
        }
        if (cbOutput < cached.length) {
            return NtStatus.BUFFER_TOO_SMALL;
        }
        System.arraycopy(cached, 0, pbOutput, 0, cached.length);
        return NtStatus.SUCCESS;
    }
}
