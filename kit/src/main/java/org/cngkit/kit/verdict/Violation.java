package org.cngkit.kit.verdict;

import org.cngkit.kit.layout.BlobDiff;

/**
 * A failed check: the implementation did something the scenario forbids. Carries the outcome, and what was
 * expected and provided as text that is already redacted, so it can be printed anywhere.
 */
public class Violation extends AssertionError {
    private static final long serialVersionUID = 1L;

    private final Outcome outcome;
    private final String expected;
    private final String provided;
    private transient BlobDiff blobDiff;

    public Violation(Outcome outcome, String reason, String expected, String provided) {
        super(reason + " (expected: " + expected + "; provided: " + provided + ")");
        this.outcome = outcome;
        this.expected = expected;
        this.provided = provided;
    }

    public Violation(Outcome outcome, String reason, String expected, String provided, Throwable cause) {
        this(outcome, reason, expected, provided);
        initCause(cause);
    }

    /** The same violation with the blob laid out field by field (expected beside provided, or provided alone). */
    public Violation withBlobDiff(BlobDiff diff) {
        this.blobDiff = diff;
        return this;
    }

    /** The field-level view of the blob this violation judged, or {@code null}. */
    public BlobDiff blobDiff() {
        return blobDiff;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The reason without the expected/provided suffix. */
    public String reason() {
        String m = getMessage();
        int cut = m.lastIndexOf(" (expected: ");
        return cut < 0 ? m : m.substring(0, cut);
    }

    public String expected() {
        return expected;
    }

    public String provided() {
        return provided;
    }
}
