package org.cngkit.reference;

import org.cngkit.spi.NtStatus;

/**
 * An algorithm whose keys are key pairs: made by {@code BCryptGenerateKeyPair}, configured with
 * {@code BCryptSetProperty}, completed by {@code BCryptFinalizeKeyPair}, imported by
 * {@code BCryptImportKeyPair}. {@link KeyPairProtocol} holds the call order; the algorithm the rules of its own
 * properties and key sizes.
 */
interface KeyPairAlgorithm extends Algorithm {

    /**
     * Sets property {@code name} to {@code value} (the caller's {@code cbInput} bytes) in {@code properties}, those
     * of an algorithm handle or of a key pair not yet finalized. STATUS_NOT_SUPPORTED for a property the
     * algorithm does not have, STATUS_INVALID_PARAMETER for a value it does not accept.
     */
    NtStatus setProperty(KeyProperties properties, String name, byte[] value);

    /** Whether {@code BCryptGenerateKeyPair} accepts {@code dwLength} and {@code dwFlags}; its failure status otherwise. */
    NtStatus checkGeneration(int dwLength, int dwFlags);

    /** The key {@code BCryptFinalizeKeyPair} makes from the properties set so far, or why it cannot. */
    Outcome<Key> finalizeKeyPair(KeyProperties properties);
}
