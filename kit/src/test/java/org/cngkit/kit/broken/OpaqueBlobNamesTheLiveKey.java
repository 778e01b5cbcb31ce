package org.cngkit.kit.broken;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Treats an opaque blob as a reference to the key object it came from: the import looks the blob up among the live
 * keys it exported and fails once that key is destroyed. While the key lives, the blob round-trips perfectly.
 */
public final class OpaqueBlobNamesTheLiveKey extends ForwardingProvider {
    private static final String OPAQUE = "OpaqueKeyBlob";
    private final Map<ByteBuffer, Handle> liveBlobs = new HashMap<>();

    @Override
    public String name() {
        return "broken-opaque-blob-names-the-live-key";
    }

    @Override
    public synchronized NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput,
                                           int cbOutput, ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && OPAQUE.equals(pszBlobType) && pbOutput != null && pcbResult != null) {
            liveBlobs.put(ByteBuffer.wrap(java.util.Arrays.copyOf(pbOutput, pcbResult.get())), hKey);
        }
        return s;
    }

    @Override
    public synchronized NtStatus importKey(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                           byte[] pbKeyObject, int cbKeyObject, byte[] pbInput, int cbInput, int dwFlags) {
        if (OPAQUE.equals(pszBlobType) && pbInput != null
                && !liveBlobs.containsKey(ByteBuffer.wrap(java.util.Arrays.copyOf(pbInput, Math.max(0, cbInput))))) {
            return NtStatus.INVALID_PARAMETER;
        }
        return super.importKey(hAlgorithm, hImportKey, pszBlobType, phKey, pbKeyObject, cbKeyObject, pbInput, cbInput, dwFlags);
    }

    @Override
    public synchronized NtStatus destroyKey(Handle hKey) {
        liveBlobs.values().removeIf(hKey::equals);
        return super.destroyKey(hKey);
    }
}
