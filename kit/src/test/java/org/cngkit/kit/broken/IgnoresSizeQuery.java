package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Treats a NULL pbOutput like an empty buffer: a size query gets STATUS_BUFFER_TOO_SMALL. */
public final class IgnoresSizeQuery extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-ignores-size-query";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        return pbOutput == null && s.isSuccess() ? NtStatus.BUFFER_TOO_SMALL : s;
    }
}
