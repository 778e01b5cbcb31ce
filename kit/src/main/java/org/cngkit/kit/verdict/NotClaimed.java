package org.cngkit.kit.verdict;

import org.opentest4j.TestAbortedException;

/**
 * Thrown by a step when the scenario needs something the implementation does not claim. The scenario stops
 * there, counts as aborted for JUnit and is reported NOT_CLAIMED, never as passed.
 */
public final class NotClaimed extends TestAbortedException {
    private static final long serialVersionUID = 1L;

    public NotClaimed(String what) {
        super("not claimed: " + what);
    }
}
