package org.cngkit.kit.tools.convert;

import org.cngkit.spi.NtStatus;

/**
 * The conversion cannot be done: the reference refused a call (its NTSTATUS, in words), or the input is not a key the
 * converter reads. Carries no key bytes.
 */
public final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;

    public Refusal(String message) {
        super(message);
    }

    /** A call of the reference that did not return STATUS_SUCCESS. */
    static Refusal of(String call, NtStatus status) {
        return new Refusal("the reference refused: " + call + " returned " + status.name()
                + String.format(" (0x%08X)", status.value()) + ": " + meaning(status));
    }

    /** What a status means for a conversion. */
    static String meaning(NtStatus status) {
        if (status.equals(NtStatus.NOT_SUPPORTED)) {
            return "the reference does not offer this blob type or algorithm for this key";
        }
        if (status.equals(NtStatus.INVALID_PARAMETER)) {
            return "the reference found the input malformed or inconsistent, or the request not valid for this key";
        }
        if (status.equals(NtStatus.NOT_FOUND)) {
            return "the algorithm is unknown to the reference";
        }
        if (status.equals(NtStatus.BUFFER_TOO_SMALL)) {
            return "the blob did not fit the size the reference announced (a reference bug)";
        }
        if (status.equals(NtStatus.INVALID_HANDLE)) {
            return "a handle was not valid (a converter bug)";
        }
        return "see the BCryptExportKey / BCryptImportKeyPair pages for this status";
    }
}
