package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Stores cbOutput in *pcbResult after a successful export instead of the number of bytes copied. */
public final class ReportsCbOutputAsResult extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-reports-cboutput-as-result";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && pcbResult != null) {
            pcbResult.set(cbOutput);
        }
        return s;
    }
}
