package org.cngkit.vectors;

import java.util.List;
import java.util.Objects;

/**
 * One test: export the group's key as {@code blobType} and expect {@code expected}.
 *
 * @param tcId     unique within the file
 * @param comment  what the test is about
 * @param flags    names defined in the file's notes
 * @param blobType bcrypt.h constant name, e.g. {@code BCRYPT_KEY_DATA_BLOB}
 * @param expected status and, where fixed, the exact blob
 * @param group    the group this test belongs to (a back reference: left out of
 *                 {@code equals}, {@code hashCode} and {@code toString})
 */
public record VectorTest(int tcId, String comment, List<String> flags, String blobType, Expected expected, TestGroup group) {
    public VectorTest {
        flags = List.copyOf(flags);
    }

    /** The group's key material. */
    public KeyMaterial key() {
        return group.key();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VectorTest other
                && tcId == other.tcId
                && comment.equals(other.comment)
                && flags.equals(other.flags)
                && blobType.equals(other.blobType)
                && expected.equals(other.expected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tcId, comment, flags, blobType, expected);
    }

    @Override
    public String toString() {
        return "VectorTest[tcId=" + tcId + ", tgId=" + (group == null ? "?" : group.tgId()) + ", comment=" + comment
                + ", flags=" + flags + ", blobType=" + blobType + ", expected=" + expected + "]";
    }
}
