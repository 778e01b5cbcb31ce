package org.cngkit.reference;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.cngkit.spi.NtStatus;

/**
 * A key of a {@link ParameterSetAlgorithm}: its parameter set and the key material it holds. It exports each
 * blob type of its algorithm whose material it has. A private blob of a public-only key is
 * STATUS_INVALID_PARAMETER (what Windows answers for RSA and ECDSA public keys, blob-layouts-digest section 5);
 * a seed blob of a key without seed is STATUS_NOT_SUPPORTED (the page's remark on seed export).
 */
final class ParameterSetKey implements Key {
    private final ParameterSetAlgorithm algorithm;
    private final ParameterSet set;
    private final PqKeyMaterial material;
    /** The writer of each blob type of the algorithm, by blob type, encoded once ({@link PrecomputedBlob}). */
    private final Map<String, Optional<KeyBlobWriter>> blobs = new HashMap<>();

    ParameterSetKey(ParameterSetAlgorithm algorithm, ParameterSet set, PqKeyMaterial material) {
        this.algorithm = algorithm;
        this.set = set;
        this.material = material;
        for (KeyPart part : KeyPart.values()) {
            String blobType = algorithm.blobType(part);
            if (blobType != null) {
                blobs.put(blobType, write(part));
            }
        }
    }

    @Override
    public ParameterSetAlgorithm algorithm() {
        return algorithm;
    }

    ParameterSet parameterSet() {
        return set;
    }

    @Override
    public Optional<KeyBlobWriter> blobWriter(String blobType) {
        return blobs.getOrDefault(blobType, Optional.empty());
    }

    private Optional<KeyBlobWriter> write(KeyPart part) {
        return material.part(part)
                .map(bytes -> PrecomputedBlob.of(ParameterSetKeyBlob.write(algorithm.magic(part), set.parameterSetName(), bytes)))
                .orElseGet(() -> PrecomputedBlob.refused(part == KeyPart.SEED ? NtStatus.NOT_SUPPORTED : NtStatus.INVALID_PARAMETER));
    }

    @Override
    public String toString() {
        return "ParameterSetKey[" + algorithm.id() + " " + set.parameterSetName() + ", " + material + "]";
    }
}
