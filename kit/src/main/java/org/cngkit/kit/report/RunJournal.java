package org.cngkit.kit.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The report of a run while it runs, so that a run that is killed still leaves one, marked incomplete. When the run
 * begins, the reports of an earlier run in the directory are removed and {@value #INCOMPLETE} and a summary saying
 * "incomplete" are written; every verdict is appended to {@value #JOURNAL} (one JSON object a line) as soon as it
 * is known; when the full report is written the marker and the journal go.
 */
public final class RunJournal {
    /** Verdicts of a run that has not finished, one JSON object a line. */
    public static final String JOURNAL = "verdicts.partial.jsonl";
    /** Present while the run has not finished: whatever else is in the directory is not a complete report. */
    public static final String INCOMPLETE = "INCOMPLETE";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path directory;
    /** The journal, opened at the first verdict; each line goes to the file with one write (it survives a kill). */
    private OutputStream open;

    public RunJournal(Path directory) {
        this.directory = directory;
    }

    /** Clears the reports of an earlier run and marks the directory incomplete. */
    public void begin(String implementation) {
        try {
            Files.createDirectories(directory);
            for (String old : new String[] {ReportWriter.VERDICTS, ReportWriter.SUMMARY, JOURNAL}) {
                Files.deleteIfExists(directory.resolve(old));
            }
            String why = "This certification run of '" + implementation + "' has not finished, or was ended before it did: "
                    + "it certifies nothing. The verdicts it reached are in " + JOURNAL + ", one per line.\n";
            Files.writeString(directory.resolve(INCOMPLETE), why);
            Files.writeString(directory.resolve(ReportWriter.SUMMARY), "# INCOMPLETE: certification of " + implementation
                    + "\n\n" + why);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report into " + directory, e);
        }
    }

    /** Appends one verdict, as soon as it is known. */
    public synchronized void append(Verdict verdict) {
        try {
            if (open == null) {
                open = Files.newOutputStream(directory.resolve(JOURNAL), StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            open.write((JSON.writeValueAsString(verdict) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a verdict", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + directory.resolve(JOURNAL), e);
        }
    }

    /** The complete report is written: the marker and the journal go. */
    public synchronized void complete() {
        try {
            if (open != null) {
                open.close();
                open = null;
            }
            Files.deleteIfExists(directory.resolve(INCOMPLETE));
            Files.deleteIfExists(directory.resolve(JOURNAL));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish the report in " + directory, e);
        }
    }
}
