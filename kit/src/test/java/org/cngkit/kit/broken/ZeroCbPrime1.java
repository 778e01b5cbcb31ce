package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Leaves cbPrime1 of RSA private blobs at 0, as a writer that fills the header before it knows the primes might. */
public final class ZeroCbPrime1 extends ForwardingProvider {
    private static final int RSA2 = 0x32415352;
    private static final int RSA3 = 0x33415352;

    @Override
    public String name() {
        return "broken-zero-cbprime1";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && pcbResult != null && pcbResult.get() >= 24
                && (u32(pbOutput, 0) == RSA2 || u32(pbOutput, 0) == RSA3)) {
            for (int i = 16; i < 20; i++) {
                pbOutput[i] = 0;
            }
        }
        return s;
    }
}
