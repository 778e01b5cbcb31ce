package org.cngkit.kit.report;

import java.util.List;
import java.util.Locale;

import org.cngkit.kit.verdict.Outcome;

/**
 * The run as JUnit XML ({@code junit.xml}) for CI dashboards: one test case per verdict, so a rule applied to every
 * claimed blob type shows which pair failed. Non-conformance is a {@code failure}, a kit error an {@code error},
 * NOT_CLAIMED is {@code skipped}. The case's class name is its feature file, its name the scenario's (with the blob
 * type for a per-pair verdict). Reasons carry what the reports carry: no private key material unless the run was
 * asked to reveal it.
 */
final class JunitXml {
    private final CertificationReport report;

    JunitXml(CertificationReport report) {
        this.report = report;
    }

    String render() {
        List<Verdict> verdicts = report.verdicts();
        long failures = verdicts.stream().filter(v -> v.outcome().isNonConformance()).count();
        long errors = verdicts.stream().filter(v -> v.outcome() == Outcome.KIT_ERROR).count();
        long skipped = verdicts.stream().filter(v -> v.outcome() == Outcome.NOT_CLAIMED).count();
        long millis = verdicts.stream().mapToLong(Verdict::millis).sum();
        StringBuilder xml = new StringBuilder(256 + verdicts.size() * 256);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"cngkit ");
        text(xml, report.stamp() == null ? "" : report.stamp().implementation(), true);
        xml.append("\" tests=\"").append(verdicts.size()).append("\" failures=\"").append(failures)
                .append("\" errors=\"").append(errors).append("\" skipped=\"").append(skipped)
                .append("\" time=\"").append(seconds(millis)).append('"');
        if (report.stamp() != null && report.stamp().generatedAt() != null) {
            xml.append(" timestamp=\"");
            text(xml, report.stamp().generatedAt(), true);
            xml.append('"');
        }
        xml.append(">\n");
        for (Verdict v : verdicts) {
            testCase(xml, v);
        }
        return xml.append("</testsuite>\n").toString();
    }

    private static void testCase(StringBuilder xml, Verdict v) {
        String location = v.location();
        int colon = location.lastIndexOf(':');
        xml.append("  <testcase classname=\"");
        text(xml, colon < 0 ? location : location.substring(0, colon), true);
        xml.append("\" name=\"");
        text(xml, v.scenario(), true);
        xml.append("\" time=\"").append(seconds(v.millis())).append('"');
        String element = v.outcome() == Outcome.NOT_CLAIMED ? "skipped"
                : v.outcome() == Outcome.KIT_ERROR ? "error"
                : v.outcome().isNonConformance() ? "failure" : null;
        if (element == null) {
            xml.append("/>\n");
            return;
        }
        xml.append(">\n    <").append(element).append(" type=\"").append(v.outcome().name()).append("\" message=\"");
        text(xml, v.outcome().name() + (v.reason() == null ? "" : ": " + v.reason()), true);
        xml.append('"');
        if (v.expected() == null && v.provided() == null) {
            xml.append("/>\n");
        } else {
            xml.append('>');
            text(xml, "at " + location + "\nexpected: " + v.expected() + "\nprovided: " + v.provided(), false);
            xml.append("</").append(element).append(">\n");
        }
        xml.append("  </testcase>\n");
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }

    /**
     * Appends {@code s} escaped for XML 1.0 text or an attribute value. Characters XML 1.0 cannot hold at all
     * (control characters other than tab and line ends, unpaired surrogates, U+FFFE, U+FFFF), which an
     * implementation's exception message may contain, become U+FFFD.
     */
    static void text(StringBuilder out, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }
}
