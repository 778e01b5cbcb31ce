package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;

/**
 * Reads a DSA public blob up to the end of the array it was given instead of cbInput, as a Java port that forgot
 * the length parameter: a cbInput shorter than the blob's own length fields goes unnoticed.
 */
public final class ImportReadsArrayLength extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-import-reads-array-length";
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        int length = "DSAPUBLICBLOB".equals(pszBlobType) && pbInput != null ? pbInput.length : cbInput;
        return super.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, length, dwFlags);
    }
}
