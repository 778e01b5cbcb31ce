package org.cngkit.kit.verdict;

/** The outcome of one scenario against one implementation (DESIGN.md, "Verdicts and reports"). */
public enum Outcome {
    /** Every check of the scenario held. */
    PASSED,
    /** The implementation returned another NTSTATUS than the scenario allows. */
    WRONG_STATUS,
    /** {@code *pcbResult} (or the number of bytes produced) is not the size the scenario requires. */
    WRONG_SIZE,
    /** The bytes are not the expected blob, do not parse, or were written where nothing may be written. */
    WRONG_BLOB,
    /**
     * The implementation wrote memory it must leave alone: at or after {@code cbOutput}, into an {@code [in]} buffer
     * (pbInput, pbSecret, a property value), or into a buffer after its call had returned.
     */
    OVERRUN,
    /** The implementation threw, or its process died. */
    CRASHED,
    /** A call did not return within the per-call timeout. */
    TIMEOUT,
    /** The scenario needs an algorithm, size or blob type the implementation does not claim. */
    NOT_CLAIMED,
    /**
     * The run stopped before this scenario: its whole-run deadline passed, or too many calls in a row timed out.
     * It blames the implementation (a run it made hopeless is not a certificate).
     */
    NOT_RUN,
    /** The kit itself failed (bad vector reference, bug in a step); says nothing about the implementation. */
    KIT_ERROR;

    /** True for outcomes that blame the implementation. */
    public boolean isNonConformance() {
        return this != PASSED && this != NOT_CLAIMED && this != KIT_ERROR;
    }
}
