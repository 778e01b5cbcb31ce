package org.cngkit.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import org.cngkit.kit.broken.ForwardingProvider;
import org.cngkit.kit.isolation.ChildClasspath;
import org.cngkit.kit.report.CertificationReport;
import org.cngkit.kit.report.ReportWriter;
import org.cngkit.kit.report.Verdict;
import org.cngkit.kit.verdict.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Implementations that attack the run (package {@code org.cngkit.kit.hostile}), each packed into a jar of its own
 * and certified through the CLI in its child JVM: every one gets its verdicts and an exit code that is never 0 by
 * accident, and the kit outlives them all.
 */
class IsolationSelfTest {
    /** The scenarios a hostile run examines: the AES key data blobs (the hostile implementations claim AES-128 only). */
    static final String TAGS = "@row:blob.BCRYPT_KEY_DATA_BLOB and @source:doc";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err, Path reports) {
        CertificationReport report() {
            return ReportWriter.read(reports.resolve(ReportWriter.VERDICTS));
        }

        List<Verdict> examined() {
            return report().verdicts().stream().filter(v -> v.outcome() != Outcome.NOT_CLAIMED).toList();
        }
    }

    static Run certify(Path reports, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--quiet", "--out", reports.toString()));
        all.addAll(List.of(args));
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int exit = CertifyCommand.commandLine().execute(all.toArray(String[]::new));
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8), reports);
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** A jar holding one hostile implementation, the classes it needs and its services entry, as an adopter ships it. */
    private Path jarOf(String simpleName) throws IOException {
        Path jar = dir.resolve(simpleName + ".jar");
        Path classes = Path.of(ForwardingProvider.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(file)) {
            j.putNextEntry(new JarEntry("META-INF/services/org.cngkit.spi.CngProvider"));
            j.write(("org.cngkit.kit.hostile." + simpleName + "\n").getBytes(StandardCharsets.UTF_8));
            List<Path> needed = new ArrayList<>();
            try (Stream<Path> hostile = Files.list(classes.resolve("org/cngkit/kit/hostile"))) {
                hostile.forEach(needed::add);
            }
            needed.add(classes.resolve("org/cngkit/kit/broken/ForwardingProvider.class"));
            for (Path c : needed) {
                j.putNextEntry(new JarEntry(classes.relativize(c).toString().replace('\\', '/')));
                j.write(Files.readAllBytes(c));
            }
        }
        return jar;
    }

    /** Certifies one hostile implementation with the bundled reference beside it (its ForwardingProvider uses it). */
    private Run hostile(String simpleName, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("--tags", TAGS, "--jar", jarOf(simpleName).toString()));
        ChildClasspath.bundled().forEach(p -> args.addAll(List.of("--jar", p.toString())));
        args.addAll(List.of(options));
        return certify(dir.resolve("reports-" + simpleName), args.toArray(String[]::new));
    }

    private static void assertAll(List<Verdict> verdicts, Outcome outcome, String reasonPart) {
        assertFalse(verdicts.isEmpty(), "no scenario examined the implementation");
        for (Verdict v : verdicts) {
            assertEquals(outcome, v.outcome(), v.scenario() + ": " + v.reason() + " / " + v.provided());
            if (reasonPart != null) {
                assertTrue((v.reason() + " " + v.provided()).contains(reasonPart), v.reason() + " / " + v.provided());
            }
        }
    }

    @AfterEach
    void noChildOutlivesItsRun() throws InterruptedException {
        for (int i = 0; i < 50 && children() > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, children(), "a child JVM is still running after its run");
    }

    private static long children() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().arguments().map(a -> String.join(" ", a).contains("org.cngkit.child.ChildServer")).orElse(false))
                .count();
    }

    @Test
    void anImplementationThatExitsIsCrashedNotCertified() throws IOException {
        Run r = hostile("ExitsMidRun");
        assertEquals(CertifyCommand.NOT_CERTIFIED, r.exit(), r.err());
        assertAll(r.examined(), Outcome.CRASHED, "ended before the answer to EXPORT");
        assertFalse(Files.exists(r.reports().resolve("INCOMPLETE")), "a finished run's report is complete");
    }

    @Test
    void anImplementationThatHaltsIsCrashed() throws IOException {
        Run r = hostile("HaltsMidRun");
        assertEquals(CertifyCommand.NOT_CERTIFIED, r.exit(), r.err());
        assertAll(r.examined(), Outcome.CRASHED, "ended before the answer to EXPORT");
    }

    @Test
    void anImplementationThatHoardsTheHeapDiesAloneAndIsCrashed() throws IOException {
        Run r = hostile("HoardsHeap", "--child-heap", "48");
        assertEquals(CertifyCommand.NOT_CERTIFIED, r.exit(), r.out() + r.err());
        assertAll(r.examined(), Outcome.CRASHED, "ended before the answer to EXPORT");
    }

    @Test
    void aSpinThatIgnoresInterruptsIsATimeoutAndItsChildIsKilled() throws IOException {
        Run r = hostile("SpinsUninterruptibly", "--timeout", "1");
        assertEquals(CertifyCommand.NOT_CERTIFIED, r.exit(), r.err());
        assertAll(r.examined(), Outcome.TIMEOUT, "did not return within 1000 ms");
    }

    @Test
    void aHangOnALockStopsTheRunAfterTheTimeoutsInARow() throws IOException {
        // One lane: with several, a scenario that started on another lane before the stop still finishes, so "every
        // scenario after the first TIMEOUT in file order is NOT_RUN" holds for a serial run only.
        Run r = hostile("HangsHoldingItsLock", "--timeout", "1", "--max-timeouts", "1", "--jobs", "1");
        assertEquals(CertifyCommand.NOT_CERTIFIED, r.exit(), r.err());
        List<Verdict> all = r.report().verdicts();
        Verdict first = r.examined().get(0);
        assertEquals(Outcome.TIMEOUT, first.outcome(), first.reason());
        List<Verdict> after = all.subList(all.indexOf(first) + 1, all.size());
        assertAll(after, Outcome.NOT_RUN, "1 calls in a row timed out");
    }

    @Test
    void anImplementationThatInterruptsThreadsHurtsOnlyItsOwnJvm() throws IOException {
        Run r = hostile("InterruptsThreads");
        assertEquals(CertifyCommand.CERTIFIED, r.exit(), r.out() + r.err());
        assertAll(r.examined(), Outcome.PASSED, null);
    }

    @Test
    void aThrowingConstructorIsOneLineAndExitOne() throws IOException {
        Run r = hostile("ThrowsInConstructor");
        assertEquals(CertifyCommand.NOT_CERTIFIED, r.exit(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("the implementation failed to start") && r.err().contains("no licence file found"), r.err());
        assertFalse(Files.exists(r.reports().resolve(ReportWriter.VERDICTS)));
    }

    @Test
    void aPathLikeNameIsRefusedAndWritesNothingOutsideItsFolder() throws IOException {
        Path cwd = Path.of("").toAbsolutePath();
        Run r = hostile("PathLikeName");
        assertEquals(CertifyCommand.NOT_CERTIFIED, r.exit(), r.err());
        assertTrue(r.err().contains("an implementation name is"), r.err());
        assertFalse(Files.exists(cwd.resolve("../../hostile-escaped")));
        assertFalse(Files.exists(r.reports().resolve("../../hostile-escaped")));
    }
}
