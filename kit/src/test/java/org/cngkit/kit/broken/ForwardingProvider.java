package org.cngkit.kit.broken;

import java.util.ServiceLoader;

import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Passes every call to a fresh bundled reference implementation; each deliberately broken implementation
 * overrides the one behaviour it gets wrong.
 */
public abstract class ForwardingProvider implements CngProvider {
    protected final CngProvider reference;

    protected ForwardingProvider() {
        this(ServiceLoader.load(CngProvider.class).stream()
                .filter(p -> p.type().getPackageName().equals("org.cngkit.reference"))
                .findFirst().orElseThrow().get());
    }

    protected ForwardingProvider(CngProvider reference) {
        this.reference = reference;
    }

    @Override
    public Claims claims() {
        return reference.claims();
    }

    @Override
    public NtStatus openAlgorithmProvider(HandleOut phAlgorithm, String pszAlgId, String pszImplementation, int dwFlags) {
        return reference.openAlgorithmProvider(phAlgorithm, pszAlgId, pszImplementation, dwFlags);
    }

    @Override
    public NtStatus setProperty(Handle hObject, String pszProperty, byte[] pbInput, int cbInput, int dwFlags) {
        return reference.setProperty(hObject, pszProperty, pbInput, cbInput, dwFlags);
    }

    @Override
    public NtStatus generateSymmetricKey(Handle hAlgorithm, HandleOut phKey, byte[] pbKeyObject, int cbKeyObject,
                                         byte[] pbSecret, int cbSecret, int dwFlags) {
        return reference.generateSymmetricKey(hAlgorithm, phKey, pbKeyObject, cbKeyObject, pbSecret, cbSecret, dwFlags);
    }

    @Override
    public NtStatus generateKeyPair(Handle hAlgorithm, HandleOut phKey, int dwLength, int dwFlags) {
        return reference.generateKeyPair(hAlgorithm, phKey, dwLength, dwFlags);
    }

    @Override
    public NtStatus finalizeKeyPair(Handle hKey, int dwFlags) {
        return reference.finalizeKeyPair(hKey, dwFlags);
    }

    @Override
    public NtStatus importKey(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                              byte[] pbKeyObject, int cbKeyObject, byte[] pbInput, int cbInput, int dwFlags) {
        return reference.importKey(hAlgorithm, hImportKey, pszBlobType, phKey, pbKeyObject, cbKeyObject, pbInput, cbInput, dwFlags);
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        return reference.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, cbInput, dwFlags);
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        return reference.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
    }

    @Override
    public NtStatus destroyKey(Handle hKey) {
        return reference.destroyKey(hKey);
    }

    @Override
    public NtStatus closeAlgorithmProvider(Handle hAlgorithm, int dwFlags) {
        return reference.closeAlgorithmProvider(hAlgorithm, dwFlags);
    }

    /** The little-endian u32 at {@code offset}, as CNG blob headers hold their fields. */
    protected static int u32(byte[] blob, int offset) {
        return (blob[offset] & 0xff) | (blob[offset + 1] & 0xff) << 8 | (blob[offset + 2] & 0xff) << 16
                | (blob[offset + 3] & 0xff) << 24;
    }

    /** Writes {@code value} as the little-endian u32 at {@code offset}. */
    protected static void setU32(byte[] blob, int offset, int value) {
        for (int i = 0; i < 4; i++) {
            blob[offset + i] = (byte) (value >>> (8 * i));
        }
    }

    /** The blob the reference exports, or {@code null} when it refuses. */
    protected byte[] referenceBlob(Handle hKey, String blobType) {
        ULongOut size = new ULongOut();
        byte[] buffer = new byte[1 << 16];
        NtStatus s = reference.exportKey(hKey, Handle.NULL, blobType, buffer, buffer.length, size, 0);
        return s.isSuccess() ? java.util.Arrays.copyOf(buffer, size.get()) : null;
    }
}
