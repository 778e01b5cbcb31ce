package org.cngkit.kit.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.cngkit.kit.spec.SpecRow;
import org.cngkit.kit.spec.SpecRows;
import org.cngkit.kit.verdict.Outcome;

/** Renders {@code summary.md}: the result, a blob type by algorithm matrix, the failures and requirement coverage. */
final class SummaryMarkdown {
    private final CertificationReport report;

    SummaryMarkdown(CertificationReport report) {
        this.report = report;
    }

    String render() {
        StringBuilder md = new StringBuilder();
        RunStamp s = report.stamp();
        Map<Outcome, Integer> t = report.totals();
        md.append("# cngkit certification: ").append(s.implementation()).append("\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| Result | ").append(report.certified()
                ? "**CERTIFIED**: every claimed mandatory scenario passed"
                : "**NOT CERTIFIED**: " + report.mandatoryFailures().size() + " mandatory failure(s), "
                + report.kitErrors().size() + " kit error(s)"
                + (report.examinedAnything() ? "" : ", and no scenario passed: the claims let the kit examine nothing"))
                .append(" |\n");
        md.append("| Implementation | ").append(s.implementation()).append(" |\n");
        md.append("| Windows profile | ").append(profile(s)).append(" |\n");
        md.append("| Kit | cngkit ").append(s.kitVersion()).append(" |\n");
        md.append("| Vectors | sha256 `").append(s.vectorsSha256()).append("` |\n");
        md.append("| Generated | ").append(s.generatedAt()).append(" |\n");
        provenance(md, s.provenance());
        md.append("| Scenarios | ").append(report.verdicts().size()).append(": ")
                .append(t.get(Outcome.PASSED)).append(" passed, ")
                .append(report.verdicts().stream().filter(v -> v.outcome().isNonConformance()).count()).append(" failed, ")
                .append(t.get(Outcome.NOT_CLAIMED)).append(" not claimed, ")
                .append(t.get(Outcome.KIT_ERROR)).append(" kit errors |\n\n");
        matrix(md);
        failures(md, "Mandatory failures (@must)", report.mandatoryFailures());
        failures(md, "Recommendations not followed (@should; reported, not failing)", report.recommendationFailures());
        failures(md, "Kit errors (say nothing about the implementation)", report.kitErrors());
        notClaimed(md);
        requirements(md);
        return md.toString();
    }

    private void matrix(StringBuilder md) {
        TreeSet<String> algorithms = new TreeSet<>();
        Map<String, Map<String, List<Verdict>>> cells = new TreeMap<>();
        for (Verdict v : report.verdicts()) {
            String algorithm = SummaryCurve.algorithm(v.algorithm());
            algorithms.add(algorithm);
            cells.computeIfAbsent(v.blobType(), k -> new TreeMap<>())
                    .computeIfAbsent(algorithm, k -> new java.util.ArrayList<>()).add(v);
        }
        md.append("## Blob type by algorithm\n\n");
        md.append("Each cell counts the scenarios that exported that blob type from a key of that algorithm ")
                .append("(`-`: no key or no blob type, as in the invalid-handle scenarios).\n\n");
        table(md, "blob type", algorithms, cells);
        curves(md);
    }

    /** ECC keys put on a named curve (ECCCurveName): one row per curve, one column per blob type. */
    private void curves(StringBuilder md) {
        TreeSet<String> blobTypes = new TreeSet<>();
        Map<String, Map<String, List<Verdict>>> rows = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Verdict v : report.verdicts()) {
            String curve = SummaryCurve.curve(v.algorithm());
            if (curve != null) {
                blobTypes.add(v.blobType());
                rows.computeIfAbsent(curve, k -> new TreeMap<>())
                        .computeIfAbsent(v.blobType(), k -> new java.util.ArrayList<>()).add(v);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        md.append("## Named curves by blob type\n\n");
        md.append("The scenarios above whose key was put on a named curve through ECCCurveName (ECDH / ECDSA), by curve.\n\n");
        table(md, "curve", blobTypes, rows);
    }

    /** A table of verdict counts: one row per key of {@code rows}, one column per entry of {@code columns}. */
    private static void table(StringBuilder md, String corner, TreeSet<String> columns,
                              Map<String, Map<String, List<Verdict>>> rows) {
        md.append("| ").append(corner).append(" | ").append(String.join(" | ", columns)).append(" |\n");
        md.append("|---|").append("---|".repeat(columns.size())).append("\n");
        for (Map.Entry<String, Map<String, List<Verdict>>> row : rows.entrySet()) {
            md.append("| ").append(row.getKey()).append(" |");
            for (String column : columns) {
                md.append(' ').append(cell(row.getValue().get(column))).append(" |");
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String cell(List<Verdict> vs) {
        if (vs == null || vs.isEmpty()) {
            return "";
        }
        long passed = vs.stream().filter(v -> v.outcome() == Outcome.PASSED).count();
        long failed = vs.stream().filter(v -> v.outcome().isNonConformance()).count();
        long notClaimed = vs.stream().filter(v -> v.outcome() == Outcome.NOT_CLAIMED).count();
        long kit = vs.stream().filter(v -> v.outcome() == Outcome.KIT_ERROR).count();
        StringBuilder c = new StringBuilder();
        if (failed > 0) {
            c.append("FAIL ").append(failed).append('/').append(vs.size());
        } else if (passed > 0) {
            c.append("pass ").append(passed);
        }
        if (notClaimed > 0) {
            c.append(c.length() > 0 ? ", " : "").append("n/c ").append(notClaimed);
        }
        if (kit > 0) {
            c.append(c.length() > 0 ? ", " : "").append("kit error ").append(kit);
        }
        return c.toString();
    }

    private static void failures(StringBuilder md, String title, List<Verdict> list) {
        if (list.isEmpty()) {
            return;
        }
        md.append("## ").append(title).append("\n\n");
        for (Verdict v : list) {
            md.append("- **").append(v.outcome()).append("** ")
                    .append(v.rows().stream().map(r -> "`" + r + "`").collect(Collectors.joining(" ")))
                    .append(" ").append(v.scenario()).append(" (").append(v.location()).append(")\n")
                    .append("  - ").append(v.reason()).append('\n');
            if (v.expected() != null) {
                md.append("  - expected: ").append(v.expected()).append('\n');
                md.append("  - provided: ").append(v.provided()).append('\n');
            }
            if (v.blobDiff() != null) {
                md.append("  - fields (").append(v.blobDiff().blobType()).append("): ").append(v.blobDiff().summary()).append('\n');
            }
        }
        md.append('\n');
    }

    /** What exactly was certified: the implementation's files by SHA-256, its class and claims, the kit's commit. */
    private static void provenance(StringBuilder md, Provenance p) {
        if (p == null) {
            return;
        }
        md.append("| Implementation class | `").append(p.implementationClass()).append("` |\n");
        for (Artifact a : p.artifacts()) {
            md.append("| ").append(a.kind()).append(" | `").append(a.path()).append('`')
                    .append(a.version() == null ? "" : ", file version " + a.version())
                    .append(a.sha256() == null ? " (the harness cannot hash it: FILEINFO unsupported)" : ", sha256 `" + a.sha256() + "`")
                    .append(" |\n");
        }
        md.append("| Claims | ").append(String.join("<br>", p.claims())).append(" |\n");
        md.append("| Kit commit | ").append(p.kitCommit() == null ? "not run from a git checkout" : "`" + p.kitCommit() + "`").append(" |\n");
        md.append("| Command line | `").append(p.commandLine().replace("|", "\\|")).append("` |\n");
    }

    private static String profile(RunStamp s) {
        if (s.declaredProfile() == null || s.declaredProfile().equals(s.profile())) {
            return "certified against **" + s.profile() + "**, the profile the implementation declares";
        }
        return "certified against **" + s.profile() + "** (chosen with --profile); the implementation declares "
                + s.declaredProfile();
    }

    /** Why scenarios did not run: one line per reason (a Windows profile, an algorithm, a blob type), with a count. */
    private void notClaimed(StringBuilder md) {
        Map<String, Long> reasons = new TreeMap<>(report.verdicts().stream().filter(v -> v.outcome() == Outcome.NOT_CLAIMED)
                .collect(Collectors.groupingBy(v -> String.valueOf(v.reason()).replaceFirst("^not claimed: ", ""),
                        Collectors.counting())));
        if (reasons.isEmpty()) {
            return;
        }
        md.append("## Not claimed (not run, never counted as passed)\n\n");
        md.append("| scenarios | reason |\n|---|---|\n");
        reasons.forEach((reason, count) -> md.append("| ").append(count).append(" | ").append(reason).append(" |\n"));
        md.append('\n');
    }

    private void requirements(StringBuilder md) {
        md.append("## Requirements\n\n");
        md.append("One line per row, parameter clause and remark of the BCryptExportKey page (features/spec-rows.tsv).\n\n");
        md.append("| requirement | scenarios | result |\n|---|---|---|\n");
        for (SpecRow row : SpecRows.load().rows()) {
            List<Verdict> vs = report.verdicts().stream().filter(v -> v.rows().contains(row.id())).toList();
            String result;
            if (vs.isEmpty()) {
                result = "**not covered** (" + row.planned() + ")";
            } else {
                long failed = vs.stream().filter(v -> v.outcome().isNonConformance()).count();
                long passed = vs.stream().filter(v -> v.outcome() == Outcome.PASSED).count();
                result = failed > 0 ? "FAIL " + failed + "/" + vs.size() : passed == 0 ? "not claimed" : "pass " + passed + "/" + vs.size();
            }
            md.append("| `").append(row.id()).append("` | ").append(vs.size()).append(" | ").append(result).append(" |\n");
        }
        md.append('\n');
        md.append("### Requirements not covered (").append(report.notCovered().size()).append(")\n\n");
        for (SpecRow row : report.notCovered()) {
            md.append("- `").append(row.id()).append("` (").append(row.planned()).append("): ").append(row.summary()).append('\n');
        }
    }
}
