package org.cngkit.vectors;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What an export must produce.
 *
 * @param status symbolic NTSTATUS name, e.g. {@code STATUS_SUCCESS}
 * @param blob   the exact blob, or {@code null} when the content is not fixed (opaque blobs,
 *               failures)
 */
public record Expected(String status, byte[] blob) {

    /** The expected blob; a copy, or null when absent. */
    @Override
    public byte[] blob() {
        return blob == null ? null : blob.clone();
    }

    public boolean hasBlob() {
        return blob != null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expected other && status.equals(other.status) && Arrays.equals(blob, other.blob);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, Arrays.hashCode(blob));
    }

    @Override
    public String toString() {
        return "Expected[status=" + status + ", blob=" + (blob == null ? "absent" : HexFormat.of().formatHex(blob)) + "]";
    }
}
