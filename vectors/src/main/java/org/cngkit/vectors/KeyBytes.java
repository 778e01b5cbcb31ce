package org.cngkit.vectors;

import java.util.Arrays;
import java.util.Optional;

/** Compares key bytes in a blob with the key material, saying where they differ but never which bytes they are. */
final class KeyBytes {
    private KeyBytes() {
    }

    /**
     * @param field    the layout field holding the bytes ({@code key_data}, {@code key})
     * @param what     the key material they should equal, for the message ({@code "key.secret"})
     * @param expected the key material
     * @param actual   the bytes in the blob
     */
    static Optional<BlobMismatch> compare(String field, String what, byte[] expected, byte[] actual) {
        int firstDifference = Arrays.mismatch(actual, expected);
        if (firstDifference < 0) {
            return Optional.empty();
        }
        // says where, never which bytes: a blob may hold a real secret
        int length = actual.length;
        String how = firstDifference < Math.min(length, expected.length)
                ? "differing from it at byte offset " + firstDifference
                : length < expected.length ? "a prefix of it" : "it followed by more bytes";
        return Optional.of(new BlobMismatch(field, "the " + expected.length + "-byte " + what, length + " bytes, " + how));
    }
}
