package org.cngkit.kit.session;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import org.cngkit.vectors.OracleClock;

/**
 * Where the time of one certification run goes ({@code certify --timings}): the phases in order, the time per
 * feature, and, inside the scenarios, the time spent waiting for the implementation and in the oracle. One run per
 * JVM at a time; {@link #begin} starts a fresh account.
 */
public final class RunTimings {
    /** The phases of a run, in the order they are shown. */
    public enum Phase {
        VECTORS("vectors loaded"),
        DISCOVERY("features parsed, scenarios discovered"),
        SCENARIOS("scenarios run (reports written at the end)"),
        REPORT("  of which: reports written (verdicts.json, summary.md, report.html...)"),
        READ_BACK("verdicts counted");

        private final String label;

        Phase(String label) {
            this.label = label;
        }
    }

    private static final Map<Phase, Long> PHASES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Map<String, long[]> FEATURES = java.util.Collections.synchronizedMap(new LinkedHashMap<>());
    private static final LongAdder CALL_NANOS = new LongAdder();
    private static final LongAdder CALLS = new LongAdder();
    private static final Map<String, long[]> BY_FUNCTION = new java.util.concurrent.ConcurrentHashMap<>();
    private static volatile long mainEntered;

    private RunTimings() {
    }

    /** Notes the moment the CLI's main method starts (the JVM's own start is known to the JVM). */
    public static void mainEntered() {
        mainEntered = System.currentTimeMillis();
    }

    /** Starts a fresh account for a run. */
    public static void begin() {
        PHASES.clear();
        FEATURES.clear();
        CALL_NANOS.reset();
        CALLS.reset();
        BY_FUNCTION.clear();
        OracleClock.reset();
    }

    /** Adds the time since {@code startNanos} (a {@link System#nanoTime}) to a phase. */
    public static void phase(Phase phase, long startNanos) {
        PHASES.merge(phase, System.nanoTime() - startNanos, Long::sum);
    }

    /** Adds {@code nanos} to a phase (one timed elsewhere, such as a discovery that ran ahead of the run). */
    public static void phaseNanos(Phase phase, long nanos) {
        PHASES.merge(phase, nanos, Long::sum);
    }

    /** Adds one scenario's wall time to its feature. */
    public static void scenario(String feature, long nanos) {
        FEATURES.compute(feature, (k, v) -> {
            long[] t = v == null ? new long[2] : v;
            t[0]++;
            t[1] += nanos;
            return t;
        });
    }

    /** Adds one call into the implementation, from the kit's side (the protocol round trip included). */
    public static void call(String function, long nanos) {
        CALLS.increment();
        CALL_NANOS.add(nanos);
        BY_FUNCTION.compute(function, (k, v) -> {
            long[] t = v == null ? new long[2] : v;
            t[0]++;
            t[1] += nanos;
            return t;
        });
    }

    /** The account as table lines. */
    public static List<String> table() {
        List<String> lines = new ArrayList<>();
        if (mainEntered > 0) {
            long jvm = mainEntered - ManagementFactory.getRuntimeMXBean().getStartTime();
            lines.add(row("JVM start to the kit's main", jvm * 1_000_000L, ""));
        }
        for (Phase phase : Phase.values()) {
            Long nanos = PHASES.get(phase);
            if (nanos != null) {
                lines.add(row(phase.label, nanos, ""));
            }
            if (phase == Phase.SCENARIOS) {
                lines.add(row("  of which: calls into the implementation", CALL_NANOS.sum(), CALLS.sum() + " calls, "
                        + perCall(CALL_NANOS.sum(), CALLS.sum())));
                BY_FUNCTION.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]))
                        .forEach(f -> lines.add(row("    " + f.getKey(), f.getValue()[1], f.getValue()[0] + " calls, "
                                + perCall(f.getValue()[1], f.getValue()[0]))));
                lines.add(row("  of which: the oracle (layouts, key arithmetic)", OracleClock.nanos(), OracleClock.calls()
                        + " checks"));
            }
        }
        lines.add("per feature (scenarios, wall time):");
        List<Map.Entry<String, long[]>> features;
        synchronized (FEATURES) {
            features = new ArrayList<>(FEATURES.entrySet());
        }
        features.sort((a, b) -> Long.compare(b.getValue()[1], a.getValue()[1]));
        for (Map.Entry<String, long[]> f : features) {
            lines.add(row("  " + f.getKey(), f.getValue()[1], f.getValue()[0] + " scenarios"));
        }
        return lines;
    }

    private static String perCall(long nanos, long calls) {
        return calls == 0 ? "-" : String.format(Locale.ROOT, "%.1f µs each", nanos / 1000.0 / calls);
    }

    private static String row(String name, long nanos, String note) {
        return String.format(Locale.ROOT, "%-58s %9.3f s  %s", name, nanos / 1e9, note).stripTrailing();
    }
}
