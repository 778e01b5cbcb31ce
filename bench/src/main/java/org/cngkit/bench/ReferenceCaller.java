package org.cngkit.bench;

import java.nio.charset.StandardCharsets;

import org.cngkit.reference.ReferenceProvider;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * The bundled reference, called through the SPI as the kit's Driver calls it: every call here must succeed, or the
 * benchmark setup fails with the call and its status.
 */
final class ReferenceCaller {
    private final CngProvider provider = new ReferenceProvider();

    CngProvider provider() {
        return provider;
    }

    Handle open(String algorithmId) {
        HandleOut out = new HandleOut();
        require(provider.openAlgorithmProvider(out, algorithmId, null, 0), "BCryptOpenAlgorithmProvider(" + algorithmId + ")");
        return out.get();
    }

    /** BCryptGenerateKeyPair of {@code bits} bits, then BCryptFinalizeKeyPair. */
    Handle keyPair(String algorithmId, int bits) {
        HandleOut out = new HandleOut();
        require(provider.generateKeyPair(open(algorithmId), out, bits, 0), "BCryptGenerateKeyPair(" + algorithmId + ")");
        require(provider.finalizeKeyPair(out.get(), 0), "BCryptFinalizeKeyPair(" + algorithmId + ")");
        return out.get();
    }

    /** BCryptGenerateKeyPair, ParameterSetName set on the pending pair, then BCryptFinalizeKeyPair (ML-KEM, ML-DSA). */
    Handle keyPair(String algorithmId, String parameterSet) {
        HandleOut out = new HandleOut();
        require(provider.generateKeyPair(open(algorithmId), out, 0, 0), "BCryptGenerateKeyPair(" + algorithmId + ")");
        byte[] name = (parameterSet + "\0").getBytes(StandardCharsets.UTF_16LE);
        require(provider.setProperty(out.get(), "ParameterSetName", name, name.length, 0),
                "BCryptSetProperty(ParameterSetName " + parameterSet + ")");
        require(provider.finalizeKeyPair(out.get(), 0), "BCryptFinalizeKeyPair(" + algorithmId + ")");
        return out.get();
    }

    Handle symmetricKey(String algorithmId, byte[] secret) {
        HandleOut out = new HandleOut();
        require(provider.generateSymmetricKey(open(algorithmId), out, null, 0, secret, secret.length, 0),
                "BCryptGenerateSymmetricKey(" + algorithmId + ")");
        return out.get();
    }

    /** Size query, then the export into a buffer of exactly that size. */
    byte[] export(Handle key, Handle exportKey, String blobType) {
        ULongOut size = new ULongOut();
        require(provider.exportKey(key, exportKey, blobType, null, 0, size, 0), "BCryptExportKey(" + blobType + ", size)");
        byte[] blob = new byte[size.get()];
        ULongOut written = new ULongOut();
        require(provider.exportKey(key, exportKey, blobType, blob, blob.length, written, 0), "BCryptExportKey(" + blobType + ")");
        if (written.get() != blob.length) {
            throw new IllegalStateException(blobType + ": size query said " + blob.length + ", export wrote " + written.get());
        }
        return blob;
    }

    static void require(NtStatus status, String call) {
        if (!status.isSuccess()) {
            throw new IllegalStateException(call + " returned " + status);
        }
    }
}
