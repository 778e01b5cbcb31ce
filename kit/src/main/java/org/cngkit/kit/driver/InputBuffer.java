package org.cngkit.kit.driver;

import java.util.stream.IntStream;

import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;

/**
 * An {@code [in]} buffer of one call ({@code pbInput}, {@code pbSecret}, a property value): the array handed to
 * the implementation and the bytes it must still hold afterwards. The C parameters are {@code const}; an
 * implementation that writes into them (wiping a secret it was given, decoding in place) changes memory the caller
 * owns.
 */
public final class InputBuffer {
    private final String parameter;
    private final byte[] passed;
    private final byte[] original;

    private InputBuffer(String parameter, byte[] value) {
        this.parameter = parameter;
        this.original = value.clone();
        this.passed = value.clone();
    }

    /** A copy of {@code value} to pass as the parameter named {@code parameter}. */
    public static InputBuffer of(String parameter, byte[] value) {
        return new InputBuffer(parameter, value);
    }

    /** The array handed to the implementation. */
    byte[] pointer() {
        return passed;
    }

    /** Offsets whose byte differs from what the kit passed; empty when none. */
    int[] changedOffsets() {
        return IntStream.range(0, passed.length).filter(i -> passed[i] != original[i]).toArray();
    }

    /** Fails the call with OVERRUN when the implementation changed the buffer. */
    void requireUnchanged(String call) {
        int[] changed = changedOffsets();
        if (changed.length > 0) {
            throw new Violation(Outcome.OVERRUN, call + " changed its [in] buffer " + parameter,
                    parameter + " left as the caller passed it", changed.length + " byte(s) changed, offsets "
                    + Offsets.describe(changed));
        }
    }

    String parameter() {
        return parameter;
    }
}
