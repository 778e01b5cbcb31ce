package org.cngkit.vectors;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One test: export the group's key as {@code blobType}, or import {@code input} as {@code blobType} under the
 * group's key-encryption key, and expect {@code expected}.
 *
 * @param tcId      unique within the file
 * @param comment   what the test is about
 * @param flags     names defined in the file's notes
 * @param blobType  bcrypt.h constant name, e.g. {@code BCRYPT_KEY_DATA_BLOB}
 * @param expected  status and, where fixed, the exact blob
 * @param operation whether the test exports or imports
 * @param input     the bytes an import passes ({@code pbInput}); {@code null} for exports
 * @param group     the group this test belongs to (a back reference: left out of
 *                  {@code equals}, {@code hashCode} and {@code toString})
 */
public record VectorTest(int tcId, String comment, List<String> flags, String blobType, Expected expected,
                         Operation operation, byte[] input, TestGroup group) {

    /** What a test asks of the implementation. */
    public enum Operation {
        /** {@code BCryptExportKey} of the group's key. */
        EXPORT,
        /** {@code BCryptImportKey} of {@link #input()} under the group's key-encryption key. */
        IMPORT
    }

    public VectorTest {
        flags = List.copyOf(flags);
        input = input == null ? null : input.clone();
    }

    /** An export test. */
    public VectorTest(int tcId, String comment, List<String> flags, String blobType, Expected expected, TestGroup group) {
        this(tcId, comment, flags, blobType, expected, Operation.EXPORT, null, group);
    }

    /** The group's key material. */
    public KeyMaterial key() {
        return group.key();
    }

    public boolean isImport() {
        return operation == Operation.IMPORT;
    }

    /** The import input (a copy), or null for an export test. */
    @Override
    public byte[] input() {
        return input == null ? null : input.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VectorTest other
                && tcId == other.tcId
                && comment.equals(other.comment)
                && flags.equals(other.flags)
                && blobType.equals(other.blobType)
                && expected.equals(other.expected)
                && operation == other.operation
                && Arrays.equals(input, other.input);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tcId, comment, flags, blobType, expected, operation, Arrays.hashCode(input));
    }

    @Override
    public String toString() {
        return "VectorTest[tcId=" + tcId + ", tgId=" + (group == null ? "?" : group.tgId()) + ", comment=" + comment
                + ", flags=" + flags + ", blobType=" + blobType + ", operation=" + operation
                + (input == null ? "" : ", input=" + input.length + " bytes") + ", expected=" + expected + "]";
    }
}
