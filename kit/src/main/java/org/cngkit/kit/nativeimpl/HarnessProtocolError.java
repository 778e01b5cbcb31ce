package org.cngkit.kit.nativeimpl;

import org.cngkit.child.ProtocolViolation;

/**
 * The harness answered something the kit cannot read, or answered {@code ERR} to a request the kit made: a bug
 * in the kit or a harness of another protocol version, never a judgement on the implementation.
 */
public final class HarnessProtocolError extends ProtocolViolation {
    private static final long serialVersionUID = 1L;

    public HarnessProtocolError(String message) {
        super(message);
    }
}
