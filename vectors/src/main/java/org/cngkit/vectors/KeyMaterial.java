package org.cngkit.vectors;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The key of a test group, as named byte strings. A symmetric key has one component,
 * {@code secret}; asymmetric keys name theirs after the usual letters (RSA {@code n}, {@code e},
 * {@code p}, {@code q}, {@code dp}, {@code dq}, {@code qinv}, {@code d}; ECC {@code x}, {@code y},
 * {@code d}; DH {@code p}, {@code g}, {@code y}, {@code x}; DSA {@code p}, {@code q}, {@code g},
 * {@code y}, {@code x}, {@code count}, {@code seed}). Numbers are unsigned big-endian without leading
 * zero bytes; {@code count} and {@code seed} are byte strings kept exactly.
 *
 * @param components component name to bytes, in file order
 */
public record KeyMaterial(Map<String, byte[]> components) {
    /** Component name of a symmetric key's bytes. */
    public static final String SECRET = "secret";

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

    /**
     * A component read as an unsigned big-endian number.
     *
     * @throws IllegalArgumentException if the key has no such component
     */
    public BigInteger number(String name) {
        return new BigInteger(1, component(name));
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
