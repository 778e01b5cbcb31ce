package org.cngkit.kit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every usage error exits 2 before anything runs, with one line and no stack trace. */
class UsageTest {
    @TempDir
    Path dir;

    private void refused(String expected, String... args) {
        IsolationSelfTest.Run r = IsolationSelfTest.certify(dir.resolve("out"), args);
        assertEquals(CertifyCommand.USAGE, r.exit(), r.out() + r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertTrue(r.err().startsWith("certify: ") && r.err().contains(expected), r.err());
        assertFalse(r.out().contains("certifying"), "nothing ran: " + r.out());
    }

    @ParameterizedTest(name = "--timeout {0}")
    @CsvSource({"0", "-1", "NaN", "Infinity", "99999", "0.0001"})
    void aTimeoutThatIsNotASaneNumberOfSeconds(String value) {
        refused("--timeout", "--timeout", value);
    }

    @Test
    void whatPicocliCannotParseIsOneLineToo() {
        refused("Invalid value for option '--jobs': 'abc' is not an int", "--jobs", "abc");
        refused("Unknown option: '--bogus'", "--bogus");
        refused("Missing required parameter for option '--out'", "--out");
    }

    @Test
    void otherNumbers() {
        refused("--deadline", "--deadline", "0");
        refused("--max-timeouts", "--max-timeouts", "0");
        refused("--child-heap", "--child-heap", "1");
        refused("--hello-timeout", "--hello-timeout", "-3");
    }

    @Test
    void jarsThatCannotHoldAnImplementation() throws IOException {
        refused("no such file", "--jar", dir.resolve("missing.jar").toString());
        Path text = Files.writeString(dir.resolve("notes.jar"), "not a jar\n");
        refused("not a jar", "--jar", text.toString());
        byte[] noise = new byte[4096];
        new Random(11).nextBytes(noise);
        refused("not a jar", "--jar", Files.write(dir.resolve("noise.jar"), noise).toString());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        refused("no META-INF/services/org.cngkit.spi.CngProvider entry", "--jar", empty.toString());
    }

    @Test
    void implementationNames() {
        refused("--impl: empty name", "--impl", "");
        refused("an implementation name is", "--impl", "../x");
        refused("no implementation named 'nobody'", "--impl", "nobody");
    }

    @Test
    void tagsThatDoNotParseShowTheParsersMessage() {
        refused("--tags \"@must and (\"", "--tags", "@must and (");
    }

    @Test
    void baselines() throws IOException {
        refused("no such file", "--baseline", dir.resolve("none.tsv").toString());
        Path bad = Files.writeString(dir.resolve("bad.tsv"), "# comment\nonly one cell\n");
        refused("bad.tsv:2", "--baseline", bad.toString());
        refused("not a readable file", "--baseline", Files.createDirectories(dir.resolve("folder.tsv")).toString());
    }

    @Test
    void anOutFolderThatCannotBeWrittenIsFoundFirst() throws IOException {
        Path file = Files.writeString(dir.resolve("plain-file"), "x");
        IsolationSelfTest.Run r = IsolationSelfTest.certify(file.resolve("reports"), "--timeout", "0");
        assertEquals(CertifyCommand.USAGE, r.exit());
        assertTrue(r.err().contains("--out " + file.resolve("reports") + ": cannot create or write it"), r.err());
    }

    @Test
    void combinations() {
        refused("does not go with", "--native", "wine x.exe", "--in-process");
        refused("--claims goes with --native", "--claims", "c.json");
        refused("--profile: unknown Windows profile 'xp'", "--profile", "xp");
    }
}
