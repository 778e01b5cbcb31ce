package org.cngkit.vectors;

import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * How much time the oracle (the layout checks of {@link BlobCrossCheck} and the arithmetic of {@link KeyRelations})
 * has taken in this JVM, for the kit's {@code certify --timings}. Only the outermost oracle call on a thread is
 * counted, so a check that uses another check is not counted twice.
 */
public final class OracleClock {
    private static final LongAdder NANOS = new LongAdder();
    private static final LongAdder CALLS = new LongAdder();
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private OracleClock() {
    }

    /** Runs one oracle computation, adding its time unless it runs inside another. */
    static <T> T time(Supplier<T> computation) {
        int[] depth = DEPTH.get();
        if (depth[0]++ > 0) {
            try {
                return computation.get();
            } finally {
                depth[0]--;
            }
        }
        long start = System.nanoTime();
        try {
            return computation.get();
        } finally {
            depth[0]--;
            NANOS.add(System.nanoTime() - start);
            CALLS.increment();
        }
    }

    /** Nanoseconds spent in the oracle since the last {@link #reset}. */
    public static long nanos() {
        return NANOS.sum();
    }

    /** Outermost oracle calls since the last {@link #reset}. */
    public static long calls() {
        return CALLS.sum();
    }

    public static void reset() {
        NANOS.reset();
        CALLS.reset();
    }
}
