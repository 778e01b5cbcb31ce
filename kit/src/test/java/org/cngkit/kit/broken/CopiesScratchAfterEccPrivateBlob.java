package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Serializes an ECC private blob into a scratch area and copies the whole area, as far as cbOutput allows, into the
 * caller's buffer: *pcbResult and the blob are right, but the bytes after the blob repeat the private key.
 */
public final class CopiesScratchAfterEccPrivateBlob extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-copies-scratch-after-ecc-private-blob";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && pcbResult != null && "ECCPRIVATEBLOB".equals(pszBlobType)) {
            int size = pcbResult.get();
            for (int i = size; i < Math.min(cbOutput, pbOutput.length); i++) {
                pbOutput[i] = pbOutput[i - size];
            }
        }
        return s;
    }
}
