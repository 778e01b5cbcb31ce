package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Trusts the real array instead of cbOutput: when the buffer is too small it still writes the whole blob. */
public final class WritesPastCbOutput extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-writes-past-cboutput";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.equals(NtStatus.BUFFER_TOO_SMALL) && pbOutput != null) {
            byte[] blob = referenceBlob(hKey, pszBlobType);
            System.arraycopy(blob, 0, pbOutput, 0, Math.min(blob.length, pbOutput.length));
        }
        return s;
    }
}
