package org.cngkit.reference;

/**
 * What a key handle refers to between {@code BCryptGenerateKeyPair} and {@code BCryptFinalizeKeyPair}: the
 * algorithm, the requested length and the properties set so far. It is not a {@link Key}, so it cannot be
 * exported or used: every function that needs a usable key finds none behind its handle and answers
 * STATUS_INVALID_HANDLE, as Windows does for a key pair not yet finalized (blob-layouts-digest section 8).
 * Finalizing replaces it with the key under the same handle.
 */
final class PendingKeyPair {
    private final KeyPairAlgorithm algorithm;
    private final int length;
    private final KeyProperties properties;

    /**
     * @param length    {@code dwLength} as given to BCryptGenerateKeyPair (0 where a property sizes the key)
     * @param inherited the properties of the algorithm handle, which the key pair starts with (a copy)
     */
    PendingKeyPair(KeyPairAlgorithm algorithm, int length, KeyProperties inherited) {
        this.algorithm = algorithm;
        this.length = length;
        this.properties = inherited.copy();
    }

    KeyPairAlgorithm algorithm() {
        return algorithm;
    }

    /** {@code dwLength} as given to BCryptGenerateKeyPair. */
    int length() {
        return length;
    }

    KeyProperties properties() {
        return properties;
    }

    @Override
    public String toString() {
        return "PendingKeyPair[" + algorithm.id() + ", " + length + " bits]";
    }
}
