package org.cngkit.reference;

/**
 * What a key handle refers to between {@code BCryptGenerateKeyPair} and {@code BCryptFinalizeKeyPair}: an
 * algorithm and the properties set so far. It is not a {@link Key}, so it cannot be exported or used (Windows
 * answers STATUS_INVALID_HANDLE to an export of a key pair not yet finalized, blob-layouts-digest section 8);
 * finalizing replaces it with the key under the same handle.
 */
final class PendingKeyPair {
    private final KeyPairAlgorithm algorithm;
    private final KeyProperties properties;

    PendingKeyPair(KeyPairAlgorithm algorithm, KeyProperties inherited) {
        this.algorithm = algorithm;
        this.properties = inherited.copy();
    }

    KeyPairAlgorithm algorithm() {
        return algorithm;
    }

    KeyProperties properties() {
        return properties;
    }

    @Override
    public String toString() {
        return "PendingKeyPair[" + algorithm.id() + "]";
    }
}
