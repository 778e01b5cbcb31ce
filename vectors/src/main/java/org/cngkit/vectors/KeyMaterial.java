package org.cngkit.vectors;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The key of a test group, as named byte strings. A symmetric key has one component,
 * {@code secret}; a wrapped key adds {@code kek}, the AES key-encryption key; asymmetric keys name theirs
 * after the usual letters (RSA {@code n}, {@code e}, {@code p}, {@code q}, {@code dp}, {@code dq}, {@code qinv},
 * {@code d}; ECC {@code x}, {@code y}, {@code d}; DH {@code p}, {@code g}, {@code y}, {@code x}; DSA {@code p},
 * {@code q}, {@code g}, {@code y}, {@code x}, {@code count}, {@code seed}). Numbers are unsigned big-endian without
 * leading zero bytes; DSA's {@code count} and {@code seed} are byte strings kept exactly. A key sized by a
 * parameter set (ML-KEM, ML-DSA, SLH-DSA, LMS, XMSS) also has the set's name and the components
 * {@code publicKey}, {@code privateKey}, {@code seed} (its private seed). An ECC key may name its curve
 * ({@code ECCCurveName}); without one, its curve is the NIST curve of its size.
 *
 * @param components   component name to bytes, in file order
 * @param parameterSet the {@code ParameterSetName} value without NUL, or {@code null} for keys
 *                     that have none
 * @param curve        the {@code ECCCurveName} of an ECC key ({@code brainpoolP256r1}, {@code curve25519}...), or
 *                     {@code null}
 */
public record KeyMaterial(Map<String, byte[]> components, String parameterSet, String curve) {
    /** Component name of a symmetric key's bytes. */
    public static final String SECRET = "secret";
    /** Component name of the AES key-encryption key of BCRYPT_AES_WRAP_KEY_BLOB tests. */
    public static final String KEK = "kek";
    /** Member of an ECC key naming its curve (text, not hex). */
    public static final String CURVE = "curve";
    /** Member of a parameter-set key naming its set (text, not hex). */
    public static final String PARAMETER_SET = "parameterSet";
    /** Component of a parameter-set key: the public key in its standard's encoding. */
    public static final String PUBLIC_KEY = "publicKey";
    /** Component of a parameter-set key: the expanded private key in its standard's encoding. */
    public static final String PRIVATE_KEY = "privateKey";
    /** Component of a parameter-set key: the private seed (ML-KEM d || z, ML-DSA xi). */
    public static final String SEED = "seed";

    public KeyMaterial {
        Map<String, byte[]> copy = new LinkedHashMap<>();
        components.forEach((name, bytes) -> copy.put(name, bytes.clone()));
        components = Collections.unmodifiableMap(copy);
    }

    /** A key without a parameter set or curve. */
    public KeyMaterial(Map<String, byte[]> components) {
        this(components, null, null);
    }

    /** A key with a parameter set (or none), without a curve. */
    public KeyMaterial(Map<String, byte[]> components, String parameterSet) {
        this(components, parameterSet, null);
    }

    /** The same components and parameter set, on {@code curveName} (an ECC key read back from a blob). */
    public KeyMaterial onCurve(String curveName) {
        return new KeyMaterial(components, parameterSet, curveName);
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
        if (!(o instanceof KeyMaterial other) || !components.keySet().equals(other.components.keySet())
                || !Objects.equals(parameterSet, other.parameterSet) || !Objects.equals(curve, other.curve)) {
            return false;
        }
        return components.entrySet().stream()
                .allMatch(e -> Arrays.equals(e.getValue(), other.components.get(e.getKey())));
    }

    @Override
    public int hashCode() {
        int h = Objects.hash(parameterSet, curve);
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
        if (parameterSet != null) {
            sb.append(PARAMETER_SET).append('=').append(parameterSet);
            sep = ", ";
        }
        if (curve != null) {
            sb.append(sep).append(CURVE).append('=').append(curve);
            sep = ", ";
        }
        for (Map.Entry<String, byte[]> e : components.entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(e.getValue().length).append(" bytes");
            sep = ", ";
        }
        return sb.append(']').toString();
    }
}
