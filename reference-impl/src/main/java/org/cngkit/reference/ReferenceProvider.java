package org.cngkit.reference;

import java.util.Optional;
import java.util.function.Supplier;

import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * The reference implementation of the CNG key functions, on Bouncy Castle; registered for
 * {@link java.util.ServiceLoader} under the name {@code "reference"}.
 *
 * <p>This class is the SPI boundary only: every method runs under {@link #guarded(Supplier)}, so a
 * bug surfaces as STATUS_INTERNAL_ERROR and never as an exception, and hands the call to the class
 * that owns its rules ({@link ExportProtocol}, {@link ImportProtocol}, {@link KeyPairProtocol},
 * {@link HandleTable}, {@link SymmetricAlgorithm}). State lives in concurrent structures and keys are immutable, so one
 * caller at a time may call from any thread, and a call the caller abandoned blocks no other.
 */
public final class ReferenceProvider implements CngProvider {
    /** {@code BCRYPT_PROV_DISPATCH}: accepted by {@code BCryptOpenAlgorithmProvider}, no effect here. */
    static final int BCRYPT_PROV_DISPATCH = 0x00000001;
    /** {@code MS_PRIMITIVE_PROVIDER}: the default provider's name, which this one stands in for. */
    static final String MS_PRIMITIVE_PROVIDER = "Microsoft Primitive Provider";

    private final AlgorithmCatalog catalog;
    private final Claims claims;
    private final HandleTable handles = new HandleTable();
    private final ExportProtocol export = new ExportProtocol(handles);
    private final ImportProtocol keyImport = ImportProtocol.forKeys(handles);
    private final ImportProtocol keyPairImport = ImportProtocol.forKeyPairs(handles);
    private final KeyPairProtocol keyPairs = new KeyPairProtocol(handles);

    public ReferenceProvider() {
        this.catalog = AlgorithmCatalog.standard();
        this.claims = catalog.claims();
    }

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public Claims claims() {
        return claims;
    }

    /**
     * NULL {@code phAlgorithm} or {@code pszAlgId}: STATUS_INVALID_PARAMETER; flags other than 0 or
     * {@code BCRYPT_PROV_DISPATCH}: STATUS_INVALID_PARAMETER; an algorithm or implementation name
     * this provider does not have: STATUS_NOT_FOUND.
     */
    @Override
    public NtStatus openAlgorithmProvider(HandleOut phAlgorithm, String pszAlgId, String pszImplementation,
                                          int dwFlags) {
        return guarded(() -> {
            if (phAlgorithm == null || pszAlgId == null) {
                return NtStatus.INVALID_PARAMETER;
            }
            if ((dwFlags & ~BCRYPT_PROV_DISPATCH) != 0) {
                return NtStatus.INVALID_PARAMETER;
            }
            Optional<Algorithm> algorithm = catalog.find(pszAlgId);
            if (algorithm.isEmpty()
                    || (pszImplementation != null && !MS_PRIMITIVE_PROVIDER.equals(pszImplementation))) {
                return NtStatus.NOT_FOUND;
            }
            phAlgorithm.set(handles.add(new AlgorithmProvider(algorithm.get())));
            return NtStatus.SUCCESS;
        });
    }

    /** See {@link KeyPairProtocol}: properties of key-pair algorithms (ParameterSetName), on handles or unfinalized keys. */
    @Override
    public NtStatus setProperty(Handle hObject, String pszProperty, byte[] pbInput, int cbInput, int dwFlags) {
        return guarded(() -> keyPairs.setProperty(hObject, pszProperty, pbInput, cbInput, dwFlags));
    }

    /**
     * In this order: not an algorithm handle, STATUS_INVALID_HANDLE; NULL {@code phKey} or non-zero
     * flags, STATUS_INVALID_PARAMETER; not a symmetric algorithm, STATUS_NOT_SUPPORTED; secret not
     * readable ({@code cbSecret} beyond the array, or NULL with a non-zero count) or of a length the
     * algorithm does not take, STATUS_INVALID_PARAMETER. {@code pbKeyObject}/{@code cbKeyObject} are
     * ignored. The key keeps the first {@code cbSecret} bytes exactly as given.
     */
    @Override
    public NtStatus generateSymmetricKey(Handle hAlgorithm, HandleOut phKey, byte[] pbKeyObject, int cbKeyObject,
                                         byte[] pbSecret, int cbSecret, int dwFlags) {
        return guarded(() -> {
            Optional<AlgorithmProvider> provider = handles.find(hAlgorithm, AlgorithmProvider.class);
            if (provider.isEmpty()) {
                return NtStatus.INVALID_HANDLE;
            }
            if (phKey == null || dwFlags != 0) {
                return NtStatus.INVALID_PARAMETER;
            }
            if (!(provider.get().algorithm() instanceof SymmetricAlgorithm)) {
                return NtStatus.NOT_SUPPORTED;
            }
            SymmetricAlgorithm algorithm = (SymmetricAlgorithm) provider.get().algorithm();
            Outcome<Key> key = CallerInput.take(pbSecret, cbSecret).then(algorithm::newKey);
            if (key.isRefused()) {
                return key.failure();
            }
            phKey.set(handles.add(key.value()));
            return NtStatus.SUCCESS;
        });
    }

    /** See {@link KeyPairProtocol}. */
    @Override
    public NtStatus generateKeyPair(Handle hAlgorithm, HandleOut phKey, int dwLength, int dwFlags) {
        return guarded(() -> keyPairs.generateKeyPair(hAlgorithm, phKey, dwLength, dwFlags));
    }

    /** See {@link KeyPairProtocol}. */
    @Override
    public NtStatus finalizeKeyPair(Handle hKey, int dwFlags) {
        return guarded(() -> keyPairs.finalizeKeyPair(hKey, dwFlags));
    }

    @Override
    public NtStatus importKey(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                              byte[] pbKeyObject, int cbKeyObject, byte[] pbInput, int cbInput, int dwFlags) {
        return guarded(() -> keyImport.importBlob(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, cbInput,
                dwFlags));
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        return guarded(() -> keyPairImport.importBlob(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, cbInput,
                dwFlags));
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        return guarded(() -> export.export(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags));
    }

    /** A live key handle (finalized or not) is invalidated for good; anything else is STATUS_INVALID_HANDLE. */
    @Override
    public NtStatus destroyKey(Handle hKey) {
        return guarded(() -> handles.remove(hKey, Key.class) || keyPairs.destroyPending(hKey)
                ? NtStatus.SUCCESS : NtStatus.INVALID_HANDLE);
    }

    /**
     * Not a live algorithm handle: STATUS_INVALID_HANDLE; non-zero flags: STATUS_INVALID_PARAMETER
     * (the handle stays open). Keys made from the algorithm stay usable after it is closed.
     */
    @Override
    public NtStatus closeAlgorithmProvider(Handle hAlgorithm, int dwFlags) {
        return guarded(() -> {
            if (handles.find(hAlgorithm, AlgorithmProvider.class).isEmpty()) {
                return NtStatus.INVALID_HANDLE;
            }
            if (dwFlags != 0) {
                return NtStatus.INVALID_PARAMETER;
            }
            return handles.remove(hAlgorithm, AlgorithmProvider.class) ? NtStatus.SUCCESS : NtStatus.INVALID_HANDLE;
        });
    }

    /** Runs one SPI call; a RuntimeException (a bug here) becomes STATUS_INTERNAL_ERROR instead of escaping. */
    static NtStatus guarded(Supplier<NtStatus> call) {
        try {
            NtStatus status = call.get();
            return status != null ? status : NtStatus.INTERNAL_ERROR;
        } catch (RuntimeException bug) {
            return NtStatus.INTERNAL_ERROR;
        }
    }

    @Override
    public String toString() {
        return "ReferenceProvider[" + name() + ", " + claims + "]";
    }
}
