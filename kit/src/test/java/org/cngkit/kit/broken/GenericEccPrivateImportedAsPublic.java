package org.cngkit.kit.broken;

import java.util.Arrays;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;

/**
 * Reads a generic BCRYPT_PRIVATE_KEY_BLOB of an ECC key pair with its public reader: the import succeeds, but the
 * key that comes back has lost its private part and exports no private blob any more.
 */
public final class GenericEccPrivateImportedAsPublic extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-generic-ecc-private-imported-as-public";
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        if ("PRIVATEBLOB".equals(pszBlobType) && pbInput != null && cbInput >= 8 && pbInput[0] == 'E'
                && (pbInput[3] == '2' || pbInput[3] == '4' || pbInput[3] == '6')) {
            int cbKey = u32(pbInput, 4);
            byte[] publicPart = Arrays.copyOf(pbInput, Math.min(cbInput, 8 + 2 * cbKey));
            publicPart[3]--;
            return super.importKeyPair(hAlgorithm, hImportKey, "PUBLICBLOB", phKey, publicPart, publicPart.length, dwFlags);
        }
        return super.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, cbInput, dwFlags);
    }
}
