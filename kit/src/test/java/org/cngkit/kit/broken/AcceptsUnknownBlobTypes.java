package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Answers any blob type it does not know with a KeyDataBlob and STATUS_SUCCESS. */
public final class AcceptsUnknownBlobTypes extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-accepts-unknown-blob-types";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.equals(NtStatus.NOT_SUPPORTED)) {
            return super.exportKey(hKey, hExportKey, "KeyDataBlob", pbOutput, cbOutput, pcbResult, dwFlags);
        }
        return s;
    }
}
