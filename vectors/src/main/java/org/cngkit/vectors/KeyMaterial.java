package org.cngkit.vectors;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key of a test group, as named byte strings. A symmetric key has one component,
 * {@code secret}; a wrapped key adds {@code kek}, the AES key-encryption key; later families name
 * theirs after the blob fields (RSA {@code n}, {@code e}, {@code p}, {@code q}, ...).
 *
 * @param components component name to bytes, in file order
 */
public record KeyMaterial(Map<String, byte[]> components) {
    /** Component name of a symmetric key's bytes. */
    public static final String SECRET = "secret";
    /** Component name of the AES key-encryption key of BCRYPT_AES_WRAP_KEY_BLOB tests. */
    public static final String KEK = "kek";

    public KeyMaterial {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        components.forEach((name, bytes) -> copy.put(name, bytes.clone()));
        components = Collections.unmodifiableMap(copy);
    }

    /**
     * The bytes of one component (a copy).
     *
     * @throws IllegalArgumentException if the key has no such component
     */
    public byte[] component(String name) {
        byte[] bytes = components.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("key has no component '" + name + "'; it has " + components.keySet());
        }
        return bytes.clone();
    }

    public boolean has(String name) {
        return components.containsKey(name);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof KeyMaterial other) || !components.keySet().equals(other.components.keySet())) {
            return false;
        }
        return components.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), other.components.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (Map.Entry<String, byte[]> e : components.entrySet()) {
            h += e.getKey().hashCode() ^ Arrays.hashCode(e.getValue());
        }
        return h;
    }

    /** Names and sizes only: key bytes stay out of logs. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("KeyMaterial[");
        String sep = "";
        for (Map.Entry<String, byte[]> e : components.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue().length).append(" bytes");
            sep = ", ";
        }
        return sb.append(']').toString();
    }
}
