package org.cngkit.kit.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Writes and reads the machine-readable ({@code verdicts.json}, {@code junit.xml}) and human-readable
 * ({@code summary.md}, {@code report.html}) reports.
 */
public final class ReportWriter {
    public static final String VERDICTS = "verdicts.json";
    public static final String SUMMARY = "summary.md";
    public static final String HTML = "report.html";
    public static final String JUNIT = "junit.xml";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Path directory;

    public ReportWriter(Path directory) {
        this.directory = directory;
    }

    public void write(CertificationReport report) {
        write(report, true);
    }

    /** Writes verdicts.json, junit.xml and summary.md, and report.html unless {@code html} is false. */
    public void write(CertificationReport report, boolean html) {
        try {
            Files.createDirectories(directory);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("stamp", report.stamp());
            doc.put("certified", report.certified());
            doc.put("totals", report.totals());
            doc.put("verdicts", report.verdicts());
            doc.put("notCovered", report.notCovered());
            Files.writeString(directory.resolve(VERDICTS), JSON.writeValueAsString(doc) + "\n");
            Files.writeString(directory.resolve(SUMMARY), new SummaryMarkdown(report).render());
            Files.writeString(directory.resolve(JUNIT), new JunitXml(report).render());
            if (html) {
                writeHtml(report, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + directory, e);
        }
    }

    /** Writes {@code report.html}; with the run's comparison with its baseline when {@code baseline} is not null. */
    public void writeHtml(CertificationReport report, BaselineComparison baseline) {
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve(HTML), new HtmlReport(report, baseline).render());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + HTML + " into " + directory, e);
        }
    }

    /** Reads back a {@code verdicts.json}. */
    public static CertificationReport read(Path verdictsJson) {
        try {
            JsonNode doc = JSON.readTree(verdictsJson.toFile());
            return JSON.treeToValue(doc, CertificationReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + verdictsJson, e);
        }
    }
}
