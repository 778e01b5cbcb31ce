package org.cngkit.reference;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.NtStatus;

/**
 * The blob types of a key family with one public and one private layout (ECC, DSA, DH): its own pair and the
 * generic PUBLICBLOB / PRIVATEBLOB, which carry the same layouts. One place decides which side a type asks for
 * and that a private blob of a public key is STATUS_INVALID_PARAMETER (as Windows answers for RSA and ECDSA).
 *
 * @param publicType  the family's public {@code pszBlobType}, e.g. {@code ECCPUBLICBLOB}
 * @param privateType the family's private {@code pszBlobType}
 */
record KeyPairBlobTypes(String publicType, String privateType) {

    /** Every type, in the order it is claimed for export and import. */
    List<String> all() {
        return List.of(publicType, privateType, BlobTypes.PUBLIC_KEY, BlobTypes.PRIVATE_KEY);
    }

    /** True for a private type, false for a public one, empty for a type of no concern to this family. */
    Optional<Boolean> isPrivate(String blobType) {
        if (blobType.equals(publicType) || blobType.equals(BlobTypes.PUBLIC_KEY)) {
            return Optional.of(false);
        }
        if (blobType.equals(privateType) || blobType.equals(BlobTypes.PRIVATE_KEY)) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    /** The export writer: {@code write} gets whether the private blob is wanted. */
    Optional<KeyBlobWriter> writer(String blobType, boolean hasPrivatePart, Function<Boolean, byte[]> write) {
        return isPrivate(blobType).map(isPrivate -> wrappingKey -> isPrivate && !hasPrivatePart
                ? Outcome.refused(NtStatus.INVALID_PARAMETER)
                : Outcome.of(write.apply(isPrivate)));
    }

    /** The export writer of a key whose two blobs were encoded when it was made ({@link PrecomputedBlob}). */
    Optional<KeyBlobWriter> writer(String blobType, Optional<KeyBlobWriter> publicBlob,
                                   Optional<KeyBlobWriter> privateBlob) {
        if (blobType.equals(publicType) || blobType.equals(BlobTypes.PUBLIC_KEY)) {
            return publicBlob;
        }
        if (blobType.equals(privateType) || blobType.equals(BlobTypes.PRIVATE_KEY)) {
            return privateBlob;
        }
        return Optional.empty();
    }

    /** The import reader: {@code read} gets the blob and whether it is the private layout. */
    Optional<KeyBlobReader> reader(String blobType, BiFunction<byte[], Boolean, Outcome<? extends Key>> read) {
        return isPrivate(blobType).map(isPrivate -> (blob, unwrappingKey) -> read.apply(blob, isPrivate).then(Outcome::of));
    }
}
