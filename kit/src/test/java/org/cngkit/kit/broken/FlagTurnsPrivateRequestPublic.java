package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Reads any non-zero dwFlags on a generic BCRYPT_PRIVATE_KEY_BLOB request as "public part only" and exports the
 * BCRYPT_PUBLIC_KEY_BLOB instead, with STATUS_SUCCESS: the caller asked for a private blob and gets another one.
 */
public final class FlagTurnsPrivateRequestPublic extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-flag-turns-private-request-public";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        if (dwFlags != 0 && "PRIVATEBLOB".equals(pszBlobType)) {
            return super.exportKey(hKey, hExportKey, "PUBLICBLOB", pbOutput, cbOutput, pcbResult, 0);
        }
        return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
    }
}
