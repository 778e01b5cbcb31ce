package org.cngkit.kit.broken;

import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.Claims;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Claims every export the reference claims but no import of key pairs, hoping the kit cannot set up known keys,
 * and corrupts the last byte of every RSA public blob it writes.
 */
public final class HidesExportsBehindUnclaimedImports extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-hides-exports-behind-unclaimed-imports";
    }

    @Override
    public Claims claims() {
        Claims.Builder narrowed = Claims.builder(reference.claims().profile());
        for (AlgorithmClaim a : reference.claims().algorithms()) {
            var claim = narrowed.algorithm(a.algorithmId())
                    .keyBits(a.keyBits().stream().mapToInt(Integer::intValue).toArray())
                    .parameterSets(a.parameterSets().toArray(String[]::new))
                    .exports(a.exportBlobTypes().toArray(String[]::new));
            if (a.algorithmId().equals("AES") || a.algorithmId().equals("3DES")) {
                claim.imports(a.importBlobTypes().toArray(String[]::new));
            }
            claim.add();
        }
        return narrowed.build();
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && pcbResult != null && "RSAPUBLICBLOB".equals(pszBlobType)) {
            pbOutput[pcbResult.get() - 1] ^= 0x01;
        }
        return s;
    }
}
