package org.cngkit.reference;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a {@code BCRYPT_ALG_HANDLE} refers to: an opened algorithm and the properties set on the handle with
 * {@code BCryptSetProperty} (ECCCurveName, DHParameters, ...). Key pairs started from the handle begin with a
 * copy of them.
 */
final class AlgorithmProvider {
    private final Algorithm algorithm;
    private final Map<String, byte[]> properties = new ConcurrentHashMap<>();

    AlgorithmProvider(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    Algorithm algorithm() {
        return algorithm;
    }

    void setProperty(String name, byte[] value) {
        properties.put(name, value.clone());
    }

    Optional<byte[]> property(String name) {
        return Optional.ofNullable(properties.get(name)).map(byte[]::clone);
    }

    /** The properties set so far (values not copied: read only). */
    Map<String, byte[]> properties() {
        return Map.copyOf(properties);
    }

    @Override
    public String toString() {
        return "AlgorithmProvider[" + algorithm.id() + "]";
    }
}
