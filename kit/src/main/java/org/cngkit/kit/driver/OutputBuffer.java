package org.cngkit.kit.driver;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.cngkit.child.FillStream;

/**
 * The {@code pbOutput} / {@code cbOutput} pair of one call. A real buffer is {@link #CANARY_LENGTH} bytes longer
 * than {@code cbOutput}; the whole buffer is pre-filled with random-looking bytes (the fill stream from a random
 * offset), so the kit sees both "wrote while failing" and "wrote past cbOutput".
 */
public final class OutputBuffer {
    public static final int CANARY_LENGTH = 64;
    /**
     * Where in the protocol's {@link FillStream} each buffer starts: a random offset, so that what a buffer holds is
     * as unpredictable to an implementation as fresh random bytes, at the cost of a copy; and a buffer passed to
     * another process travels as its length and offset, not its bytes.
     */
    private static final SplittableRandom OFFSETS = new SplittableRandom(FillStream.SEED);

    private final byte[] memory;
    private final int cbOutput;
    private final byte[] fill;

    private OutputBuffer(byte[] memory, int cbOutput) {
        this.memory = memory;
        this.cbOutput = cbOutput;
        this.fill = memory == null ? null : memory.clone();
    }

    /** {@code pbOutput = NULL} with the given {@code cbOutput}. */
    public static OutputBuffer nullPointer(int cbOutput) {
        return new OutputBuffer(null, cbOutput);
    }

    /** A real buffer of {@code cbOutput} bytes followed by the canary. */
    public static OutputBuffer sized(int cbOutput) {
        byte[] memory = new byte[cbOutput + CANARY_LENGTH];
        int from;
        synchronized (OFFSETS) {
            from = OFFSETS.nextInt(FillStream.LENGTH);
        }
        FillStream.fill(memory, from);
        return new OutputBuffer(memory, cbOutput);
    }

    public boolean isNull() {
        return memory == null;
    }

    /** What is handed to the implementation as {@code pbOutput}. */
    byte[] pointer() {
        return memory;
    }

    public int cbOutput() {
        return cbOutput;
    }

    /** Offsets at or after cbOutput that no longer hold the canary; empty when none. */
    public int[] overrunOffsets() {
        if (memory == null) {
            return new int[0];
        }
        return java.util.stream.IntStream.range(cbOutput, memory.length).filter(i -> memory[i] != fill[i]).toArray();
    }

    /** Offsets in {@code [from, to)} that no longer hold what the kit filled in; empty when none. */
    public int[] changedOffsets(int from, int to) {
        if (memory == null) {
            return new int[0];
        }
        return java.util.stream.IntStream.range(Math.max(0, from), Math.min(to, memory.length))
                .filter(i -> memory[i] != fill[i]).toArray();
    }

    /** True when every byte in {@code [from, to)} is zero. */
    public boolean zeroBetween(int from, int to) {
        return memory != null && java.util.stream.IntStream.range(Math.max(0, from), Math.min(to, memory.length))
                .allMatch(i -> memory[i] == 0);
    }

    /** True when any byte before cbOutput changed. */
    public boolean touched() {
        return memory != null && !Arrays.equals(memory, 0, cbOutput, fill, 0, cbOutput);
    }

    /** The first {@code length} bytes of the buffer, clamped to cbOutput. */
    public byte[] head(long length) {
        if (memory == null) {
            return null;
        }
        return Arrays.copyOf(memory, (int) Math.max(0, Math.min(length, cbOutput)));
    }
}
