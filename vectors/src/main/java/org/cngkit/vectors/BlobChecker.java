package org.cngkit.vectors;

import java.util.List;
import java.util.Optional;

/**
 * Checks the blobs of one blob type against key material, by parsing them with the generated
 * Kaitai parser of that layout (never with the code that wrote them), or, for a blob without a
 * layout (the AES key wrap), by decrypting it with code independent of the reference
 * implementation. One implementation per blob type constant, registered in {@link BlobCrossCheck}.
 */
public interface BlobChecker {

    /** The bcrypt.h constant this checker handles, e.g. {@code BCRYPT_KEY_DATA_BLOB}. */
    String blobType();

    /**
     * Every disagreement between {@code blob} and {@code key}; empty when the blob is exactly
     * the encoding of the key. Never throws on a malformed blob: a parser failure is a mismatch.
     */
    List<BlobMismatch> check(byte[] blob, VectorKey key);

    /**
     * The key components a well-formed blob of this type holds, named as in {@link KeyMaterial}; empty when the
     * blob does not parse or the type carries no key material. The kit uses it on keys it has no vector for.
     */
    default Optional<KeyMaterial> material(byte[] blob) {
        return Optional.empty();
    }
}
