package org.cngkit.vectors;

import java.util.List;
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

    /** The mismatches joined for a message. */
    public static String describe(List<BlobMismatch> mismatches) {
        return mismatches.stream().map(BlobMismatch::toString).collect(Collectors.joining("; "));
    }
}
