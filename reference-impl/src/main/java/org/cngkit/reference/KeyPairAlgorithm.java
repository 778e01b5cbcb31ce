package org.cngkit.reference;

import java.util.Optional;

import org.cngkit.spi.NtStatus;

/**
 * An algorithm whose keys are key pairs: made by {@code BCryptGenerateKeyPair}, configured with
 * {@code BCryptSetProperty}, completed by {@code BCryptFinalizeKeyPair}, imported by
 * {@code BCryptImportKeyPair}. {@link KeyPairProtocol} holds the call order; the algorithm the rules of its own
 * properties and key sizes. Keys sized by {@code dwLength} (RSA, ECC, DSA, DH) are
 * {@link SizedKeyPairAlgorithm}s; keys sized by a parameter set are {@link ParameterSetAlgorithm}s.
 */
interface KeyPairAlgorithm extends Algorithm {

    /**
     * Sets property {@code name} to {@code value} (the caller's {@code cbInput} bytes) in {@code properties}, those
     * of an algorithm handle or of a key pair not yet finalized, stored as the algorithm reads it back. By
     * default STATUS_NOT_SUPPORTED: the algorithm has no such property. STATUS_INVALID_PARAMETER for a value it
     * does not accept.
     */
    default NtStatus setProperty(KeyProperties properties, String name, byte[] value) {
        return NtStatus.NOT_SUPPORTED;
    }

    /**
     * Sets property {@code name} on a key pair not yet finalized. By default the same rules as on an algorithm
     * handle ({@link #setProperty}, on the pair's own properties); a family with a property that only a key pair
     * takes (RSA's {@code KeyLength}) overrides this.
     */
    default NtStatus setKeyPairProperty(PendingKeyPair pending, String name, byte[] value) {
        return setProperty(pending.properties(), name, value);
    }

    /** Whether {@code BCryptGenerateKeyPair} accepts {@code dwLength} and {@code dwFlags}; its failure status otherwise. */
    NtStatus checkGeneration(int dwLength, int dwFlags);

    /** The key {@code BCryptFinalizeKeyPair} makes from the length and the properties set so far, or why it cannot. */
    Outcome<Key> finalizeKeyPair(PendingKeyPair pending);

    /** Key pairs come in through BCryptImportKeyPair only. */
    @Override
    default Optional<KeyBlobReader> keyBlobReader(String blobType) {
        return Optional.empty();
    }
}
