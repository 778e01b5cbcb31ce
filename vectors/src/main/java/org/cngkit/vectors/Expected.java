package org.cngkit.vectors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a call must produce.
 *
 * @param status         symbolic status name, e.g. {@code STATUS_SUCCESS}: the status the call must return, or,
 *                       when {@code alsoAcceptable} is not empty, the one cngkit recommends where the page is silent
 * @param blob           the exact blob an export that succeeds must produce, or {@code null} when the content is
 *                       not fixed (opaque blobs), success is not acceptable, or the test is an import
 * @param alsoAcceptable the other statuses that conform because the page does not fix one; empty when
 *                       {@code status} is the only one
 */
public record Expected(String status, byte[] blob, List<String> alsoAcceptable) {

    public Expected {
        alsoAcceptable = List.copyOf(alsoAcceptable);
    }

    /** An expectation with exactly one conforming status. */
    public Expected(String status, byte[] blob) {
        this(status, blob, List.of());
    }

    /** The expected blob; a copy, or null when absent. */
    @Override
    public byte[] blob() {
        return blob == null ? null : blob.clone();
    }

    public boolean hasBlob() {
        return blob != null;
    }

    /** Every status that conforms: {@code status} first, then {@code alsoAcceptable}. */
    public List<String> acceptableStatuses() {
        List<String> all = new ArrayList<>();
        all.add(status);
        all.addAll(alsoAcceptable);
        return List.copyOf(all);
    }

    /** Whether a call returning the status named {@code statusName} conforms. */
    public boolean accepts(String statusName) {
        return status.equals(statusName) || alsoAcceptable.contains(statusName);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Expected other && status.equals(other.status) && Arrays.equals(blob, other.blob)
                && alsoAcceptable.equals(other.alsoAcceptable);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, Arrays.hashCode(blob), alsoAcceptable);
    }

    @Override
    public String toString() {
        return "Expected[status=" + status + (alsoAcceptable.isEmpty() ? "" : ", alsoAcceptable=" + alsoAcceptable)
                + ", blob=" + (blob == null ? "absent" : blob.length + " bytes (not printed: it may hold key material)") + "]";
    }
}
