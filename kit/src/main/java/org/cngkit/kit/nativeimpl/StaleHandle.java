package org.cngkit.kit.nativeimpl;

/**
 * A handle that a previous harness process issued, after that process crashed or was killed: there is no
 * object behind it any more and no raw value to pass, so the call cannot be made. The scenario that still held
 * the handle is reported CRASHED; the scenarios after it get handles of the fresh process.
 */
public final class StaleHandle extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StaleHandle(String message) {
        super(message);
    }
}
