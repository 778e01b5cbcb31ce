package org.cngkit.kit.steps;

import org.cngkit.kit.spec.KeyFamily;
import org.cngkit.spi.Handle;
import org.cngkit.vectors.VectorTest;

/**
 * A key the scenario made in the implementation.
 *
 * @param handle      its key handle
 * @param algorithmId the algorithm it belongs to
 * @param vector      the vector whose key material it holds, or {@code null}
 */
record KeyUnderTest(Handle handle, String algorithmId, VectorTest vector) {

    KeyFamily family() {
        return KeyFamily.ofAlgorithm(algorithmId);
    }

    KeyUnderTest withHandle(Handle other) {
        return new KeyUnderTest(other, algorithmId, vector);
    }
}
