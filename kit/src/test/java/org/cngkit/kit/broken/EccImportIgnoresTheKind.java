package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;

/**
 * Reads only the curve from the magic of a per-curve ECC blob, not whether it is an ECDH ("ECK") or an ECDSA ("ECS")
 * key: when the algorithm refuses the blob, it tries again with the other kind's magic, so an ECDH blob imports into
 * ECDSA and the reverse. Every blob of the right kind imports exactly as before.
 */
public final class EccImportIgnoresTheKind extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-ecc-import-ignores-the-kind";
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        NtStatus status = super.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, cbInput, dwFlags);
        boolean eccBlob = "ECCPUBLICBLOB".equals(pszBlobType) || "ECCPRIVATEBLOB".equals(pszBlobType);
        if (status.isSuccess() || !eccBlob || pbInput == null || cbInput < 4 || pbInput[0] != 'E' || pbInput[1] != 'C'
                || pbInput[3] < '1' || pbInput[3] > '6' || (pbInput[2] != 'K' && pbInput[2] != 'S')) {
            return status;
        }
        byte[] otherKind = pbInput.clone();
        otherKind[2] = (byte) (pbInput[2] == 'K' ? 'S' : 'K');
        return super.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, otherKind, cbInput, dwFlags);
    }
}
