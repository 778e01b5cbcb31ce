package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Writes the cbKeyData field of BCRYPT_KEY_DATA_BLOB_HEADER big-endian. */
public final class BigEndianKeyDataHeader extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-big-endian-key-data-header";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && "KeyDataBlob".equals(pszBlobType)) {
            for (int i = 0; i < 2; i++) {
                byte b = pbOutput[8 + i];
                pbOutput[8 + i] = pbOutput[11 - i];
                pbOutput[11 - i] = b;
            }
        }
        return s;
    }
}
