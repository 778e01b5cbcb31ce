package org.cngkit.kit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.cngkit.kit.layout.BlobDiff;
import org.cngkit.kit.layout.BlobLayouts;
import org.cngkit.kit.layout.FieldRow;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.spec.SpecRow;
import org.cngkit.kit.spec.SpecRows;
import org.cngkit.kit.verdict.Outcome;

/**
 * Renders {@code report.html}: one self-contained page (styles, script and layout diagrams inline; nothing is
 * fetched) with the result banner and what was certified, the blob type by algorithm matrix, the requirement rows,
 * every verdict with its Gherkin steps and the judged blob field by field, filters by outcome, row, blob type and
 * algorithm, the not-claimed reasons, the baseline comparison, and the layout diagrams of the .ksy files.
 */
final class HtmlReport {
    private static final String DIAGRAMS = "/org/cngkit/formats/diagrams/";

    private final CertificationReport report;
    private final BaselineComparison baseline;
    private final StringBuilder h = new StringBuilder(1 << 20);
    private final Map<Verdict, Integer> index = new IdentityHashMap<>();
    private final Set<String> diagramsUsed = new TreeSet<>();

    HtmlReport(CertificationReport report, BaselineComparison baseline) {
        this.report = report;
        this.baseline = baseline;
        for (int i = 0; i < report.verdicts().size(); i++) {
            index.put(report.verdicts().get(i), i + 1);
        }
    }

    String render() {
        RunStamp s = report.stamp();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<title>cngkit: ").append(esc(s.implementation())).append(report.certified() ? " certified" : " not certified")
                .append("</title>\n<style>").append(resource("report.css")).append("</style>\n</head><body>\n");
        banner();
        nav();
        baselineSection();
        matrix();
        requirements();
        verdicts();
        notClaimed();
        notCovered();
        layouts();
        h.append("<script>").append(resource("report.js")).append("</script>\n</body></html>\n");
        return h.toString();
    }

    private void banner() {
        RunStamp s = report.stamp();
        Map<Outcome, Integer> t = report.totals();
        long failed = report.verdicts().stream().filter(v -> v.outcome().isNonConformance()).count();
        h.append("<header id=\"banner\" class=\"").append(report.certified() ? "certified" : "not-certified").append("\">\n");
        h.append("<h1><span id=\"result\">").append(report.certified() ? "CERTIFIED" : "NOT CERTIFIED").append("</span> ")
                .append(esc(s.implementation())).append("</h1>\n<p class=\"why\">");
        if (report.certified()) {
            h.append("Every claimed mandatory (@must) scenario passed.");
        } else {
            h.append(report.mandatoryFailures().size()).append(" mandatory failure(s), ").append(report.kitErrors().size())
                    .append(" kit error(s)").append(report.examinedAnything() ? "." : "; no scenario on a key passed: the claims let the kit examine nothing.");
        }
        h.append("</p>\n<p id=\"counts\">").append(report.verdicts().size()).append(" scenarios: <b data-count=\"passed\">")
                .append(t.get(Outcome.PASSED)).append("</b> passed, <b data-count=\"failed\">").append(failed)
                .append("</b> failed, <b data-count=\"not-claimed\">").append(t.get(Outcome.NOT_CLAIMED))
                .append("</b> not claimed, <b data-count=\"kit-error\">").append(t.get(Outcome.KIT_ERROR)).append("</b> kit errors</p>\n");
        h.append("<table class=\"stamp\">\n");
        stampRow("Windows profile", s.declaredProfile() == null || s.declaredProfile().equals(s.profile())
                ? s.profile() : s.profile() + " (chosen with --profile; the implementation declares " + s.declaredProfile() + ")");
        stampRow("Kit", "cngkit " + s.kitVersion());
        stampCode("Vectors sha256", s.vectorsSha256());
        stampRow("Generated", s.generatedAt());
        Provenance p = s.provenance();
        if (p != null) {
            stampCode("Implementation class", p.implementationClass());
            for (Artifact a : p.artifacts()) {
                h.append("<tr><th>").append(esc(a.kind())).append("</th><td><code>").append(esc(a.path())).append("</code>");
                if (a.version() != null) {
                    h.append(", file version ").append(esc(a.version()));
                }
                h.append(a.sha256() == null ? ", not hashed (the harness has no FILEINFO)"
                        : "<br>sha256 <code class=\"sha\">" + esc(a.sha256()) + "</code>").append("</td></tr>\n");
            }
            h.append("<tr><th>Claims</th><td><details><summary>").append(esc(p.claims().get(0))).append(", ")
                    .append(p.claims().size() - 1).append(" algorithm(s)</summary><ul>");
            p.claims().stream().skip(1).forEach(c -> h.append("<li>").append(esc(c)).append("</li>"));
            h.append("</ul></details></td></tr>\n");
            stampCode("Kit commit", p.kitCommit() == null ? "not run from a git checkout" : p.kitCommit());
            stampCode("Command line", p.commandLine());
        }
        h.append("</table>\n</header>\n");
    }

    private void stampRow(String name, String value) {
        h.append("<tr><th>").append(esc(name)).append("</th><td>").append(esc(value)).append("</td></tr>\n");
    }

    private void stampCode(String name, String value) {
        h.append("<tr><th>").append(esc(name)).append("</th><td><code>").append(esc(value)).append("</code></td></tr>\n");
    }

    private void nav() {
        h.append("<nav><a href=\"#matrix\">Matrix</a> <a href=\"#requirements\">Requirements</a> <a href=\"#verdicts\">Verdicts</a> ")
                .append("<a href=\"#not-claimed\">Not claimed</a> <a href=\"#not-covered\">Not covered</a> <a href=\"#layouts\">Layouts</a>")
                .append(baseline == null ? "" : " <a href=\"#baseline\">Baseline</a>").append("</nav>\n");
    }

    private void baselineSection() {
        if (baseline == null) {
            return;
        }
        h.append("<section id=\"baseline\"><h2>Baseline</h2>\n<p class=\"")
                .append(baseline.differences().isEmpty() ? "match" : "differs").append("\">The run ")
                .append(baseline.differences().isEmpty() ? "matches" : "differs from")
                .append(" the baseline <code>").append(esc(baseline.file())).append("</code> (")
                .append(baseline.rows().size()).append(" waived scenario(s))")
                .append(baseline.differences().isEmpty() ? "." : " in " + baseline.differences().size() + " scenario(s):")
                .append("</p>\n");
        if (!baseline.differences().isEmpty()) {
            h.append("<table><tr><th>change</th><th>scenario</th><th>waived as</th><th>now</th><th>detail</th></tr>\n");
            for (Baseline.Difference d : baseline.differences()) {
                h.append("<tr><td>").append(d.kind()).append("</td><td>").append(esc(d.scenario())).append("</td><td>")
                        .append(d.waived() == null ? "" : d.waived()).append("</td><td>").append(d.now() == null ? "" : d.now())
                        .append("</td><td>").append(esc(d.detail() == null ? "" : d.detail())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</section>\n");
    }

    private void matrix() {
        TreeSet<String> algorithms = new TreeSet<>();
        Map<String, Map<String, List<Verdict>>> cells = new TreeMap<>();
        for (Verdict v : report.verdicts()) {
            algorithms.add(v.algorithm());
            cells.computeIfAbsent(v.blobType(), k -> new TreeMap<>()).computeIfAbsent(v.algorithm(), k -> new ArrayList<>()).add(v);
        }
        h.append("<section id=\"matrix\"><h2>Blob type by algorithm</h2>\n")
                .append("<p>Each cell counts the scenarios that exported that blob type from a key of that algorithm (")
                .append("<code>-</code>: no key or no blob type). Click a cell to see its verdicts.</p>\n")
                .append("<div class=\"scroll\"><table class=\"matrix\"><tr><th>blob type</th>");
        algorithms.forEach(a -> h.append("<th class=\"alg\">").append(esc(a)).append("</th>"));
        h.append("</tr>\n");
        for (Map.Entry<String, Map<String, List<Verdict>>> row : cells.entrySet()) {
            h.append("<tr><th>").append(esc(row.getKey())).append("</th>");
            for (String a : algorithms) {
                List<Verdict> vs = row.getValue().getOrDefault(a, List.of());
                if (vs.isEmpty()) {
                    h.append("<td></td>");
                    continue;
                }
                long passed = count(vs, v -> v.outcome() == Outcome.PASSED);
                long failed = count(vs, v -> v.outcome().isNonConformance());
                long nc = count(vs, v -> v.outcome() == Outcome.NOT_CLAIMED);
                long kit = count(vs, v -> v.outcome() == Outcome.KIT_ERROR);
                String cls = failed > 0 || kit > 0 ? "fail" : passed > 0 ? "pass" : "nc";
                h.append("<td class=\"").append(cls).append("\"><a class=\"cell\" href=\"#verdicts\" data-blob=\"").append(esc(row.getKey()))
                        .append("\" data-alg=\"").append(esc(a)).append("\" data-total=\"").append(vs.size())
                        .append("\" data-passed=\"").append(passed).append("\" data-failed=\"").append(failed)
                        .append("\" data-not-claimed=\"").append(nc).append("\" data-kit-error=\"").append(kit).append("\">");
                List<String> parts = new ArrayList<>();
                if (failed > 0) {
                    parts.add("FAIL " + failed + "/" + vs.size());
                } else if (passed > 0) {
                    parts.add("pass " + passed);
                }
                if (nc > 0) {
                    parts.add("n/c " + nc);
                }
                if (kit > 0) {
                    parts.add("kit error " + kit);
                }
                h.append(String.join(", ", parts)).append("</a></td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table></div></section>\n");
    }

    private void requirements() {
        h.append("<section id=\"requirements\"><h2>Requirements</h2>\n")
                .append("<p>One line per row, parameter clause and remark of the BCryptExportKey page (features/spec-rows.tsv). ")
                .append("Click a row's scenarios to see their verdicts; blob rows show the layout diagram of their .ksy.</p>\n")
                .append("<table class=\"rows\"><tr><th>requirement</th><th>what it requires</th><th>scenarios</th><th>result</th></tr>\n");
        for (SpecRow row : SpecRows.load().rows()) {
            List<Verdict> vs = report.verdicts().stream().filter(v -> v.rows().contains(row.id())).toList();
            long failed = count(vs, v -> v.outcome().isNonConformance());
            long passed = count(vs, v -> v.outcome() == Outcome.PASSED);
            String result = vs.isEmpty() ? "not covered (" + row.planned() + ")" : failed > 0 ? "FAIL " + failed + "/" + vs.size()
                    : passed == 0 ? "not claimed" : "pass " + passed + "/" + vs.size();
            String cls = vs.isEmpty() ? "uncovered" : failed > 0 ? "fail" : passed == 0 ? "nc" : "pass";
            h.append("<tr id=\"row-").append(esc(row.id())).append("\"><td><code>").append(esc(row.id())).append("</code>");
            for (String ksy : layoutsOfRow(row.id())) {
                diagramsUsed.add(ksy);
                h.append("<details class=\"diagram\" data-ksy=\"").append(ksy).append("\"><summary>layout ").append(ksy)
                        .append(".ksy</summary></details>");
            }
            h.append("</td><td>").append(esc(row.summary())).append("</td><td>");
            if (!vs.isEmpty()) {
                h.append("<a class=\"row-link\" href=\"#verdicts\" data-row=\"").append(esc(row.id())).append("\">").append(vs.size()).append("</a>");
            }
            h.append("</td><td class=\"").append(cls).append("\">").append(esc(result)).append("</td></tr>\n");
        }
        h.append("</table></section>\n");
    }

    /** The .ksy layouts of a {@code blob.<BlobType>} row. */
    private static List<String> layoutsOfRow(String rowId) {
        if (!rowId.startsWith("blob.")) {
            return List.of();
        }
        try {
            return BlobLayouts.ksyIds(BlobType.named(rowId.substring(5)));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private void verdicts() {
        List<Verdict> all = report.verdicts();
        h.append("<section id=\"verdicts\"><h2>Verdicts</h2>\n<form id=\"filters\" onsubmit=\"return false\">");
        select("outcome", "outcome", all.stream().map(v -> v.outcome().name()).collect(Collectors.toCollection(TreeSet::new)));
        select("row", "requirement row", all.stream().flatMap(v -> v.rows().stream()).collect(Collectors.toCollection(TreeSet::new)));
        select("blob", "blob type", all.stream().map(Verdict::blobType).collect(Collectors.toCollection(TreeSet::new)));
        select("alg", "algorithm", all.stream().map(Verdict::algorithm).collect(Collectors.toCollection(TreeSet::new)));
        h.append("<button type=\"button\" id=\"clear\">show all</button> <span id=\"shown\">").append(all.size()).append(" of ")
                .append(all.size()).append(" shown</span></form>\n");
        Map<Verdict, String> keys = new IdentityHashMap<>();
        Baseline.byKey(all).forEach((k, v) -> keys.put(v, k));
        Map<String, Baseline.Row> waived = new LinkedHashMap<>();
        if (baseline != null) {
            baseline.rows().forEach(r -> waived.put(r.scenario(), r));
        }
        for (Verdict v : all) {
            verdict(v, waived.get(keys.get(v)));
        }
        h.append("</section>\n");
    }

    private void select(String id, String label, Set<String> values) {
        h.append("<label>").append(esc(label)).append(" <select id=\"f-").append(id).append("\"><option value=\"\">any</option>");
        if (id.equals("outcome")) {
            h.append("<option value=\"FAILED\">any failure</option>");
        }
        values.forEach(v -> h.append("<option>").append(esc(v)).append("</option>"));
        h.append("</select></label> ");
    }

    private void verdict(Verdict v, Baseline.Row waiver) {
        Outcome o = v.outcome();
        boolean failed = o.isNonConformance() || o == Outcome.KIT_ERROR;
        h.append("<article class=\"verdict ").append(o.name().toLowerCase()).append(failed ? " failed" : "").append("\" id=\"v").append(index.get(v))
                .append("\" data-outcome=\"").append(o).append("\" data-failed=\"").append(o.isNonConformance())
                .append("\" data-rows=\" ").append(esc(String.join(" ", v.rows()))).append(" \" data-blob=\"").append(esc(v.blobType()))
                .append("\" data-alg=\"").append(esc(v.algorithm())).append("\">\n<details").append(failed ? " open" : "").append("><summary>")
                .append("<span class=\"badge\">").append(o).append("</span> <span class=\"level\">@").append(esc(v.level())).append("</span> ")
                .append(esc(v.scenario())).append("</summary>\n<div class=\"body\"><p class=\"meta\"><code>").append(esc(v.location()))
                .append("</code> · source ").append(esc(v.source())).append(" · ").append(esc(v.algorithm())).append(" · ")
                .append(esc(v.blobType())).append(" · ").append(v.millis()).append(" ms · rows ");
        v.rows().forEach(r -> h.append("<a href=\"#row-").append(esc(r)).append("\"><code>").append(esc(r)).append("</code></a> "));
        h.append("</p>\n");
        if (waiver != null) {
            h.append("<p class=\"waiver\">Waived in the baseline as ").append(waiver.outcome()).append(": ").append(esc(waiver.reason())).append("</p>\n");
        }
        if (!v.steps().isEmpty()) {
            h.append("<ol class=\"steps\">");
            for (Verdict.Step s : v.steps()) {
                h.append("<li class=\"").append(esc(s.status().toLowerCase())).append("\"><b>").append(esc(s.keyword())).append("</b> ")
                        .append(esc(s.text())).append(" <span class=\"st\">").append(esc(s.status())).append("</span></li>");
            }
            h.append("</ol>\n");
        }
        if (v.reason() != null) {
            h.append("<p class=\"reason\">").append(esc(v.reason())).append("</p>\n");
        }
        if (v.expected() != null || v.provided() != null) {
            h.append("<table class=\"ep\"><tr><th>expected</th><td>").append(esc(String.valueOf(v.expected())))
                    .append("</td></tr><tr><th>provided</th><td>").append(esc(String.valueOf(v.provided()))).append("</td></tr></table>\n");
        }
        if (v.blobDiff() != null) {
            blobDiff(v.blobDiff());
        }
        h.append("</div></details></article>\n");
    }

    private void blobDiff(BlobDiff d) {
        boolean both = d.expectedLayout() != null;
        h.append("<div class=\"diff\"><p class=\"first\">");
        if (both) {
            String first = d.firstDifference();
            h.append(first == null ? "No field differs." : "First differing field: <b class=\"field\">" + esc(first) + "</b> ("
                    + d.differing().size() + " differing field(s))");
            h.append(" · expected read as <code>").append(esc(d.expectedLayout())).append("</code>, provided as <code>")
                    .append(esc(d.providedLayout())).append("</code>");
        } else {
            h.append("The provided ").append(esc(d.blobType())).append(" read as <code>").append(esc(d.providedLayout())).append("</code>");
        }
        h.append("</p>\n");
        if (d.expectedStop() != null) {
            h.append("<p class=\"stop\">Expected blob: ").append(esc(d.expectedStop())).append("</p>\n");
        }
        if (d.providedStop() != null) {
            h.append("<p class=\"stop\">Provided blob: ").append(esc(d.providedStop())).append("</p>\n");
        }
        h.append("<table class=\"fields\"><tr><th>field</th><th>Microsoft name</th>");
        if (both) {
            h.append("<th>@</th><th>expected</th>");
        }
        h.append("<th>@</th><th>provided</th></tr>\n");
        for (FieldRow r : d.fields()) {
            h.append("<tr class=\"").append(r.differs() ? "differs" : "same").append(r.secret() ? " secret" : "").append("\"><td><code>")
                    .append(esc(r.field())).append("</code></td><td>").append(esc(r.origId() == null ? "" : r.origId())).append("</td>");
            if (both) {
                h.append("<td>").append(r.expectedOffset() == null ? "" : r.expectedOffset()).append("</td><td>")
                        .append(r.expected() == null ? "<i>absent</i>" : esc(r.expected())).append("</td>");
            }
            h.append("<td>").append(r.providedOffset() == null ? "" : r.providedOffset()).append("</td><td>")
                    .append(r.provided() == null ? "<i>absent</i>" : esc(r.provided())).append("</td></tr>\n");
        }
        h.append("</table>");
        // A blob diff without an expected layout (the kit had no expected blob) names one layout only.
        for (String ksy : java.util.stream.Stream.of(d.expectedLayout(), d.providedLayout()).filter(java.util.Objects::nonNull)
                .distinct().sorted().toList()) {
            diagramsUsed.add(ksy);
            h.append("<details class=\"diagram\" data-ksy=\"").append(esc(ksy)).append("\"><summary>layout ").append(esc(ksy))
                    .append(".ksy</summary></details>");
        }
        h.append("</div>\n");
    }

    private void notClaimed() {
        Map<String, Long> reasons = new TreeMap<>(report.verdicts().stream().filter(v -> v.outcome() == Outcome.NOT_CLAIMED)
                .collect(Collectors.groupingBy(v -> String.valueOf(v.reason()).replaceFirst("^not claimed: ", ""), Collectors.counting())));
        h.append("<section id=\"not-claimed\"><h2>Not claimed</h2>\n<p>Scenarios the implementation's claims leave out: not run, ")
                .append("never counted as passed.</p>\n");
        if (reasons.isEmpty()) {
            h.append("<p>None.</p>");
        } else {
            h.append("<table><tr><th>scenarios</th><th>reason</th></tr>\n");
            reasons.forEach((r, n) -> h.append("<tr><td>").append(n).append("</td><td>").append(esc(r)).append("</td></tr>\n"));
            h.append("</table>");
        }
        h.append("</section>\n");
    }

    private void notCovered() {
        h.append("<section id=\"not-covered\"><h2>Requirements not covered (").append(report.notCovered().size()).append(")</h2><ul>\n");
        for (SpecRow row : report.notCovered()) {
            h.append("<li><code>").append(esc(row.id())).append("</code> (").append(esc(row.planned())).append("): ")
                    .append(esc(row.summary())).append("</li>\n");
        }
        h.append("</ul></section>\n");
    }

    /** Every diagram the page refers to, once; the rows and diffs show a copy when opened. */
    private void layouts() {
        h.append("<section id=\"layouts\"><h2>Layouts</h2>\n<p>Kaitai Struct's Graphviz view of each .ksy (ksy-formats/diagrams).</p>\n");
        for (String ksy : diagramsUsed) {
            String svg = diagram(ksy);
            if (svg == null) {
                continue;
            }
            h.append("<figure id=\"diagram-").append(ksy).append("\" class=\"layout\"><figcaption>").append(ksy)
                    .append(".ksy</figcaption>").append(svg).append("</figure>\n");
        }
        h.append("</section>\n");
    }

    private static String diagram(String ksy) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(DIAGRAMS + ksy + ".svg")) {
            if (in == null) {
                return null;
            }
            String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return svg.substring(svg.indexOf("<svg"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " of " + HtmlReport.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long count(List<Verdict> vs, Predicate<Verdict> p) {
        return vs.stream().filter(p).count();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
