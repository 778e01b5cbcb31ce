package org.cngkit.kit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cngkit.kit.verdict.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline gate: a run matches its baseline exactly, or every difference is named, in both directions. */
class BaselineTest {
    @TempDir
    Path dir;

    private static Verdict verdict(String name, int line, Outcome outcome) {
        return new Verdict(name, "features/a.feature:" + line, List.of("param.pbOutput"), "must", "doc", "AES", "-", outcome,
                outcome == Outcome.PASSED ? null : "BCryptExportKey returned another status",
                outcome == Outcome.PASSED ? null : "STATUS_SUCCESS", outcome == Outcome.PASSED ? null : "STATUS_BUFFER_TOO_SMALL", 1, List.of(), null);
    }

    private static CertificationReport report(Verdict... verdicts) {
        return new CertificationReport(new RunStamp("0", "0", "wine-8.0", "win10", "win10", "now"), List.of(verdicts), List.of());
    }

    @Test
    void aRunMatchesTheBaselineItWasWrittenFromOnceReasonsAreWritten() throws Exception {
        CertificationReport run = report(verdict("s1", 3, Outcome.PASSED), verdict("s2", 4, Outcome.WRONG_STATUS),
                verdict("s3", 5, Outcome.NOT_CLAIMED));
        Baseline fresh = Baseline.empty().refresh(run);
        assertEquals(2, fresh.rows().size(), "passed scenarios are not listed");
        assertEquals(List.of("a.feature: s2"), fresh.unexplained().stream().map(Baseline.Row::scenario).toList(),
                "a NOT_CLAIMED row explains itself; a failure needs a person");
        Path file = dir.resolve("baseline.tsv");
        fresh.write(file, "wine-8.0");
        Files.writeString(file, Files.readString(file).replace("UNEXPLAINED: BCryptExportKey", "Wine checks cbOutput first; BCryptExportKey"));
        Baseline read = Baseline.read(file);
        assertTrue(read.unexplained().isEmpty());
        assertTrue(read.compare(run).isEmpty());
        assertTrue(read.refresh(run).rows().stream().anyMatch(r -> r.reason().startsWith("Wine checks cbOutput first")),
                "refreshing keeps the reason of an unchanged row");
    }

    @Test
    void everyDifferenceIsNamedInBothDirections() {
        Baseline waived = Baseline.empty().refresh(report(verdict("fixed", 1, Outcome.WRONG_STATUS),
                verdict("changed", 2, Outcome.WRONG_STATUS), verdict("gone", 3, Outcome.WRONG_SIZE)));
        CertificationReport now = report(verdict("fixed", 1, Outcome.PASSED), verdict("changed", 2, Outcome.CRASHED),
                verdict("new", 4, Outcome.OVERRUN), verdict("fine", 5, Outcome.PASSED));
        List<Baseline.Difference> d = waived.compare(now);
        assertEquals(List.of(Baseline.Difference.Kind.FIXED, Baseline.Difference.Kind.CHANGED, Baseline.Difference.Kind.NEW,
                Baseline.Difference.Kind.GONE), d.stream().map(Baseline.Difference::kind).toList());
        assertTrue(d.get(0).toString().contains("now passes"), d.get(0).toString());
        Baseline refreshed = waived.refresh(now);
        assertTrue(refreshed.unexplained().stream().anyMatch(r -> r.reason().startsWith("UNEXPLAINED (was WRONG_STATUS")));
    }

    @Test
    void scenariosAreNamedByFileAndFullNameNotByLine() {
        Verdict a = verdict("Same name (x)", 10, Outcome.PASSED);
        Verdict b = verdict("Same name (x)", 11, Outcome.PASSED);
        assertEquals("a.feature: Same name (x)", Baseline.scenarioKey(a));
        assertEquals(List.of("a.feature: Same name (x)", "a.feature: Same name (x) [2]"), List.copyOf(Baseline.byKey(List.of(a, b)).keySet()));
    }

    @Test
    void aMalformedBaselineIsRefused() throws Exception {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, "a.feature: s\tPASSED\tcannot waive a pass\n");
        assertThrows(IllegalArgumentException.class, () -> Baseline.read(file));
        Files.writeString(file, "a.feature: s\tWRONG_STATUS\n");
        assertThrows(IllegalArgumentException.class, () -> Baseline.read(file));
    }
}
