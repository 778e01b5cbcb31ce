package org.cngkit.kit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.cngkit.kit.verdict.Outcome;

/**
 * The known deviations of one implementation: for every scenario it does not pass, the outcome it gets and a
 * one-line reason. Every scenario not listed must pass. A CI gate compares each run with its baseline and fails on
 * any change in either direction (a new failure, a waived scenario that now passes or fails differently, a row
 * whose scenario no longer exists), so that what changes is always looked at.
 *
 * <p>The file is tab-separated text, {@code scenario<TAB>outcome<TAB>reason}, sorted by scenario, with
 * {@code #} comment lines. A scenario is named by its feature file and its full name, which for an outline
 * includes the example values: {@code blob-key-data.feature: A key made ... (key_data_blob_test.json#1, ...)}.
 * Line numbers are not part of the name, so editing a feature does not invalidate the baseline.
 *
 * <p>{@link #refresh} writes rows for a new run and keeps the reasons of rows that did not change; a row it cannot
 * explain gets a reason starting with {@value #UNEXPLAINED}, and the gate fails until someone writes the reason.
 */
public final class Baseline {
    /** The start of a reason that nobody has written yet. */
    public static final String UNEXPLAINED = "UNEXPLAINED";

    /** One waived scenario. */
    public record Row(String scenario, Outcome outcome, String reason) {
        public boolean explained() {
            return !reason.isBlank() && !reason.startsWith(UNEXPLAINED);
        }
    }

    /** How a run differs from the baseline, for one scenario. */
    public record Difference(Kind kind, String scenario, Outcome waived, Outcome now, String detail) {
        public enum Kind {
            /** Not in the baseline, and not passed. */
            NEW,
            /** In the baseline, and now passed: the row must go. */
            FIXED,
            /** In the baseline with another outcome. */
            CHANGED,
            /** In the baseline, but no scenario of that name ran. */
            GONE
        }

        @Override
        public String toString() {
            return switch (kind) {
                case NEW -> "NEW      " + now + "  " + scenario + ": " + detail;
                case FIXED -> "FIXED    " + scenario + " now passes (waived as " + waived + "): remove its row";
                case CHANGED -> "CHANGED  " + waived + " -> " + now + "  " + scenario + ": " + detail;
                case GONE -> "GONE     " + scenario + ": no scenario of this name ran (waived as " + waived + ")";
            };
        }
    }

    private final Map<String, Row> rows;

    private Baseline(Map<String, Row> rows) {
        this.rows = new TreeMap<>(rows);
    }

    public static Baseline empty() {
        return new Baseline(Map.of());
    }

    public List<Row> rows() {
        return List.copyOf(rows.values());
    }

    public List<Row> unexplained() {
        return rows.values().stream().filter(r -> !r.explained()).toList();
    }

    /** The name a scenario has in a baseline: its feature file and its full name. */
    public static String scenarioKey(Verdict v) {
        String file = v.location();
        int colon = file.lastIndexOf(':');
        file = colon < 0 ? file : file.substring(0, colon);
        file = file.substring(file.lastIndexOf('/') + 1);
        return clean(file + ": " + v.scenario());
    }

    /** The verdicts of a run by scenario key; a second scenario of the same name gets {@code " [2]"}, and so on. */
    public static Map<String, Verdict> byKey(List<Verdict> verdicts) {
        Map<String, Verdict> keyed = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Verdict v : verdicts) {
            String key = scenarioKey(v);
            int n = seen.merge(key, 1, Integer::sum);
            keyed.put(n == 1 ? key : key + " [" + n + "]", v);
        }
        return keyed;
    }

    /** Every way {@code report} differs from this baseline; empty when the run matches it exactly. */
    public List<Difference> compare(CertificationReport report) {
        Map<String, Verdict> ran = byKey(report.verdicts());
        List<Difference> out = new ArrayList<>();
        for (Map.Entry<String, Verdict> e : ran.entrySet()) {
            Verdict v = e.getValue();
            Row row = rows.get(e.getKey());
            if (row == null) {
                if (v.outcome() != Outcome.PASSED) {
                    out.add(new Difference(Difference.Kind.NEW, e.getKey(), null, v.outcome(), describe(v)));
                }
            } else if (v.outcome() == Outcome.PASSED) {
                out.add(new Difference(Difference.Kind.FIXED, e.getKey(), row.outcome(), v.outcome(), null));
            } else if (v.outcome() != row.outcome()) {
                out.add(new Difference(Difference.Kind.CHANGED, e.getKey(), row.outcome(), v.outcome(), describe(v)));
            }
        }
        for (Row row : rows.values()) {
            if (!ran.containsKey(row.scenario())) {
                out.add(new Difference(Difference.Kind.GONE, row.scenario(), row.outcome(), null, null));
            }
        }
        return out;
    }

    /**
     * The baseline for {@code report}: a row for every scenario that did not pass (kit errors excepted: they say
     * nothing about the implementation and must be fixed, not waived). A row whose scenario and outcome are
     * unchanged keeps its reason; a NOT_CLAIMED row says what is not claimed; any other new or changed row is
     * {@value #UNEXPLAINED} with the kit's reason after it, for the person who writes the real one.
     */
    public Baseline refresh(CertificationReport report) {
        Map<String, Row> next = new TreeMap<>();
        for (Map.Entry<String, Verdict> e : byKey(report.verdicts()).entrySet()) {
            Verdict v = e.getValue();
            if (v.outcome() == Outcome.PASSED || v.outcome() == Outcome.KIT_ERROR) {
                continue;
            }
            Row old = rows.get(e.getKey());
            String reason;
            if (old != null && old.outcome() == v.outcome() && !old.reason().isBlank()) {
                reason = old.reason();
            } else if (v.outcome() == Outcome.NOT_CLAIMED) {
                reason = clean(v.reason());
            } else if (old != null) {
                reason = UNEXPLAINED + " (was " + old.outcome() + ": " + old.reason() + "): " + describe(v);
            } else {
                reason = UNEXPLAINED + ": " + describe(v);
            }
            next.put(e.getKey(), new Row(e.getKey(), v.outcome(), reason));
        }
        return new Baseline(next);
    }

    public static Baseline read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the baseline " + file, e);
        }
        Map<String, Row> rows = new TreeMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 3) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected scenario<TAB>outcome<TAB>reason");
            }
            Outcome outcome;
            try {
                outcome = Outcome.valueOf(cells[1].trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown outcome '" + cells[1] + "'");
            }
            if (outcome == Outcome.PASSED || outcome == Outcome.KIT_ERROR) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + outcome + " cannot be waived");
            }
            if (rows.put(cells[0], new Row(cells[0], outcome, cells[2].trim())) != null) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": scenario listed twice: " + cells[0]);
            }
        }
        return new Baseline(rows);
    }

    /** Writes the baseline with a comment header naming what it is the baseline of. */
    public void write(Path file, String subject) {
        StringBuilder out = new StringBuilder();
        out.append("# cngkit baseline: ").append(clean(subject)).append('\n');
        out.append("# The scenarios this implementation does not pass, the outcome each gets and why; every scenario not\n");
        out.append("# listed must pass. `certify ... --baseline FILE` exits 0 only when a run matches this file exactly;\n");
        out.append("# `--write-baseline` rewrites it from a run (reasons of unchanged rows are kept; new rows say UNEXPLAINED\n");
        out.append("# until someone writes their reason). Columns: scenario<TAB>outcome<TAB>reason.\n");
        for (Row r : rows.values()) {
            out.append(r.scenario()).append('\t').append(r.outcome()).append('\t').append(clean(r.reason())).append('\n');
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the baseline " + file, e);
        }
    }

    private static String describe(Verdict v) {
        String why = v.reason() == null ? "" : v.reason();
        if (v.provided() != null) {
            why += " (expected " + v.expected() + "; provided " + v.provided() + ")";
        }
        return clean(why);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ").trim();
    }
}
