package org.cngkit.reference;

import java.util.Optional;

import org.cngkit.spi.Claims;

/**
 * A CNG algorithm identifier ({@code pszAlgId}) this provider can open, seen from the import side.
 * The export side belongs to the {@link Key} the algorithm makes.
 */
interface Algorithm {

    /** The {@code pszAlgId} string, exactly as CNG spells it ({@code "AES"}, {@code "3DES"}). */
    String id();

    /** The reader {@code BCryptImportKey} uses for {@code blobType}; empty means STATUS_NOT_SUPPORTED. */
    Optional<KeyBlobReader> keyBlobReader(String blobType);

    /** The reader {@code BCryptImportKeyPair} uses for {@code blobType}; empty means STATUS_NOT_SUPPORTED. */
    Optional<KeyBlobReader> keyPairBlobReader(String blobType);

    /**
     * The reader {@code BCryptImportKeyPair} uses on an algorithm handle that may carry properties (an ECC curve);
     * by default the same as {@link #keyPairBlobReader(String)}.
     */
    default Optional<KeyBlobReader> keyPairBlobReader(AlgorithmProvider provider, String blobType) {
        return keyPairBlobReader(blobType);
    }

    /** Adds what this algorithm supports to the provider's claims, from the same tables its behaviour uses. */
    void declare(Claims.Builder claims);
}
