package org.cngkit.reference;

import org.cngkit.spi.NtStatus;

/**
 * An algorithm whose keys are pairs: {@code BCryptGenerateKeyPair} starts a {@link PendingKeyPair}, properties
 * may be set on it (or on the algorithm handle beforehand), and {@code BCryptFinalizeKeyPair} turns it into a
 * {@link Key}. The call protocol of those functions lives in {@link ReferenceProvider}; the family supplies the
 * rules below.
 */
interface KeyPairAlgorithm extends Algorithm {

    /**
     * Checks {@code dwLength} (and what the algorithm handle carries) and starts a key pair; a length the
     * algorithm does not take is STATUS_INVALID_PARAMETER.
     */
    Outcome<PendingKeyPair> startKeyPair(AlgorithmProvider provider, int dwLength);

    /**
     * Whether {@code name} may be set to {@code value} on an algorithm handle or a key pair not yet finalized:
     * STATUS_SUCCESS to store it, STATUS_NOT_SUPPORTED for a property this algorithm does not have,
     * STATUS_INVALID_PARAMETER for a value it cannot take.
     */
    NtStatus acceptProperty(String name, byte[] value);

    /** Generates the key pair with the length and properties gathered so far. */
    Outcome<Key> finalizeKeyPair(PendingKeyPair pending);
}
