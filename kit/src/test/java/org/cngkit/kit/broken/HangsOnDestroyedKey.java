package org.cngkit.kit.broken;

import java.util.HashSet;
import java.util.Set;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Waits forever when asked for the key data blob of a key it has destroyed, as a use-after-free that spins would.
 * One blob type only: each hung call costs the kit one call timeout, and the per-pair destroyed-key rule asks every
 * claimed type of about forty keys.
 */
public final class HangsOnDestroyedKey extends ForwardingProvider {
    private final Set<Handle> destroyed = new HashSet<>();

    @Override
    public String name() {
        return "broken-hangs-on-destroyed-key";
    }

    @Override
    public synchronized NtStatus destroyKey(Handle hKey) {
        destroyed.add(hKey);
        return super.destroyKey(hKey);
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        boolean gone;
        synchronized (this) {
            gone = destroyed.contains(hKey);
        }
        if (gone && BlobTypes.KEY_DATA.equals(pszBlobType)) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return NtStatus.INTERNAL_ERROR;
        }
        return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
    }
}
