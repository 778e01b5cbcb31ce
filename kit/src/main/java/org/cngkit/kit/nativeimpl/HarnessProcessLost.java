package org.cngkit.kit.nativeimpl;

/**
 * The harness process ended during a call: the implementation crashed it (an unhandled exception, reported by
 * the harness as {@code CRASH}), it died without a word, or the kit killed it because the call hung. The handles
 * it had issued are gone; the next call starts a fresh process. The kit reports the call as CRASHED, or as
 * TIMEOUT when its own per-call limit expired first.
 */
public class HarnessProcessLost extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public HarnessProcessLost(String message) {
        super(message);
    }
}
