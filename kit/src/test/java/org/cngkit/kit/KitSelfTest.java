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
import org.cngkit.kit.spec.ProfileTags;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.spi.WindowsProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kit examined with implementations whose defects are known: the reference must pass everything, each
 * broken one must be rejected with the expected outcome on the expected requirement row. The runs are independent
 * (each has its own session, on its own thread, and its own report directory), so they run in parallel.
 */
@Execution(ExecutionMode.CONCURRENT)
class KitSelfTest {
    @TempDir
    Path reports;

    private static final String VISTA_FEATURE = "features/profile-vista.feature";
    private static final String KEY_WRAP_FEATURE = "features/blob-aes-wrap.feature";
    private static final String DSA_FEATURE = "features/blob-dsa.feature";

    private CertificationReport certify(String name) {
        return certify(name, Optional.empty());
    }

    private CertificationReport certify(String name, Optional<WindowsProfile> profile) {
        return certify(name, profile, null);
    }

    private CertificationReport certify(String name, Optional<WindowsProfile> profile, String tags) {
        // 3 s a call: the reference generates DH-4096 and DSA keys inside calls, and two runs share the cores.
        Settings settings = new Settings(name, profile, Duration.ofMillis(3000), false);
        Path out = reports.resolve(name + profile.map(p -> "-" + p.id()).orElse(""));
        Certification run = new Certification(ImplementationCatalog.ofContext().select(name), settings, out, tags, null);
        if (tags != null && tags.matches("@row:\\S+")) {
            // A run on one row: the files that carry it, and no report.html (these tests read the verdicts only).
            run.features(FeatureScan.filesWithTag(tags)).htmlReport(false);
        }
        return run.run();
    }

    private static boolean notClaimedForItsProfile(Verdict v) {
        return v.outcome() == Outcome.NOT_CLAIMED && v.reason().contains(ProfileTags.REASON_PREFIX);
    }

    private static List<Verdict> in(CertificationReport report, String feature) {
        return report.verdicts().stream().filter(v -> v.location().startsWith(feature + ":")).toList();
    }

    /** The one curve of the curve file the reference does not offer (README, "Named curves"): NOT CLAIMED, said so. */
    private static boolean unclaimedCurve(Verdict v) {
        return v.outcome() == Outcome.NOT_CLAIMED && v.reason().endsWith("on the curve wtls9");
    }

    @Test
    void referencePassesEveryScenarioOfItsProfile() {
        CertificationReport report = certify("reference");
        List<Verdict> notPassed = report.verdicts().stream()
                .filter(v -> v.outcome() != Outcome.PASSED && !v.location().startsWith(VISTA_FEATURE + ":"))
                .filter(v -> !unclaimedCurve(v)).toList();
        assertTrue(notPassed.isEmpty(), "not passed: " + notPassed);
        List<Verdict> vista = in(report, VISTA_FEATURE);
        assertFalse(vista.isEmpty());
        assertTrue(vista.stream().allMatch(v -> notClaimedForItsProfile(v) && v.reason().contains("describes vista")),
                "Vista-only scenarios are outside a win11-24h2 run: " + vista);
        assertTrue(report.verdicts().size() >= 150, "only " + report.verdicts().size() + " scenarios ran");
        List<String> names = report.verdicts().stream()
                .map(v -> v.location().substring(0, v.location().lastIndexOf(':')) + ": " + v.scenario()).toList();
        assertEquals(names.size(), new java.util.HashSet<>(names).size(),
                "scenario names repeat within a feature file (baselines key on them): "
                        + names.stream().filter(n -> java.util.Collections.frequency(names, n) > 1).distinct().toList());
        assertTrue(report.certified());
        assertTrue(Files.exists(reports.resolve("reference/summary.md")));
        assertFalse(Files.exists(reports.resolve("reference/cucumber.html")), "cucumber.html is written on request only");
        assertTrue(Files.exists(reports.resolve("reference/junit.xml")));
    }

    /** Each is certified on the scenarios of its row only (a tag selection), which keeps the self-test fast. */
    static Stream<Arguments> brokenImplementations() {
        return Stream.of(
                Arguments.of("broken-ignores-size-query", "param.pbOutput", Outcome.WRONG_STATUS),
                Arguments.of("broken-writes-past-cboutput", "status.STATUS_BUFFER_TOO_SMALL", Outcome.OVERRUN),
                Arguments.of("broken-accepts-unknown-blob-types", "status.STATUS_NOT_SUPPORTED", Outcome.WRONG_STATUS),
                Arguments.of("broken-throws-on-null-blob-type", "param.pszBlobType", Outcome.CRASHED),
                Arguments.of("broken-hangs-on-destroyed-key", "param.hKey", Outcome.TIMEOUT),
                Arguments.of("broken-big-endian-key-data-header", "blob.BCRYPT_KEY_DATA_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-reports-cboutput-as-result", "param.pcbResult", Outcome.WRONG_SIZE),
                Arguments.of("broken-inflates-size-query", "param.pbOutput", Outcome.WRONG_SIZE),
                Arguments.of("broken-hides-exports-behind-unclaimed-imports", "blob.BCRYPT_RSAPUBLIC_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-little-endian-rsa-modulus", "blob.BCRYPT_RSAPUBLIC_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-big-endian-legacy-modulus", "blob.LEGACY_RSAPUBLIC_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-legacy-private-btype", "blob.LEGACY_DSA_V2_PRIVATE_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-legacy-bversion", "blob.LEGACY_DH_PUBLIC_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-dss-blob-without-seed", "blob.LEGACY_DSA_V2_PRIVATE_BLOB", Outcome.WRONG_SIZE),
                Arguments.of("broken-unpadded-ecc-coordinates", "blob.BCRYPT_ECCPRIVATE_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-big-endian-curve25519", "blob.BCRYPT_ECCPRIVATE_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-v1-magic-for-long-dsa-keys", "blob.BCRYPT_DSA_PUBLIC_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-unpadded-dh-private-exponent", "blob.BCRYPT_DH_PRIVATE_BLOB", Outcome.WRONG_SIZE),
                Arguments.of("broken-zero-cbprime1", "blob.BCRYPT_RSAPRIVATE_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-exports-private-blob-of-public-key", "status.STATUS_INVALID_PARAMETER", Outcome.WRONG_STATUS),
                Arguments.of("broken-wrong-key-wrap-iv", "blob.BCRYPT_AES_WRAP_KEY_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-ignores-wrapping-key", "blob.BCRYPT_AES_WRAP_KEY_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-ignores-wrapping-key", "param.hExportKey.same-provider", Outcome.WRONG_STATUS),
                Arguments.of("broken-key-data-header-in-wrap", "blob.BCRYPT_AES_WRAP_KEY_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-vista-still-wraps", "blob.BCRYPT_AES_WRAP_KEY_BLOB", Outcome.WRONG_STATUS),
                Arguments.of("broken-parameter-set-without-nul", "blob.BCRYPT_MLKEM_PUBLIC_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-parameter-set-counted-in-characters", "blob.BCRYPT_PQDSA_PUBLIC_BLOB", Outcome.WRONG_BLOB),
                Arguments.of("broken-seed-after-expanded-import", "remark.seed-export", Outcome.WRONG_STATUS),
                Arguments.of("broken-mlkem-accepts-dwflags", "param.dwFlags.mlkem", Outcome.WRONG_STATUS),
                Arguments.of("broken-rounds-rsa-sizes", "blob.BCRYPT_RSAPUBLIC_BLOB", Outcome.WRONG_STATUS));
    }

    /** A broken blob is named in the report by the first field where it differs from the expected blob. */
    @ParameterizedTest(name = "{0}: first differing field {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "broken-big-endian-key-data-header, blob.BCRYPT_KEY_DATA_BLOB, len_key_data",
        "broken-little-endian-rsa-modulus, blob.BCRYPT_RSAPUBLIC_BLOB, modulus"})
    void brokenBlobIsNamedByItsFirstDifferingField(String name, String row, String field) {
        List<Verdict> diffs = certify(name, Optional.empty(), "@row:" + row).mandatoryFailures().stream()
                .filter(v -> v.rows().contains(row) && v.blobDiff() != null && v.blobDiff().expectedLayout() != null).toList();
        assertFalse(diffs.isEmpty(), name + " has no field diff on " + row);
        for (Verdict v : diffs) {
            assertEquals(field, v.blobDiff().firstDifference(), v.scenario() + ": " + v.blobDiff().summary());
            assertTrue(v.reason().contains("in field " + field), v.reason());
        }
    }

    @ParameterizedTest(name = "{0} fails {1} with {2}")
    @MethodSource("brokenImplementations")
    void brokenImplementationIsRejectedOnItsRow(String name, String row, Outcome outcome) {
        CertificationReport report = certify(name, Optional.empty(), "@row:" + row);
        assertFalse(report.certified(), name + " was certified");
        List<Verdict> hits = report.mandatoryFailures().stream()
                .filter(v -> v.rows().contains(row) && v.outcome() == outcome).toList();
        assertFalse(hits.isEmpty(), name + " has no " + outcome + " on " + row + "; its failures: "
                + report.mandatoryFailures().stream().map(v -> v.outcome() + " " + v.rows()).collect(Collectors.joining(", ")));
        assertTrue(report.kitErrors().isEmpty(), "kit errors: " + report.kitErrors());
    }

    /**
     * Broken implementations for the rules of call-protocol-every-blob-type.feature (issue #10), and for the import
     * rules added against surviving mutants (blob-ecc.feature): each gets its bug on one blob type the sampling
     * features do not examine, and must be caught by one rule only. Each is certified on
     * the scenarios of the rule's requirement row (a tag selection, to keep the self-test fast); every failure in
     * that run must come from the intended rule: its scenario, or for the rules the Driver applies to every call,
     * its reason.
     *
     * @param caughtBy the start of the rule's scenario names, or a phrase of the Driver's reason for a global rule
     */
    static Stream<Arguments> brokenOnOneClaimedBlobType() {
        String sizeQuery = "A NULL pbOutput asks for the size of every claimed blob type";
        String exactFit = "Every claimed blob type fills a buffer of exactly its size and a larger one";
        String after = "Every claimed blob type leaves the rest of a larger buffer alone";
        String tooSmall = "One byte short is too small for every claimed blob type";
        String destroyed = "A destroyed key is an invalid handle for every claimed blob type";
        String flags = "An undefined dwFlags is refused or ignored on every claimed blob type";
        String unfinished = "A key pair that is not finalized exports no claimed blob type";
        String importsBack = "Every claimed blob type imports back into the same key";
        String numbers = "A key exports one set of numbers in every claimed blob type";
        String refusals = "Every claimed import refuses what is not its blob";
        String opaque = "An opaque blob holds its key, not a reference to it";
        return Stream.of(
                Arguments.of("broken-size-query-forgets-legacy-header", "param.pbOutput", Outcome.WRONG_SIZE, sizeQuery),
                Arguments.of("broken-terminates-generic-private-blob", "param.pcbResult", Outcome.OVERRUN, exactFit),
                Arguments.of("broken-copies-scratch-after-ecc-private-blob", "param.cbOutput", Outcome.WRONG_BLOB, after),
                Arguments.of("broken-partial-write-of-short-legacy-dsa-blob", "status.STATUS_BUFFER_TOO_SMALL",
                        Outcome.WRONG_BLOB, tooSmall),
                Arguments.of("broken-destroyed-key-still-exports-legacy-dh-public", "status.STATUS_INVALID_HANDLE",
                        Outcome.WRONG_STATUS, destroyed),
                Arguments.of("broken-flag-turns-private-request-public", "param.dwFlags", Outcome.WRONG_BLOB, flags),
                Arguments.of("broken-finalizes-slh-dsa-key-on-export", "status.STATUS_INVALID_HANDLE", Outcome.WRONG_STATUS,
                        unfinished),
                Arguments.of("broken-generic-ecc-private-imported-as-public", "status.STATUS_SUCCESS", Outcome.WRONG_STATUS,
                        importsBack),
                Arguments.of("broken-legacy-rsa-exponent-computed-again", "status.STATUS_SUCCESS", Outcome.WRONG_BLOB,
                        numbers),
                Arguments.of("broken-import-trusts-dh-blob-type", "status.STATUS_INVALID_PARAMETER", Outcome.WRONG_STATUS,
                        refusals),
                Arguments.of("broken-import-reads-array-length", "status.STATUS_INVALID_PARAMETER", Outcome.WRONG_STATUS,
                        refusals),
                Arguments.of("broken-parameter-set-ignores-case", "status.STATUS_INVALID_PARAMETER", Outcome.WRONG_STATUS,
                        refusals),
                Arguments.of("broken-opaque-blob-names-the-live-key", "blob.BCRYPT_OPAQUE_KEY_BLOB", Outcome.WRONG_STATUS,
                        opaque),
                Arguments.of("broken-wipes-imported-ecc-private-key", "status.STATUS_SUCCESS", Outcome.OVERRUN,
                        "changed its [in] buffer pbInput"),
                Arguments.of("broken-scrubs-dh-private-blob-later", "param.cbOutput", Outcome.OVERRUN,
                        "after it returned"),
                Arguments.of("broken-ecc-import-ignores-the-kind", "blob.BCRYPT_ECCPRIVATE_BLOB", Outcome.WRONG_STATUS,
                        "An ECC blob of another kind or curve is not imported"));
    }

    @ParameterizedTest(name = "{0} fails {1} with {2}, only by: {3}")
    @MethodSource("brokenOnOneClaimedBlobType")
    void brokenImplementationIsCaughtByItsRuleOnly(String name, String row, Outcome outcome, String caughtBy) {
        CertificationReport report = certify(name, Optional.empty(), "@row:" + row);
        List<Verdict> failures = report.verdicts().stream().filter(v -> v.outcome().isNonConformance()).toList();
        List<Verdict> hits = failures.stream().filter(v -> v.rows().contains(row) && v.outcome() == outcome
                && byRule(v, caughtBy)).toList();
        assertFalse(hits.isEmpty(), name + " has no " + outcome + " on " + row + " from '" + caughtBy + "'; its failures: "
                + failures.stream().map(v -> v.outcome() + " " + v.scenario()).collect(Collectors.joining(", ")));
        List<Verdict> others = failures.stream().filter(v -> !byRule(v, caughtBy)).toList();
        assertTrue(others.isEmpty(), name + " is also caught elsewhere: "
                + others.stream().map(v -> v.outcome() + " " + v.scenario()).collect(Collectors.joining(", ")));
        assertEquals(hits.stream().anyMatch(Verdict::mandatory), !report.certified(),
                "a @must failure refuses the certificate, a @should one alone does not");
        assertTrue(report.kitErrors().isEmpty(), "kit errors: " + report.kitErrors());
    }

    private static boolean byRule(Verdict v, String caughtBy) {
        return v.scenario().startsWith(caughtBy) || v.reason() != null && v.reason().contains(caughtBy);
    }

    @Test
    void theReferenceCertifiedAgainstVistaRunsOnlyWhatVistaHas() {
        CertificationReport report = certify("reference", Optional.of(WindowsProfile.VISTA));
        assertTrue(report.certified(), "failures: " + report.mandatoryFailures());
        assertEquals("vista", report.stamp().profile());
        assertEquals("win11-24h2", report.stamp().declaredProfile());
        List<Verdict> keyWrap = in(report, KEY_WRAP_FEATURE);
        assertFalse(keyWrap.isEmpty());
        assertTrue(keyWrap.stream().allMatch(v -> notClaimedForItsProfile(v) && v.reason().contains("needs win7 or later")),
                "key wrap is not on Vista");
        assertTrue(in(report, VISTA_FEATURE).stream().allMatch(v -> notClaimedForItsProfile(v)
                && v.reason().contains("declares win11-24h2")), "the reference keeps key wrap: Vista's lack of it is not asked of it");
        assertTrue(in(report, DSA_FEATURE).stream().anyMatch(v -> notClaimedForItsProfile(v)
                && v.reason().contains("needs win8 or later")), "DSA V2 blobs are not on Vista");
        assertTrue(report.verdicts().stream().filter(v -> !v.location().startsWith(KEY_WRAP_FEATURE + ":")
                && !v.location().startsWith(VISTA_FEATURE + ":")).allMatch(v -> v.outcome() == Outcome.PASSED
                || notClaimedForItsProfile(v) && (v.reason().contains("needs win11-24h2 or later")
                || v.reason().contains("needs win10 or later") || v.reason().contains("needs win8 or later"))),
                "everything else passes, but for the DSA V2 blobs of Windows 8, the curve-agnostic ECC algorithms of "
                        + "Windows 10 and the post-quantum blobs of Windows 11 24H2");
    }

    @Test
    void anImplementationOfVistaPassesVistasScenarios() {
        CertificationReport report = certify("vista-profile");
        assertTrue(report.certified(), "failures: " + report.mandatoryFailures());
        assertEquals("vista", report.stamp().profile());
        List<Verdict> vista = in(report, VISTA_FEATURE);
        assertTrue(!vista.isEmpty() && vista.stream().allMatch(v -> v.outcome() == Outcome.PASSED), "Vista scenarios: " + vista);
        assertTrue(in(report, KEY_WRAP_FEATURE).stream().allMatch(KitSelfTest::notClaimedForItsProfile));
    }

    @Test
    void claimingNothingIsNotACertificate() {
        CertificationReport report = certify("broken-claims-nothing");
        assertFalse(report.examinedAnything(), "passed on a key: " + report.verdicts().stream()
                .filter(v -> v.outcome() == Outcome.PASSED && !"-".equals(v.algorithm())).toList());
        assertFalse(report.certified());
    }

    @Test
    void unclaimedScenariosAreReportedNotClaimedNeverPassed() {
        CertificationReport report = certify("narrow-aes128-key-data");
        assertTrue(report.certified(), "failures: " + report.mandatoryFailures());
        long notClaimed = report.verdicts().stream().filter(v -> v.outcome() == Outcome.NOT_CLAIMED).count();
        long passed = report.verdicts().stream().filter(v -> v.outcome() == Outcome.PASSED).count();
        assertTrue(notClaimed > 0 && passed > 0, "passed " + passed + ", not claimed " + notClaimed);
        // What it claims (AES-128 keys and their BCRYPT_KEY_DATA_BLOB) is never the reason a scenario is not claimed;
        // a scenario about another blob type of such a key (an opaque import of its bytes) may well be.
        List<String> wronglyUnclaimed = report.verdicts().stream().filter(v -> v.outcome() == Outcome.NOT_CLAIMED)
                .filter(v -> v.algorithm().equals("AES") && v.scenario().contains("AES-128"))
                .filter(v -> v.reason().contains("of 128 bits") || v.reason().contains("from BCRYPT_KEY_DATA_BLOB")
                        || v.reason().contains("as BCRYPT_KEY_DATA_BLOB") || v.reason().endsWith("algorithm AES"))
                .map(v -> v.scenario() + ": " + v.reason()).toList();
        assertTrue(wronglyUnclaimed.isEmpty(), "not claimed for what it claims: " + wronglyUnclaimed);
        assertEquals(0, report.totals().get(Outcome.KIT_ERROR));
    }
}
