package org.cngkit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.cngkit.kit.cli.Certification;
import org.cngkit.kit.driver.ImplementationCatalog;
import org.cngkit.kit.report.CertificationReport;
import org.cngkit.kit.report.Verdict;
import org.cngkit.kit.session.Settings;
import org.cngkit.kit.verdict.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kit examined with implementations whose defects are known: the reference must pass everything, each
 * broken one must be rejected with the expected outcome on the expected requirement row.
 */
class KitSelfTest {
    @TempDir
    Path reports;

    private CertificationReport certify(String name) {
        Settings settings = new Settings(name, Optional.empty(), Duration.ofMillis(1500), false);
        return new Certification(ImplementationCatalog.ofContext().select(name), settings, reports.resolve(name), null, null).run();
    }

    @Test
    void referencePassesEveryScenario() {
        CertificationReport report = certify("reference");
        List<Verdict> notPassed = report.verdicts().stream().filter(v -> v.outcome() != Outcome.PASSED).toList();
        assertTrue(notPassed.isEmpty(), "not passed: " + notPassed);
        assertTrue(report.verdicts().size() >= 60, "only " + report.verdicts().size() + " scenarios ran");
        assertTrue(report.certified());
        assertTrue(Files.exists(reports.resolve("reference/summary.md")));
        assertTrue(Files.exists(reports.resolve("reference/cucumber.html")));
        assertTrue(Files.exists(reports.resolve("reference/junit.xml")));
    }

    static Stream<Arguments> brokenImplementations() {
        return Stream.of(
                Arguments.of("broken-ignores-size-query", "param.pbOutput", Outcome.WRONG_STATUS),
                Arguments.of("broken-writes-past-cboutput", "status.STATUS_BUFFER_TOO_SMALL", Outcome.OVERRUN),
                Arguments.of("broken-accepts-unknown-blob-types", "status.STATUS_NOT_SUPPORTED", Outcome.WRONG_STATUS),
                Arguments.of("broken-throws-on-null-blob-type", "param.pszBlobType", Outcome.CRASHED),
                Arguments.of("broken-hangs-on-destroyed-key", "param.hKey", Outcome.TIMEOUT),
                Arguments.of("broken-big-endian-key-data-header", "blob.BCRYPT_KEY_DATA_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-reports-cboutput-as-result", "param.pcbResult", Outcome.WRONG_SIZE),
                Arguments.of("broken-parameter-set-without-nul", "blob.BCRYPT_MLKEM_PUBLIC_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-parameter-set-counted-in-characters", "blob.BCRYPT_PQDSA_PUBLIC_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-seed-after-expanded-import", "remark.seed-export", Outcome.WRONG_STATUS),
                Arguments.of("broken-mlkem-accepts-dwflags", "param.dwFlags.mlkem", Outcome.WRONG_STATUS));
    }

    @ParameterizedTest(name = "{0} fails {1} with {2}")
    @MethodSource("brokenImplementations")
    void brokenImplementationIsRejectedOnItsRow(String name, String row, Outcome outcome) {
        CertificationReport report = certify(name);
        assertFalse(report.certified(), name + " was certified");
        List<Verdict> hits = report.mandatoryFailures().stream()
                .filter(v -> v.rows().contains(row) && v.outcome() == outcome).toList();
        assertFalse(hits.isEmpty(), name + " has no " + outcome + " on " + row + "; its failures: "
                + report.mandatoryFailures().stream().map(v -> v.outcome() + " " + v.rows()).collect(Collectors.joining(", ")));
        assertTrue(report.kitErrors().isEmpty(), "kit errors: " + report.kitErrors());
    }

    @Test
    void unclaimedScenariosAreReportedNotClaimedNeverPassed() {
        CertificationReport report = certify("narrow-aes128-key-data");
        assertTrue(report.certified(), "failures: " + report.mandatoryFailures());
        long notClaimed = report.verdicts().stream().filter(v -> v.outcome() == Outcome.NOT_CLAIMED).count();
        long passed = report.verdicts().stream().filter(v -> v.outcome() == Outcome.PASSED).count();
        assertTrue(notClaimed > 0 && passed > 0, "passed " + passed + ", not claimed " + notClaimed);
        assertTrue(report.verdicts().stream().filter(v -> v.outcome() == Outcome.NOT_CLAIMED)
                .noneMatch(v -> v.algorithm().equals("AES") && v.blobType().equals("BCRYPT_KEY_DATA_BLOB") && v.scenario().contains("AES-128")));
        assertEquals(0, report.totals().get(Outcome.KIT_ERROR));
    }
}
