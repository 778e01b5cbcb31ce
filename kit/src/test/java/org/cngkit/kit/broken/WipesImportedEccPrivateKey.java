package org.cngkit.kit.broken;

import java.util.Arrays;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;

/**
 * Zeroes the private scalar in the caller's pbInput after importing an ECC private blob, as a well-meant "wipe the
 * secret once we have it": pbInput is an [in] parameter, the caller's memory, and may still be needed.
 */
public final class WipesImportedEccPrivateKey extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-wipes-imported-ecc-private-key";
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        NtStatus s = super.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, cbInput, dwFlags);
        if (s.isSuccess() && "ECCPRIVATEBLOB".equals(pszBlobType) && pbInput != null && cbInput >= 8) {
            int cbKey = u32(pbInput, 4);
            Arrays.fill(pbInput, Math.max(8, cbInput - cbKey), cbInput, (byte) 0);
        }
        return s;
    }
}
