package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Answers a private blob type asked of a public-only key with the key's public blob and STATUS_SUCCESS instead
 * of refusing it, as an implementation that maps every blob type to "what the key has" might.
 */
public final class ExportsPrivateBlobOfPublicKey extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-exports-private-blob-of-public-key";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.value() == NtStatus.INVALID_PARAMETER.value() && pszBlobType != null && pszBlobType.contains("PRIVATE")
                && dwFlags == 0 && Handle.isNull(hExportKey)) {
            return super.exportKey(hKey, hExportKey, "PUBLICBLOB", pbOutput, cbOutput, pcbResult, dwFlags);
        }
        return s;
    }
}
