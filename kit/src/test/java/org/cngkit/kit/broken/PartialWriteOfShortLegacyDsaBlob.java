package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Copies as much of a legacy DSA private blob as fits into a buffer that is too small before it reports
 * STATUS_BUFFER_TOO_SMALL: the caller's buffer then holds part of the private key although the call failed.
 */
public final class PartialWriteOfShortLegacyDsaBlob extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-partial-write-of-short-legacy-dsa-blob";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.equals(NtStatus.BUFFER_TOO_SMALL) && pbOutput != null && cbOutput > 0
                && "CAPIDSAPRIVATEBLOB".equals(pszBlobType)) {
            byte[] blob = referenceBlob(hKey, pszBlobType);
            if (blob != null) {
                System.arraycopy(blob, 0, pbOutput, 0, Math.min(cbOutput, blob.length));
            }
        }
        return s;
    }
}
