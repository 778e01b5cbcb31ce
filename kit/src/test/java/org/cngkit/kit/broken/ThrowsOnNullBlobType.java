package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Dereferences pszBlobType without a NULL check, the Java way: it throws. */
public final class ThrowsOnNullBlobType extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-throws-on-null-blob-type";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        if (pszBlobType.isEmpty()) {
            return NtStatus.NOT_SUPPORTED;
        }
        return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
    }
}
