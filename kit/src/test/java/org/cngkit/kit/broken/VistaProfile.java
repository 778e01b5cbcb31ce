package org.cngkit.kit.broken;

import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.Claims;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.cngkit.spi.WindowsProfile;

/**
 * Not broken: behaves as Windows Vista does. It declares the vista profile, has no AES key wrap (the key-wrap blob
 * type is STATUS_NOT_SUPPORTED on export and import) and otherwise is the reference.
 */
public final class VistaProfile extends ForwardingProvider {
    static final String KEY_WRAP = "Rfc3565KeyWrapBlob";

    @Override
    public String name() {
        return "vista-profile";
    }

    @Override
    public Claims claims() {
        return vistaClaims(reference.claims());
    }

    /** {@code claims} under the vista profile and without the key-wrap blob type. */
    static Claims vistaClaims(Claims claims) {
        Claims.Builder vista = Claims.builder(WindowsProfile.VISTA);
        for (AlgorithmClaim a : claims.algorithms()) {
            vista.algorithm(a.algorithmId()).keyBits(a.keyBits().stream().mapToInt(Integer::intValue).toArray())
                    .exports(a.exportBlobTypes().stream().filter(t -> !t.equals(KEY_WRAP)).toArray(String[]::new))
                    .imports(a.importBlobTypes().stream().filter(t -> !t.equals(KEY_WRAP)).toArray(String[]::new))
                    .add();
        }
        return vista.build();
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        if (KEY_WRAP.equals(pszBlobType)) {
            return NtStatus.NOT_SUPPORTED;
        }
        return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
    }

    @Override
    public NtStatus importKey(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                              byte[] pbKeyObject, int cbKeyObject, byte[] pbInput, int cbInput, int dwFlags) {
        if (KEY_WRAP.equals(pszBlobType)) {
            return NtStatus.NOT_SUPPORTED;
        }
        return super.importKey(hAlgorithm, hImportKey, pszBlobType, phKey, pbKeyObject, cbKeyObject, pbInput, cbInput, dwFlags);
    }
}
