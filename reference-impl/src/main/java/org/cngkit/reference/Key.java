package org.cngkit.reference;

import java.util.Optional;

/** What a {@code BCRYPT_KEY_HANDLE} refers to. Each key family (symmetric, RSA, ECC, ...) has its own class. */
interface Key {

    /** The algorithm the key belongs to. */
    Algorithm algorithm();

    /**
     * The writer {@code BCryptExportKey} uses for {@code blobType}, or empty when the type is unknown
     * or does not apply to this key's family (STATUS_NOT_SUPPORTED).
     */
    Optional<KeyBlobWriter> blobWriter(String blobType);
}
