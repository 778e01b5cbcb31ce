package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;

/**
 * Trusts pszBlobType on a DH private import and never looks at the magic: it stamps the right magic on a copy of
 * the blob before reading it, so a blob of another family (another magic) imports as if it were one.
 */
public final class ImportTrustsDhBlobType extends ForwardingProvider {
    private static final int DH_PRIVATE_MAGIC = 0x56504844;

    @Override
    public String name() {
        return "broken-import-trusts-dh-blob-type";
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        if ("DHPRIVATEBLOB".equals(pszBlobType) && pbInput != null && cbInput >= 4) {
            byte[] stamped = pbInput.clone();
            setU32(stamped, 0, DH_PRIVATE_MAGIC);
            return super.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, stamped, cbInput, dwFlags);
        }
        return super.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, cbInput, dwFlags);
    }
}
