package org.cngkit.kit.broken;

import java.nio.charset.StandardCharsets;

import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;

/**
 * Matches the parameter-set name of an SLH-DSA blob ignoring case on import ("sha2-128f" for "SHA2-128f"), as a
 * lookup with equalsIgnoreCase would: names are exact strings, and another spelling is another (unknown) set.
 */
public final class ParameterSetIgnoresCase extends ForwardingProvider {
    private static final int HEADER = 12;

    @Override
    public String name() {
        return "broken-parameter-set-ignores-case";
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        byte[] input = pbInput;
        if (pszBlobType != null && pszBlobType.startsWith("PQDSA") && pbInput != null && cbInput > HEADER) {
            int cbName = u32(pbInput, 4);
            if (cbName >= 2 && HEADER + cbName <= cbInput) {
                String name = new String(pbInput, HEADER, cbName - 2, StandardCharsets.UTF_16LE);
                String canonical = reference.claims().algorithm("SLH-DSA").map(AlgorithmClaim::parameterSets)
                        .flatMap(sets -> sets.stream().filter(name::equalsIgnoreCase).findFirst()).orElse(name);
                input = pbInput.clone();
                byte[] bytes = canonical.getBytes(StandardCharsets.UTF_16LE);
                System.arraycopy(bytes, 0, input, HEADER, bytes.length);
            }
        }
        return super.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, input, cbInput, dwFlags);
    }
}
