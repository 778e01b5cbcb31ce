package org.cngkit.reference;

import java.util.Optional;
import java.util.function.BiFunction;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;

/**
 * The call protocol of {@code BCryptImportKey} and {@code BCryptImportKeyPair}, shared by every
 * key family. A family only supplies a {@link KeyBlobReader} per blob type through its
 * {@link Algorithm}.
 *
 * <ol>
 *   <li>{@code hAlgorithm} NULL, unknown, closed or a key handle: STATUS_INVALID_HANDLE.</li>
 *   <li>{@code pszBlobType} or {@code phKey} NULL: STATUS_INVALID_PARAMETER.</li>
 *   <li>{@code dwFlags} not 0: STATUS_INVALID_PARAMETER (no flags are defined).</li>
 *   <li>{@code hImportKey} not NULL with any blob type but Rfc3565KeyWrapBlob (and, for
 *       {@code BCryptImportKeyPair}, with any blob type at all): STATUS_INVALID_PARAMETER.</li>
 *   <li>Blob type unknown, or not one this algorithm reads: STATUS_NOT_SUPPORTED.</li>
 *   <li>{@code pbInput}/{@code cbInput} not a readable buffer (NULL with a non-zero count, or a
 *       count beyond the array): STATUS_INVALID_PARAMETER.</li>
 *   <li>A non-NULL {@code hImportKey} that is not a live key handle: STATUS_INVALID_HANDLE.</li>
 *   <li>Read the blob; the reader refuses malformed input with its own status (the families
 *       here use STATUS_INVALID_PARAMETER, and STATUS_AUTH_TAG_MISMATCH for a wrapped key whose
 *       integrity check fails: see {@link AesKeyWrapBlob}).</li>
 *   <li>Register the key and store its handle in {@code *phKey}, which is left alone on failure.</li>
 * </ol>
 * {@code pbKeyObject}/{@code cbKeyObject} of {@code BCryptImportKey} are accepted and ignored: this
 * provider keeps key objects itself.
 */
final class ImportProtocol {
    private final HandleTable handles;
    private final BiFunction<AlgorithmProvider, String, Optional<KeyBlobReader>> readers;
    private final boolean keyWrapAllowed;

    private ImportProtocol(HandleTable handles, BiFunction<AlgorithmProvider, String, Optional<KeyBlobReader>> readers,
                           boolean keyWrapAllowed) {
        this.handles = handles;
        this.readers = readers;
        this.keyWrapAllowed = keyWrapAllowed;
    }

    /** {@code BCryptImportKey}: symmetric blobs, the key-wrap blob under {@code hImportKey}. */
    static ImportProtocol forKeys(HandleTable handles) {
        return new ImportProtocol(handles, (provider, type) -> provider.algorithm().keyBlobReader(type), true);
    }

    /** {@code BCryptImportKeyPair}: asymmetric blobs; {@code hImportKey} must always be NULL. */
    static ImportProtocol forKeyPairs(HandleTable handles) {
        return new ImportProtocol(handles, (provider, type) -> provider.algorithm().keyPairBlobReader(provider, type), false);
    }

    NtStatus importBlob(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                        byte[] pbInput, int cbInput, int dwFlags) {
        // 1. The algorithm handle.
        Optional<AlgorithmProvider> provider = handles.find(hAlgorithm, AlgorithmProvider.class);
        if (provider.isEmpty()) {
            return NtStatus.INVALID_HANDLE;
        }
        // 2. Required pointers.
        if (pszBlobType == null || phKey == null) {
            return NtStatus.INVALID_PARAMETER;
        }
        // 3. Flags: none are defined.
        if (dwFlags != 0) {
            return NtStatus.INVALID_PARAMETER;
        }
        // 4. Only the key-wrap blob is imported under another key.
        boolean underKey = keyWrapAllowed && BlobTypes.AES_WRAP_KEY.equals(pszBlobType);
        if (!Handle.isNull(hImportKey) && !underKey) {
            return NtStatus.INVALID_PARAMETER;
        }
        // 5. The blob type, for this algorithm.
        Optional<KeyBlobReader> reader = readers.apply(provider.get(), pszBlobType);
        if (reader.isEmpty()) {
            return NtStatus.NOT_SUPPORTED;
        }
        // 6. The input buffer.
        Outcome<byte[]> input = CallerInput.take(pbInput, cbInput);
        if (input.isRefused()) {
            return input.failure();
        }
        // 7. The unwrapping key.
        Key unwrappingKey = null;
        if (!Handle.isNull(hImportKey)) {
            Optional<Key> found = handles.find(hImportKey, Key.class);
            if (found.isEmpty()) {
                return NtStatus.INVALID_HANDLE;
            }
            unwrappingKey = found.get();
        }
        // 8. Read the blob.
        Outcome<Key> key = reader.get().read(input.value(), unwrappingKey);
        if (key.isRefused()) {
            return key.failure();
        }
        // 9. Hand out the handle.
        phKey.set(handles.add(key.value()));
        return NtStatus.SUCCESS;
    }
}
