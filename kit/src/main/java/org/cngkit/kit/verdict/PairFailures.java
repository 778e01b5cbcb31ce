package org.cngkit.kit.verdict;

/**
 * The failure of a scenario that applies one rule to every claimed blob type of a key: some pairs failed. The
 * report does not use this summary; it lists every pair with its own outcome (see
 * {@code org.cngkit.kit.session.PairVerdict}).
 */
public final class PairFailures extends Violation {
    private static final long serialVersionUID = 1L;

    public PairFailures(Outcome outcome, String reason, String expected, String provided) {
        super(outcome, reason, expected, provided);
    }
}
