package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Writes the private exponent of a DH private blob in its own length instead of zero-padding it to cbKey, so a
 * short x (as every key of dh_blob_test.json has) gives a short blob.
 */
public final class UnpaddedDhPrivateExponent extends ForwardingProvider {
    private static final int DHPV = 0x56504844;

    @Override
    public String name() {
        return "broken-unpadded-dh-private-exponent";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (!s.isSuccess() || pbOutput == null || pcbResult == null || pcbResult.get() < 8 || u32(pbOutput, 0) != DHPV) {
            return s;
        }
        int cbKey = u32(pbOutput, 4);
        int xStart = 8 + 3 * cbKey;
        int zeros = 0;
        while (zeros < cbKey - 1 && pbOutput[xStart + zeros] == 0) {
            zeros++;
        }
        System.arraycopy(pbOutput, xStart + zeros, pbOutput, xStart, cbKey - zeros);
        pcbResult.set(xStart + cbKey - zeros);
        return s;
    }
}
