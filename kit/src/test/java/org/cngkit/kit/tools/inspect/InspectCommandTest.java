package org.cngkit.kit.tools.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import org.cngkit.kit.tools.CngkitCommand;
import org.cngkit.vectors.VectorCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code cngkit inspect} as a user runs it: exit codes, table, JSON, and no stack trace on a broken blob. */
class InspectCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = CngkitCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private Path file(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("blob.bin"), bytes);
    }

    private static byte[] rsaFullPrivate() {
        return VectorCatalog.load().test("rsa_blob_test.json", 3).expected().blob();
    }

    @Test
    void aConsistentHexBlobExitsZeroWithATable() throws IOException {
        Path hex = Files.writeString(dir.resolve("blob.hex"), HexFormat.of().formatHex(rsaFullPrivate()) + "\n");
        assertEquals(0, run("inspect", hex.toString()), err.toString());
        String text = out.toString();
        assertTrue(text.contains("blob: 315 bytes (hex)"), text);
        assertTrue(text.contains("BCRYPT_RSAFULLPRIVATE_BLOB"), text);
        assertTrue(text.contains("cbModulus") && text.contains("pass  n = p q"), text);
        assertTrue(text.contains("(redacted, 32 bytes"), text);
    }

    @Test
    void jsonCarriesFieldsAndChecks() throws IOException {
        assertEquals(0, run("inspect", "--json", file(rsaFullPrivate()).toString()), err.toString());
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertEquals("bcrypt_rsakey_blob", doc.get("layout").asText());
        assertTrue(doc.get("consistent").asBoolean());
        assertEquals("cbModulus", doc.get("fields").get(3).get("name").asText());
        assertTrue(doc.get("fields").get(8).get("redacted").asBoolean());
        assertTrue(doc.get("checks").size() > 10);
    }

    @Test
    void aMalformedBlobExitsOneWithThePositionAndNoStackTrace() throws IOException {
        assertEquals(1, run("inspect", file(Arrays.copyOf(rsaFullPrivate(), 100)).toString()));
        String text = out.toString();
        assertTrue(text.contains("MALFORMED") && text.contains("offset 91"), text);
        assertFalse((text + err).contains("Exception") || (text + err).contains("\tat "), text + err);
    }

    @Test
    void anInconsistentBlobExitsOne() throws IOException {
        byte[] blob = rsaFullPrivate();
        blob[250] ^= 1;
        assertEquals(1, run("inspect", file(blob).toString()));
        assertTrue(out.toString().contains("FAIL  qinv = q^-1 mod p"), out.toString());
    }

    @Test
    void standardInputIsRead() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(
                    HexFormat.of().formatHex(rsaFullPrivate()).getBytes(StandardCharsets.US_ASCII)));
            assertEquals(0, run("inspect", "-"), err.toString());
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void aMissingFileIsAUsageError() {
        assertEquals(2, run("inspect", dir.resolve("nothing.bin").toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
    }
}
