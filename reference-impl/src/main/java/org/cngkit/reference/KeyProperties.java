package org.cngkit.reference;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Properties set with {@code BCryptSetProperty} on an algorithm handle, or on a key pair between
 * {@code BCryptGenerateKeyPair} and {@code BCryptFinalizeKeyPair}, already checked and parsed by the algorithm
 * (for example {@code ParameterSetName} as a {@link ParameterSet}). A key pair starts with a copy of its
 * algorithm handle's properties; later changes on either side do not reach the other.
 */
final class KeyProperties {
    private final Map<String, Object> values = new ConcurrentHashMap<>();

    /** The value of {@code name} if it is set and of type {@code type}. */
    <T> Optional<T> get(String name, Class<T> type) {
        Object value = values.get(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    void put(String name, Object value) {
        values.put(name, value);
    }

    KeyProperties copy() {
        KeyProperties copy = new KeyProperties();
        copy.values.putAll(values);
        return copy;
    }
}
