package org.cngkit.kit.nativeimpl;

/**
 * A Java implementation in its child JVM threw from an SPI method (the answer {@code THREW}); the kit reports
 * the call CRASHED, as it does for an implementation that throws in-process.
 */
public final class ImplementationThrew extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String type;

    public ImplementationThrew(String type, String message) {
        super(type + ": " + message);
        this.type = type;
    }

    /** The class name of what the implementation threw. */
    public String type() {
        return type;
    }
}
