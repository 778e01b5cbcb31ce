package org.cngkit.kit.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.cngkit.vectors.VectorCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a certifier who never built the project uses it: {@code java -jar cngkit-<version>.jar ...} in
 * a fresh JVM, started in an empty folder, so features, vectors and layouts must come from the jar itself. Runs in the
 * package phase, after the shade (see kit/pom.xml).
 */
class RunnableJarTest {
    private static final Path JAR = Path.of(System.getProperty("cngkit.runnable.jar", "target/cngkit-0.1.0-SNAPSHOT.jar")).toAbsolutePath();

    @TempDir
    Path empty;

    private record Run(int exit, String output) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path log = Files.createTempFile("cngkit-jar", ".log");
        Process p = new ProcessBuilder(command).directory(empty.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the jar did not finish");
        return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    @Test
    void certifyInspectAndConvertRunFromTheJarAlone() throws Exception {
        assertTrue(Files.isRegularFile(JAR), JAR + " was not built");
        assertEquals(0, Files.list(empty).count());

        Run certify = java("certify", "--quiet", "--tags", "@row:blob.BCRYPT_RSAPUBLIC_BLOB", "--out", "report");
        assertEquals(0, certify.exit(), certify.output());
        assertTrue(Files.readString(empty.resolve("report/summary.md")).contains("CERTIFIED"), certify.output());

        byte[] rsa3 = VectorCatalog.load().test("rsa_blob_test.json", 3).expected().blob();
        Path blob = Files.writeString(empty.resolve("rsa3.hex"), HexFormat.of().formatHex(rsa3) + "\n");
        Run inspect = java("inspect", "rsa3.hex");
        assertEquals(0, inspect.exit(), inspect.output());
        assertTrue(inspect.output().contains("BCRYPT_RSAFULLPRIVATE_BLOB"), inspect.output());

        Run toPem = java("convert", "rsa3.hex", "--to", "pem", "-o", "key.pem");
        assertEquals(0, toPem.exit(), toPem.output());
        Run back = java("convert", "key.pem", "--to", "RSAFULLPRIVATEBLOB", "-o", "again.bin");
        assertEquals(0, back.exit(), back.output());
        assertArrayEquals(rsa3, Files.readAllBytes(empty.resolve("again.bin")));
        assertTrue(Files.exists(blob));

        Run help = java("--help");
        assertTrue(help.output().contains("certify") && help.output().contains("inspect") && help.output().contains("convert"), help.output());
    }
}
