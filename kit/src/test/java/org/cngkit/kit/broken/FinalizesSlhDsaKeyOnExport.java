package org.cngkit.kit.broken;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Finalizes an SLH-DSA key pair on its first export when the caller did not, as a "helpful" shortcut: the caller's
 * mistake (exporting before BCryptFinalizeKeyPair) goes unnoticed and the key's properties can no longer be set.
 */
public final class FinalizesSlhDsaKeyOnExport extends ForwardingProvider {
    private final Map<Handle, String> algorithms = new HashMap<>();
    private final Set<Handle> unfinished = new HashSet<>();

    @Override
    public String name() {
        return "broken-finalizes-slh-dsa-key-on-export";
    }

    @Override
    public synchronized NtStatus openAlgorithmProvider(HandleOut phAlgorithm, String pszAlgId, String pszImplementation,
                                                       int dwFlags) {
        NtStatus s = super.openAlgorithmProvider(phAlgorithm, pszAlgId, pszImplementation, dwFlags);
        if (s.isSuccess() && phAlgorithm != null) {
            algorithms.put(phAlgorithm.get(), pszAlgId);
        }
        return s;
    }

    @Override
    public synchronized NtStatus generateKeyPair(Handle hAlgorithm, HandleOut phKey, int dwLength, int dwFlags) {
        NtStatus s = super.generateKeyPair(hAlgorithm, phKey, dwLength, dwFlags);
        if (s.isSuccess() && phKey != null && "SLH-DSA".equals(algorithms.get(hAlgorithm))) {
            unfinished.add(phKey.get());
        }
        return s;
    }

    @Override
    public synchronized NtStatus finalizeKeyPair(Handle hKey, int dwFlags) {
        unfinished.remove(hKey);
        return super.finalizeKeyPair(hKey, dwFlags);
    }

    @Override
    public synchronized NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput,
                                           int cbOutput, ULongOut pcbResult, int dwFlags) {
        if (unfinished.remove(hKey)) {
            super.finalizeKeyPair(hKey, 0);
        }
        return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
    }
}
