package org.cngkit.reference;

import java.util.Optional;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;

/**
 * The call protocol of {@code BCryptSetProperty}, {@code BCryptGenerateKeyPair} and
 * {@code BCryptFinalizeKeyPair}, shared by every {@link KeyPairAlgorithm}.
 *
 * <p>{@code BCryptSetProperty(hObject, pszProperty, pbInput, cbInput, dwFlags)}:
 * <ol>
 *   <li>{@code hObject} neither a live algorithm handle nor a key handle: STATUS_INVALID_HANDLE.</li>
 *   <li>{@code pszProperty} NULL or {@code dwFlags} not 0: STATUS_INVALID_PARAMETER.</li>
 *   <li>{@code pbInput}/{@code cbInput} not a readable buffer: STATUS_INVALID_PARAMETER.</li>
 *   <li>An algorithm handle or unfinalized key pair of a key-pair algorithm: the algorithm decides. Anything
 *       else (symmetric algorithms, finalized keys): STATUS_NOT_SUPPORTED.</li>
 * </ol>
 * {@code BCryptGenerateKeyPair(hAlgorithm, phKey, dwLength, dwFlags)}: not an algorithm handle,
 * STATUS_INVALID_HANDLE; NULL {@code phKey}, STATUS_INVALID_PARAMETER; an algorithm without key pairs,
 * STATUS_NOT_SUPPORTED; then the algorithm's checks of {@code dwLength} and {@code dwFlags}. The new key pair
 * keeps {@code dwLength}, inherits the algorithm handle's properties and is not usable until finalized.
 *
 * <p>{@code BCryptFinalizeKeyPair(hKey, dwFlags)}: a key already finalized or imported, STATUS_INVALID_HANDLE
 * (Windows does so for an imported key pair, blob-layouts-digest section 5); a symmetric key,
 * STATUS_NOT_SUPPORTED; no key handle at all, STATUS_INVALID_HANDLE; {@code dwFlags} not 0,
 * STATUS_INVALID_PARAMETER; then the algorithm makes the key, which takes the pending pair's handle.
 */
final class KeyPairProtocol {
    private final HandleTable handles;

    KeyPairProtocol(HandleTable handles) {
        this.handles = handles;
    }

    NtStatus setProperty(Handle hObject, String pszProperty, byte[] pbInput, int cbInput, int dwFlags) {
        Optional<AlgorithmProvider> provider = handles.find(hObject, AlgorithmProvider.class);
        Optional<PendingKeyPair> pending = handles.find(hObject, PendingKeyPair.class);
        if (provider.isEmpty() && pending.isEmpty() && handles.find(hObject, Key.class).isEmpty()) {
            return NtStatus.INVALID_HANDLE;
        }
        if (pszProperty == null || dwFlags != 0) {
            return NtStatus.INVALID_PARAMETER;
        }
        Outcome<byte[]> value = CallerInput.take(pbInput, cbInput);
        if (value.isRefused()) {
            return value.failure();
        }
        if (pending.isPresent()) {
            return pending.get().algorithm().setKeyPairProperty(pending.get(), pszProperty, value.value());
        }
        if (provider.isPresent() && provider.get().algorithm() instanceof KeyPairAlgorithm algorithm) {
            return algorithm.setProperty(provider.get().properties(), pszProperty, value.value());
        }
        return NtStatus.NOT_SUPPORTED;
    }

    NtStatus generateKeyPair(Handle hAlgorithm, HandleOut phKey, int dwLength, int dwFlags) {
        Optional<AlgorithmProvider> provider = handles.find(hAlgorithm, AlgorithmProvider.class);
        if (provider.isEmpty()) {
            return NtStatus.INVALID_HANDLE;
        }
        if (phKey == null) {
            return NtStatus.INVALID_PARAMETER;
        }
        if (!(provider.get().algorithm() instanceof KeyPairAlgorithm algorithm)) {
            return NtStatus.NOT_SUPPORTED;
        }
        NtStatus accepted = algorithm.checkGeneration(dwLength, dwFlags);
        if (!accepted.isSuccess()) {
            return accepted;
        }
        phKey.set(handles.add(new PendingKeyPair(algorithm, dwLength, provider.get().properties())));
        return NtStatus.SUCCESS;
    }

    NtStatus finalizeKeyPair(Handle hKey, int dwFlags) {
        Optional<PendingKeyPair> pending = handles.find(hKey, PendingKeyPair.class);
        if (pending.isEmpty()) {
            Optional<Key> done = handles.find(hKey, Key.class);
            return done.isPresent() && !(done.get().algorithm() instanceof KeyPairAlgorithm)
                    ? NtStatus.NOT_SUPPORTED
                    : NtStatus.INVALID_HANDLE;
        }
        if (dwFlags != 0) {
            return NtStatus.INVALID_PARAMETER;
        }
        Outcome<Key> key = pending.get().algorithm().finalizeKeyPair(pending.get());
        if (key.isRefused()) {
            return key.failure();
        }
        return handles.replace(hKey, pending.get(), key.value()) ? NtStatus.SUCCESS : NtStatus.INVALID_HANDLE;
    }

    /** BCryptDestroyKey on a key pair that was never finalized. */
    boolean destroyPending(Handle hKey) {
        return handles.remove(hKey, PendingKeyPair.class);
    }
}
