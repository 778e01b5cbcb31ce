package org.cngkit.kit.steps;

import org.cngkit.kit.spec.KeyFamily;
import org.cngkit.spi.Handle;
import org.cngkit.vectors.VectorTest;

/**
 * A key the scenario made in the implementation.
 *
 * @param handle      its key handle
 * @param algorithmId the algorithm it belongs to
 * @param keyBits     its size in bits; 0 for a key sized by a parameter set
 * @param vector      the vector whose key material it holds, or {@code null} for a key the implementation generated
 * @param curve       the ECCCurveName of an ECC key whose curve was named (curve-agnostic ECDH / ECDSA), else
 *                    {@code null} (its curve, if any, follows from algorithm and size)
 */
record KeyUnderTest(Handle handle, String algorithmId, int keyBits, VectorTest vector, String curve) {

    KeyUnderTest(Handle handle, String algorithmId, int keyBits, VectorTest vector) {
        this(handle, algorithmId, keyBits, vector, null);
    }

    /** A key holding the material of a vector's group. */
    static KeyUnderTest of(Handle handle, VectorTest vector) {
        return new KeyUnderTest(handle, vector.group().algorithm(), vector.group().keyBits(), vector,
                vector.group().key().curve());
    }

    KeyFamily family() {
        return KeyFamily.ofAlgorithm(algorithmId);
    }

    KeyUnderTest withHandle(Handle other) {
        return new KeyUnderTest(other, algorithmId, keyBits, vector, curve);
    }
}
