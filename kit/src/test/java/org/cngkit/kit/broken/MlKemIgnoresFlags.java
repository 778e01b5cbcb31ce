package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Exports ML-KEM keys whatever dwFlags says, where the page requires dwFlags to be zero. */
public final class MlKemIgnoresFlags extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-mlkem-accepts-dwflags";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        boolean mlKem = referenceBlob(hKey, "MLKEMPUBLICBLOB") != null;
        return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, mlKem ? 0 : dwFlags);
    }
}
