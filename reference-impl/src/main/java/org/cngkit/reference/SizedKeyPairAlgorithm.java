package org.cngkit.reference;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.cngkit.spi.Claims;
import org.cngkit.spi.NtStatus;

/**
 * A key-pair algorithm whose keys are sized by {@code dwLength} (RSA, ECC, DSA, DH), as opposed to one whose
 * parameter set decides the size. The lengths it takes are also the key sizes it claims, for the blob types it
 * exports and imports.
 */
interface SizedKeyPairAlgorithm extends KeyPairAlgorithm {

    /** The {@code dwLength} values BCryptGenerateKeyPair takes, which are also the key sizes claimed. */
    Set<Integer> keyLengths();

    /** The blob types its keys export and import, in the order they are claimed. */
    List<String> blobTypes();

    /**
     * The blob types BCryptImportKeyPair reads, by default {@link #blobTypes()}; a family whose legacy public blob
     * the Microsoft primitive provider does not import leaves it out (BCryptImportKeyPair page).
     */
    default List<String> importBlobTypes() {
        return blobTypes();
    }

    /** A length of {@link #keyLengths()} and no flags; anything else is STATUS_INVALID_PARAMETER. */
    @Override
    default NtStatus checkGeneration(int dwLength, int dwFlags) {
        return dwFlags == 0 && keyLengths().contains(dwLength) ? NtStatus.SUCCESS : NtStatus.INVALID_PARAMETER;
    }

    /** Every length from {@code min} to {@code max} in steps of {@code step} bits. */
    static Set<Integer> lengths(int min, int max, int step) {
        return IntStream.iterate(min, bits -> bits <= max, bits -> bits + step).boxed()
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Claims the key lengths, the blob types it exports and those it imports. */
    @Override
    default void declare(Claims.Builder claims) {
        claims.algorithm(id()).keyBits(keyLengths().stream().mapToInt(Integer::intValue).toArray())
                .exports(blobTypes().toArray(String[]::new))
                .imports(importBlobTypes().toArray(String[]::new))
                .add();
    }
}
