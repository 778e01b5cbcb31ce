package org.cngkit.kit.nativeimpl;

/**
 * The harness process did not answer within the call's time limit, and was killed. The kit reports the call as
 * TIMEOUT; the next call starts a fresh process.
 */
public final class HarnessTimedOut extends HarnessProcessLost {
    private static final long serialVersionUID = 1L;

    public HarnessTimedOut(String message) {
        super(message);
    }
}
