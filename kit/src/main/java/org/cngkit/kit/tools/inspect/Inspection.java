package org.cngkit.kit.tools.inspect;

import java.util.List;

/**
 * What {@code cngkit inspect} found in a blob.
 *
 * @param length      bytes in the blob
 * @param encoding    how the input carried it ({@code binary}, {@code hex}, {@code base64})
 * @param layout      the .ksy id of the layout its magic names, or {@code null} when no layout recognises it
 * @param title       that layout's title
 * @param blobTypes   the blob types whose oracle checker reads it ({@code BCRYPT_RSAFULLPRIVATE_BLOB}, and the
 *                    generic {@code BCRYPT_PRIVATE_KEY_BLOB})
 * @param key         the algorithm and size the header declares, or {@code null}
 * @param parameterSet the parameter set of a post-quantum blob, or {@code null}
 * @param fields      its fields in layout order
 * @param checks      every consistency check with its result
 * @param notes       what could not be checked from this blob alone, and why
 * @param error       why the blob is malformed or unrecognised ({@code null} when it parsed)
 * @param errorOffset the parse position of {@code error}, or -1
 */
public record Inspection(int length, String encoding, String layout, String title, List<String> blobTypes,
        KeyIdentity key, String parameterSet, List<Field> fields, List<Check> checks, List<String> notes,
        String error, int errorOffset) {

    /** Whether the blob parsed and passed every check. */
    public boolean consistent() {
        return error == null && checks.stream().allMatch(Check::passed);
    }
}
