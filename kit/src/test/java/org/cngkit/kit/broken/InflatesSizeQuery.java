package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Answers a size query (NULL pbOutput) with 1000 bytes more than the blob needs. */
public final class InflatesSizeQuery extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-inflates-size-query";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput == null && pcbResult != null) {
            pcbResult.set(pcbResult.get() + 1000);
        }
        return s;
    }
}
