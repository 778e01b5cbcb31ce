package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Answers a size query for a legacy DH private blob without its 8-byte BLOBHEADER, as a size computation that was
 * copied from the CNG layout and never given the CryptoAPI header. Every other type and every real export is right.
 */
public final class SizeQueryForgetsLegacyHeader extends ForwardingProvider {
    private static final int BLOBHEADER = 8;

    @Override
    public String name() {
        return "broken-size-query-forgets-legacy-header";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput == null && pcbResult != null && "CAPIDHPRIVATEBLOB".equals(pszBlobType)) {
            pcbResult.set(pcbResult.get() - BLOBHEADER);
        }
        return s;
    }
}
