package org.cngkit.child;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The fill stream of the harness protocol (harness/PROTOCOL.md, "The fill stream"): {@value #LENGTH} bytes that
 * both ends of the protocol compute, so that a buffer the kit filled from it travels as a short {@code f} token
 * (its length and the offset it starts at) instead of its bytes in hex. The kit fills every output buffer from it,
 * each from a random offset, wrapping around.
 *
 * <p>Byte {@code 8k + j} is byte j (little-endian) of the k-th output of SplitMix64 started from {@link #SEED}.
 */
public final class FillStream {
    /** Bytes in one turn of the stream. */
    public static final int LENGTH = 1 << 17;
    /** SplitMix64's starting state ("cngkit" in ASCII). */
    public static final long SEED = 0x636E676B6974L;
    private static final byte[] STREAM = generate();
    /** Arrays the kit filled, by identity, with the offset they start at; an array that is collected leaves. */
    private static final Map<byte[], Integer> FILLED = Collections.synchronizedMap(new WeakHashMap<>());

    private FillStream() {
    }

    private static byte[] generate() {
        byte[] s = new byte[LENGTH];
        long state = SEED;
        for (int i = 0; i < LENGTH; i += 8) {
            state += 0x9E3779B97F4A7C15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            z ^= z >>> 31;
            for (int j = 0; j < 8; j++) {
                s[i + j] = (byte) (z >>> (8 * j));
            }
        }
        return s;
    }

    /** Fills the whole array from the stream, starting at {@code offset}, and remembers that it did. */
    public static void fill(byte[] memory, int offset) {
        copy(memory, offset);
        FILLED.put(memory, offset);
    }

    /** {@code length} bytes of the stream from {@code offset} (what an {@code f} token stands for). */
    public static byte[] bytes(int length, int offset) {
        byte[] b = new byte[length];
        copy(b, offset);
        return b;
    }

    private static void copy(byte[] into, int offset) {
        if (offset < 0 || offset >= LENGTH) {
            throw new IllegalArgumentException("offset " + offset + " outside the fill stream");
        }
        int from = offset;
        for (int filled = 0; filled < into.length; ) {
            int n = Math.min(into.length - filled, LENGTH - from);
            System.arraycopy(STREAM, from, into, filled, n);
            filled += n;
            from = 0;
        }
    }

    /**
     * The offset the array was filled from, if the kit filled it and every byte still is the stream's; else -1. A
     * filled array whose bytes changed since is compared in full, so a stale entry never stands for other bytes.
     */
    static int offsetOf(byte[] data) {
        Integer offset = FILLED.get(data);
        if (offset == null) {
            return -1;
        }
        int from = offset;
        for (int checked = 0; checked < data.length; ) {
            int n = Math.min(data.length - checked, LENGTH - from);
            if (!Arrays.equals(data, checked, checked + n, STREAM, from, from + n)) {
                return -1;
            }
            checked += n;
            from = 0;
        }
        return offset;
    }
}
