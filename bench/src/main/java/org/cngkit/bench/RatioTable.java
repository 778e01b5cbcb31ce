package org.cngkit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns a JMH run's JSON result ({@code -rf json}) into Markdown: one row per blob type with the reference's export,
 * the floor writer, Bouncy Castle's DER encoding of the same kind of key, the Kaitai and ByteBuffer parses, and the
 * three ratios (reference / floor, reference / BC DER, Kaitai / ByteBuffer). A benchmark missing from the run shows
 * as "-".
 *
 * <p>Two tables: the first from each benchmark's best measurement iteration, the second from JMH's score (the mean of
 * its iterations). On a machine shared with other jobs a benchmark is slowed by whatever else runs during its
 * iterations; its fastest iteration is the one least disturbed, so the first table is the one to compare across
 * benchmarks, and the second shows how much the load spread them.
 *
 * <p>{@code java -cp ... org.cngkit.bench.RatioTable results/jmh.json > results/ratios.md}
 */
public final class RatioTable {
    private static final String PACKAGE = "org.cngkit.bench.";

    /** One benchmark's result in ns/op. */
    record Result(double mean, double error, double best) {
    }

    private final Map<String, Result> results;

    RatioTable(Map<String, Result> results) {
        this.results = results;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RatioTable JMH_RESULT.json");
            System.exit(2);
        }
        System.out.print(new RatioTable(read(Path.of(args[0]))).markdown());
    }

    /** Results by "Benchmark.method param", e.g. "ExportBenchmark.reference RSA_PUBLIC". */
    static Map<String, Result> read(Path json) throws IOException {
        Map<String, Result> results = new HashMap<>();
        for (JsonNode run : new ObjectMapper().readTree(json.toFile())) {
            JsonNode metric = run.get("primaryMetric");
            if (!metric.get("scoreUnit").asText().equals("ns/op")) {
                throw new IllegalArgumentException("expected ns/op, got " + metric.get("scoreUnit") + " for "
                        + run.get("benchmark"));
            }
            String param = "";
            JsonNode params = run.get("params");
            if (params != null && params.size() > 0) {
                param = params.elements().next().asText();
            }
            double best = Double.POSITIVE_INFINITY;
            for (JsonNode fork : metric.get("rawData")) {
                for (JsonNode iteration : fork) {
                    best = Math.min(best, iteration.asDouble());
                }
            }
            JsonNode error = metric.get("scoreError");
            results.put(run.get("benchmark").asText().replace(PACKAGE, "") + " " + param,
                    new Result(metric.get("score").asDouble(), error.isNumber() ? error.asDouble() : Double.NaN, best));
        }
        return results;
    }

    String markdown() {
        return "Best iteration of each benchmark (ns/op):\n\n" + table(Result::best)
                + "\nJMH score, the mean of the iterations (ns/op):\n\n" + table(Result::mean);
    }

    private String table(ToDoubleFunction<Result> figure) {
        StringBuilder out = new StringBuilder();
        out.append("| blob type | bytes | reference | floor | ref / floor | BC DER (same kind of key) | BC "
                + "| ref / BC | Kaitai parse | ByteBuffer parse | Kaitai / ByteBuffer |\n");
        out.append("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
        for (BlobCase blob : BlobCase.values()) {
            double reference = figure("ExportBenchmark.reference", blob.name(), figure);
            double floor = figure("ExportBenchmark.floor", blob.name(), figure);
            DerEncoding der = blob.der();
            double bc = der == null ? Double.NaN : figure("DerBenchmark.bouncyCastle", der.name(), figure);
            double kaitai = figure("ParseBenchmark.kaitai", blob.name(), figure);
            double plain = figure("ParseBenchmark.byteBuffer", blob.name(), figure);
            out.append("| ").append(blob.blobType()).append(" (").append(blob.name()).append(") | ")
                    .append(blob.expectedSize()).append(" | ")
                    .append(number(reference)).append(" | ").append(number(floor)).append(" | ")
                    .append(ratio(reference, floor)).append(" | ").append(der == null ? "-" : der.name()).append(" | ")
                    .append(number(bc)).append(" | ").append(ratio(reference, bc)).append(" | ")
                    .append(number(kaitai)).append(" | ").append(number(plain)).append(" | ")
                    .append(ratio(kaitai, plain)).append(" |\n");
        }
        return out.toString();
    }

    private double figure(String benchmark, String param, ToDoubleFunction<Result> figure) {
        Result found = results.get(benchmark + " " + param);
        return found == null ? Double.NaN : figure.applyAsDouble(found);
    }

    static String number(double nanos) {
        if (Double.isNaN(nanos)) {
            return "-";
        }
        return nanos >= 100 ? String.format(Locale.ROOT, "%,.0f", nanos) : String.format(Locale.ROOT, "%.1f", nanos);
    }

    static String ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return "-";
        }
        double r = a / b;
        return r >= 10 ? String.format(Locale.ROOT, "%.0fx", r) : String.format(Locale.ROOT, "%.2fx", r);
    }
}
