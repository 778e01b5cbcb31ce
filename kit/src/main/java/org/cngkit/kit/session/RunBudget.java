package org.cngkit.kit.session;

import java.time.Duration;
import java.util.Optional;

/**
 * When a run stops early: a whole-run deadline, and a number of calls in a row that timed out (an implementation
 * that hangs on everything would otherwise make a run take hours). Scenarios after the stop are NOT_RUN, the report
 * is still written, and the run is not certified.
 *
 * @param wholeRun               the longest time the scenarios may take together
 * @param maxConsecutiveTimeouts stop after this many TIMEOUTs in a row
 */
public record RunBudget(Duration wholeRun, int maxConsecutiveTimeouts) {
    public static final Duration DEFAULT_WHOLE_RUN = Duration.ofHours(2);
    public static final int DEFAULT_MAX_CONSECUTIVE_TIMEOUTS = 5;

    public static RunBudget defaults() {
        return new RunBudget(DEFAULT_WHOLE_RUN, DEFAULT_MAX_CONSECUTIVE_TIMEOUTS);
    }

    /** The reason to stop, given when the run began and how many calls in a row timed out; empty to go on. */
    public Optional<String> exhausted(long startedNanos, int consecutiveTimeouts) {
        if (consecutiveTimeouts >= maxConsecutiveTimeouts) {
            return Optional.of("the run stopped after " + consecutiveTimeouts + " calls in a row timed out (--max-timeouts "
                    + maxConsecutiveTimeouts + ")");
        }
        if (System.nanoTime() - startedNanos > wholeRun.toNanos()) {
            return Optional.of("the run stopped at its whole-run deadline of " + wholeRun.toSeconds() + " s (--deadline)");
        }
        return Optional.empty();
    }
}
