package org.cngkit.child;

/**
 * A line of the harness protocol that does not read as the protocol says: a malformed token, a wrong number of
 * tokens, an unknown handle id. On the serving side it becomes an {@code ERR} answer; on the kit's side it is a
 * bug in the kit or a server of another protocol version, never a judgement on the implementation.
 */
public class ProtocolViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProtocolViolation(String message) {
        super(message);
    }
}
