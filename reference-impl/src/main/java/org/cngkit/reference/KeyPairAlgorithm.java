package org.cngkit.reference;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.cngkit.spi.Claims;
import org.cngkit.spi.NtStatus;

/**
 * An algorithm whose keys are pairs: {@code BCryptGenerateKeyPair} starts a {@link PendingKeyPair}, properties
 * may be set on it (or on the algorithm handle beforehand), and {@code BCryptFinalizeKeyPair} turns it into a
 * {@link Key}. The call protocol of those functions lives in {@link ReferenceProvider}; the family supplies the
 * rules below, most of which have a default for the common case.
 */
interface KeyPairAlgorithm extends Algorithm {

    /** The {@code dwLength} values BCryptGenerateKeyPair takes, which are also the key sizes claimed. */
    Set<Integer> keyLengths();

    /** The blob types its keys export and import, in the order they are claimed. */
    List<String> blobTypes();

    /** Generates the key pair with the length and properties gathered so far. */
    Outcome<Key> finalizeKeyPair(PendingKeyPair pending);

    /** Key pairs come in through BCryptImportKeyPair only. */
    @Override
    default Optional<KeyBlobReader> keyBlobReader(String blobType) {
        return Optional.empty();
    }

    /** A length of {@link #keyLengths()} starts a key pair; any other is STATUS_INVALID_PARAMETER. */
    default Outcome<PendingKeyPair> startKeyPair(AlgorithmProvider provider, int dwLength) {
        return keyLengths().contains(dwLength) ? Outcome.of(new PendingKeyPair(this, dwLength, provider))
                : Outcome.refused(NtStatus.INVALID_PARAMETER);
    }

    /**
     * Whether {@code name} may be set to {@code value} on an algorithm handle or a key pair not yet finalized:
     * STATUS_SUCCESS to store it, STATUS_NOT_SUPPORTED for a property this algorithm does not have (the default),
     * STATUS_INVALID_PARAMETER for a value it cannot take.
     */
    default NtStatus acceptProperty(String name, byte[] value) {
        return NtStatus.NOT_SUPPORTED;
    }

    /** Every length from {@code min} to {@code max} in steps of {@code step} bits. */
    static Set<Integer> lengths(int min, int max, int step) {
        return IntStream.iterate(min, bits -> bits <= max, bits -> bits + step).boxed()
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Claims the key lengths and the blob types, for export and import alike. */
    @Override
    default void declare(Claims.Builder claims) {
        claims.algorithm(id()).keyBits(keyLengths().stream().mapToInt(Integer::intValue).toArray())
                .exports(blobTypes().toArray(String[]::new))
                .imports(blobTypes().toArray(String[]::new))
                .add();
    }
}
