package org.cngkit.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH run's CSV ({@code -rf csv}) into one Markdown table row per blob type: the reference's export, the
 * floor writer, Bouncy Castle's DER encoding of the same kind of key, the Kaitai and ByteBuffer parses, and the three
 * ratios (reference / floor, reference / BC DER, Kaitai / ByteBuffer). A benchmark missing from the CSV shows as "-".
 *
 * <p>{@code java -cp ... org.cngkit.bench.RatioTable results/jmh.csv > results/ratios.md}
 */
public final class RatioTable {
    private static final String PACKAGE = "org.cngkit.bench.";

    private final Map<String, double[]> scores;

    RatioTable(Map<String, double[]> scores) {
        this.scores = scores;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: RatioTable JMH_RESULT.csv");
            System.exit(2);
        }
        System.out.print(new RatioTable(read(Path.of(args[0]))).markdown());
    }

    /** Score and error (ns/op) by "Benchmark.method param", e.g. "ExportBenchmark.reference RSA_PUBLIC". */
    static Map<String, double[]> read(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = fields(lines.get(0));
        int benchmark = header.indexOf("Benchmark");
        int score = header.indexOf("Score");
        int error = header.indexOf("Score Error (99.9%)");
        int unit = header.indexOf("Unit");
        List<Integer> params = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith("Param: ")) {
                params.add(i);
            }
        }
        Map<String, double[]> scores = new HashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> row = fields(line);
            if (!row.get(unit).equals("ns/op")) {
                throw new IllegalArgumentException("expected ns/op, got " + row.get(unit) + " in " + line);
            }
            String param = params.stream().map(row::get).filter(value -> !value.isEmpty()).findFirst().orElse("");
            String name = row.get(benchmark).replace(PACKAGE, "") + " " + param;
            scores.put(name, new double[] {Double.parseDouble(row.get(score)), parseOrNaN(row.get(error))});
        }
        return scores;
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("| blob type | bytes | reference ns/op | floor ns/op | ref / floor | BC DER (same kind of key) | BC ns/op "
                + "| ref / BC | Kaitai parse ns/op | ByteBuffer parse ns/op | Kaitai / ByteBuffer |\n");
        out.append("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|\n");
        for (BlobCase blob : BlobCase.values()) {
            double reference = score("ExportBenchmark.reference", blob.name());
            double floor = score("ExportBenchmark.floor", blob.name());
            DerEncoding der = blob.der();
            double bc = der == null ? Double.NaN : score("DerBenchmark.bouncyCastle", der.name());
            double kaitai = score("ParseBenchmark.kaitai", blob.name());
            double plain = score("ParseBenchmark.byteBuffer", blob.name());
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

    private double score(String benchmark, String param) {
        double[] found = scores.get(benchmark + " " + param);
        return found == null ? Double.NaN : found[0];
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

    private static double parseOrNaN(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** One CSV line as JMH writes it: fields separated by commas, text fields in double quotes. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
