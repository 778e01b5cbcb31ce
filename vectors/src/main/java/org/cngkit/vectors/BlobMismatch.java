package org.cngkit.vectors;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One way a blob disagrees with the key it should encode.
 *
 * @param field    the layout field, by its .ksy id ({@code len_key_data}, {@code key_data}, ...),
 *                 or {@code structure} when the parser rejected the blob, or {@code trailing}
 *                 for bytes after the structure
 * @param expected what the key material implies
 * @param actual   what the blob holds
 */
public record BlobMismatch(String field, String expected, String actual) {

    @Override
    public String toString() {
        return field + ": expected " + expected + ", got " + actual;
    }

    /**
     * A mismatch between key bytes found in a blob and the key they should be, or empty when they are equal. It
     * says where the bytes differ, never which bytes they are: a blob may hold a real secret.
     *
     * @param field    the field holding the key bytes
     * @param what     the name of the expected key, e.g. {@code key.secret}
     * @param expected the key bytes the key material implies
     * @param actual   the key bytes found
     */
    public static Optional<BlobMismatch> ofKeyBytes(String field, String what, byte[] expected, byte[] actual) {
        int firstDifference = Arrays.mismatch(actual, expected);
        if (firstDifference < 0) {
            return Optional.empty();
        }
        String how = firstDifference < Math.min(actual.length, expected.length)
                ? "differing from it at byte offset " + firstDifference
                : actual.length < expected.length ? "a prefix of it" : "it followed by more bytes";
        return Optional.of(new BlobMismatch(field, "the " + expected.length + "-byte " + what, actual.length + " bytes, " + how));
    }

    /** The mismatches joined for a message. */
    public static String describe(List<BlobMismatch> mismatches) {
        return mismatches.stream().map(BlobMismatch::toString).collect(Collectors.joining("; "));
    }
}
