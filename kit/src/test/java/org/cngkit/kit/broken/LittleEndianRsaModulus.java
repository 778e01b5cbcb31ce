package org.cngkit.kit.broken;

import java.util.Set;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** Writes the modulus of every RSA blob little-endian, as a port that forgot CNG numbers are big-endian might. */
public final class LittleEndianRsaModulus extends ForwardingProvider {
    private static final Set<String> RSA_TYPES = Set.of("RSAPUBLICBLOB", "RSAPRIVATEBLOB", "RSAFULLPRIVATEBLOB");

    @Override
    public String name() {
        return "broken-little-endian-rsa-modulus";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && RSA_TYPES.contains(pszBlobType)) {
            int start = 24 + u32(pbOutput, 8);
            int length = u32(pbOutput, 12);
            for (int i = 0; i < length / 2; i++) {
                byte b = pbOutput[start + i];
                pbOutput[start + i] = pbOutput[start + length - 1 - i];
                pbOutput[start + length - 1 - i] = b;
            }
        }
        return s;
    }
}
