package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Leaves the 24-byte DSSSEED off the end of LEGACY_DSA_V2_PRIVATE_BLOB, and counts the shorter blob consistently. */
public final class DssBlobWithoutSeed extends ForwardingProvider {
    private static final String V2 = "V2CAPIDSAPRIVATEBLOB";

    @Override
    public String name() {
        return "broken-dss-blob-without-seed";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        if (!V2.equals(pszBlobType) || pcbResult == null) {
            return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        }
        ULongOut full = new ULongOut();
        NtStatus size = super.exportKey(hKey, hExportKey, pszBlobType, null, 0, full, dwFlags);
        if (!size.isSuccess()) {
            return size;
        }
        int shorter = full.get() - 24;
        if (pbOutput == null) {
            pcbResult.set(shorter);
            return size;
        }
        if (cbOutput < shorter) {
            pcbResult.set(shorter);
            return NtStatus.BUFFER_TOO_SMALL;
        }
        byte[] whole = new byte[full.get()];
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, whole, whole.length, full, dwFlags);
        if (s.isSuccess()) {
            System.arraycopy(whole, 0, pbOutput, 0, shorter);
            pcbResult.set(shorter);
        }
        return s;
    }
}
