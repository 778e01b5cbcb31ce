package org.cngkit.spi;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an implementation declares it supports. The kit runs a scenario only when the scenario's
 * algorithm, key size or parameter set and blob type are all claimed; any other scenario is
 * reported NOT_CLAIMED, never passed.
 *
 * <pre>{@code
 * Claims.builder(WindowsProfile.WIN10)
 *       .algorithm("AES").keyBits(128, 192, 256)
 *           .exports("KeyDataBlob", "OpaqueKeyBlob").imports("KeyDataBlob", "OpaqueKeyBlob").add()
 *       .build();
 * }</pre>
 */
public final class Claims {
    private final WindowsProfile profile;
    private final Map<String, AlgorithmClaim> algorithms;

    private Claims(WindowsProfile profile, Map<String, AlgorithmClaim> algorithms) {
        this.profile = profile;
        this.algorithms = Map.copyOf(algorithms);
    }

    public static Builder builder(WindowsProfile profile) {
        return new Builder(profile);
    }

    public WindowsProfile profile() {
        return profile;
    }

    public Collection<AlgorithmClaim> algorithms() {
        return algorithms.values();
    }

    public Optional<AlgorithmClaim> algorithm(String algorithmId) {
        return Optional.ofNullable(algorithms.get(algorithmId));
    }

    public boolean claimsKeySize(String algorithmId, int bits) {
        return algorithm(algorithmId).map(a -> a.keyBits().contains(bits)).orElse(false);
    }

    public boolean claimsParameterSet(String algorithmId, String parameterSet) {
        return algorithm(algorithmId).map(a -> a.parameterSets().contains(parameterSet)).orElse(false);
    }

    public boolean claimsExport(String algorithmId, String blobType) {
        return algorithm(algorithmId).map(a -> a.exportBlobTypes().contains(blobType)).orElse(false);
    }

    public boolean claimsImport(String algorithmId, String blobType) {
        return algorithm(algorithmId).map(a -> a.importBlobTypes().contains(blobType)).orElse(false);
    }

    /** Returns a copy claiming the same algorithms under another profile. */
    public Claims withProfile(WindowsProfile other) {
        return new Claims(other, algorithms);
    }

    /** Returns a copy that claims only what both this and {@code limit} claim. */
    public Claims restrictedTo(Claims limit) {
        Map<String, AlgorithmClaim> kept = new LinkedHashMap<>();
        for (AlgorithmClaim mine : algorithms.values()) {
            limit.algorithm(mine.algorithmId()).ifPresent(theirs -> kept.put(mine.algorithmId(), new AlgorithmClaim(
                    mine.algorithmId(),
                    intersect(mine.keyBits(), theirs.keyBits()),
                    intersect(mine.parameterSets(), theirs.parameterSets()),
                    intersect(mine.exportBlobTypes(), theirs.exportBlobTypes()),
                    intersect(mine.importBlobTypes(), theirs.importBlobTypes()))));
        }
        return new Claims(profile, kept);
    }

    private static <T> Set<T> intersect(Set<T> a, Set<T> b) {
        Set<T> out = new LinkedHashSet<>(a);
        out.retainAll(b);
        return out;
    }

    @Override
    public String toString() {
        return "Claims{" + profile.id() + ", " + algorithms.values() + "}";
    }

    public static final class Builder {
        private final WindowsProfile profile;
        private final Map<String, AlgorithmClaim> algorithms = new LinkedHashMap<>();

        private Builder(WindowsProfile profile) {
            this.profile = profile;
        }

        public AlgorithmBuilder algorithm(String algorithmId) {
            return new AlgorithmBuilder(this, algorithmId);
        }

        public Claims build() {
            return new Claims(profile, algorithms);
        }
    }

    public static final class AlgorithmBuilder {
        private final Builder parent;
        private final String algorithmId;
        private final Set<Integer> keyBits = new LinkedHashSet<>();
        private final Set<String> parameterSets = new LinkedHashSet<>();
        private final Set<String> exports = new LinkedHashSet<>();
        private final Set<String> imports = new LinkedHashSet<>();

        private AlgorithmBuilder(Builder parent, String algorithmId) {
            this.parent = parent;
            this.algorithmId = algorithmId;
        }

        public AlgorithmBuilder keyBits(int... bits) {
            for (int b : bits) {
                keyBits.add(b);
            }
            return this;
        }

        /** Every length from {@code min} to {@code max} inclusive in steps of {@code step} bits. */
        public AlgorithmBuilder keyBitsRange(int min, int max, int step) {
            for (int b = min; b <= max; b += step) {
                keyBits.add(b);
            }
            return this;
        }

        public AlgorithmBuilder parameterSets(String... names) {
            parameterSets.addAll(List.of(names));
            return this;
        }

        public AlgorithmBuilder exports(String... blobTypes) {
            exports.addAll(List.of(blobTypes));
            return this;
        }

        public AlgorithmBuilder imports(String... blobTypes) {
            imports.addAll(List.of(blobTypes));
            return this;
        }

        public Builder add() {
            parent.algorithms.put(algorithmId, new AlgorithmClaim(algorithmId, keyBits, parameterSets, exports, imports));
            return parent;
        }
    }
}
