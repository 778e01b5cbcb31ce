package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Writes a zero byte right after a generic BCRYPT_PRIVATE_KEY_BLOB, as a writer that terminates its output like a
 * string: one byte past the blob, which is past cbOutput when the buffer is exactly the blob's size.
 */
public final class TerminatesGenericPrivateBlob extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-terminates-generic-private-blob";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && pcbResult != null && "PRIVATEBLOB".equals(pszBlobType)
                && pcbResult.get() < pbOutput.length) {
            pbOutput[pcbResult.get()] = 0;
        }
        return s;
    }
}
