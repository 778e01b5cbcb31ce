package org.cngkit.kit.tools.convert;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import org.cngkit.kit.driver.ImplementationCatalog;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * The reference implementation, reached as the kit reaches any implementation: through ServiceLoader and the SPI's C
 * calls (open the algorithm, import the key pair, query the size, export, destroy, close). Whatever the converter
 * produces is therefore what the certified reference produces. Every handle it opens is closed by {@link #close()}.
 */
final class ReferenceBridge implements AutoCloseable {
    private final CngProvider reference;
    private final Deque<Handle> keys = new ArrayDeque<>();
    private final Deque<Handle> algorithms = new ArrayDeque<>();

    ReferenceBridge() {
        this.reference = ImplementationCatalog.ofContext().select(ImplementationCatalog.REFERENCE);
    }

    /**
     * {@code BCryptOpenAlgorithmProvider}, for a curve-agnostic ECC algorithm {@code BCryptSetProperty(ECCCurveName)},
     * and {@code BCryptImportKeyPair}: a handle of the imported key.
     *
     * @param curveName the ECCCurveName to set ({@code nistP256}), or null
     */
    Handle importKeyPair(String algorithm, String curveName, String blobType, byte[] blob) throws Refusal {
        HandleOut alg = new HandleOut();
        NtStatus opened = reference.openAlgorithmProvider(alg, algorithm, null, 0);
        if (!opened.isSuccess()) {
            throw Refusal.of("BCryptOpenAlgorithmProvider(" + algorithm + ")", opened);
        }
        algorithms.push(alg.get());
        if (curveName != null) {
            byte[] value = (curveName + "\0").getBytes(StandardCharsets.UTF_16LE);
            NtStatus set = reference.setProperty(alg.get(), "ECCCurveName", value, value.length, 0);
            if (!set.isSuccess()) {
                throw Refusal.of("BCryptSetProperty(ECCCurveName, " + curveName + ")", set);
            }
        }
        HandleOut key = new HandleOut();
        NtStatus imported = reference.importKeyPair(alg.get(), Handle.NULL, blobType, key, blob, blob.length, 0);
        if (!imported.isSuccess()) {
            throw Refusal.of("BCryptImportKeyPair(" + algorithm + ", " + blobType + ")", imported);
        }
        keys.push(key.get());
        return key.get();
    }

    /** {@code BCryptExportKey} twice, as a C caller does: the size, then the blob. */
    byte[] export(Handle key, String blobType) throws Refusal {
        ULongOut size = new ULongOut();
        NtStatus sized = reference.exportKey(key, Handle.NULL, blobType, null, 0, size, 0);
        if (!sized.isSuccess()) {
            throw Refusal.of("BCryptExportKey(" + blobType + ", size query)", sized);
        }
        byte[] out = new byte[size.get()];
        ULongOut written = new ULongOut();
        NtStatus exported = reference.exportKey(key, Handle.NULL, blobType, out, out.length, written, 0);
        if (!exported.isSuccess()) {
            throw Refusal.of("BCryptExportKey(" + blobType + ")", exported);
        }
        return Arrays.copyOf(out, written.get());
    }

    @Override
    public void close() {
        while (!keys.isEmpty()) {
            reference.destroyKey(keys.pop());
        }
        while (!algorithms.isEmpty()) {
            reference.closeAlgorithmProvider(algorithms.pop(), 0);
        }
    }
}
