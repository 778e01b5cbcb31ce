package org.cngkit.reference;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a key handle refers to between {@code BCryptGenerateKeyPair} and {@code BCryptFinalizeKeyPair}: the
 * algorithm, the requested length and the properties set so far. It is not a {@link Key}, so every function that
 * needs a usable key (export above all) finds no key behind its handle and answers STATUS_INVALID_HANDLE, as
 * Windows does for a DH key exported before it is finalized.
 */
final class PendingKeyPair {
    private final KeyPairAlgorithm algorithm;
    private final int length;
    private final Map<String, byte[]> properties = new ConcurrentHashMap<>();

    /** A key pair of {@code length} bits that starts with the properties of the algorithm handle. */
    PendingKeyPair(KeyPairAlgorithm algorithm, int length, AlgorithmProvider provider) {
        this.algorithm = algorithm;
        this.length = length;
        provider.properties().forEach(properties::put);
    }

    KeyPairAlgorithm algorithm() {
        return algorithm;
    }

    /** {@code dwLength} as given to BCryptGenerateKeyPair. */
    int length() {
        return length;
    }

    void setProperty(String name, byte[] value) {
        properties.put(name, value.clone());
    }

    Optional<byte[]> property(String name) {
        return Optional.ofNullable(properties.get(name)).map(byte[]::clone);
    }

    @Override
    public String toString() {
        return "PendingKeyPair[" + algorithm.id() + ", " + length + " bits, " + properties.keySet() + "]";
    }
}
