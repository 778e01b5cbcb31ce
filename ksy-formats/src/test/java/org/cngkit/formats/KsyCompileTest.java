package org.cngkit.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build step src/build/KsyCompile.java fails on a .ksy that ksc rejects and on a .ksy whose
 * meta/id differs from its file name, and succeeds on a good one. Runs it the way the build does:
 * a child JVM in source-file mode with the test classpath (which holds the compiler).
 */
class KsyCompileTest {
    private static final String GOOD = """
            meta:
              id: good_blob
              endian: le
            seq:
              - id: len_body
                type: u4
              - id: body
                size: len_body
            """;

    @Test
    void aBrokenKsyFailsTheStep(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good_blob.ksy"), GOOD);
        Files.writeString(dir.resolve("broken_blob.ksy"), """
                meta:
                  id: broken_blob
                  endian: le
                seq:
                  - id: body
                    size: no_such_field
                """);
        Result result = run(dir);
        assertEquals(1, result.status, result.output);
        assertTrue(result.output.contains("no_such_field"), result.output);
        assertTrue(result.output.contains("kaitai-struct-compiler exited with status 2"), result.output);
    }

    @Test
    void anIdThatDiffersFromTheFileNameFailsTheStep(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("other_name.ksy"), GOOD);
        Result result = run(dir);
        assertEquals(1, result.status, result.output);
        assertTrue(result.output.contains("meta/id 'good_blob' differs from the file name 'other_name'"), result.output);
    }

    @Test
    void aGoodKsyProducesItsClass(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good_blob.ksy"), GOOD);
        Result result = run(dir);
        assertEquals(0, result.status, result.output);
        assertTrue(Files.isRegularFile(dir.resolve("out/org/cngkit/formats/GoodBlob.java")), result.output);
    }

    private record Result(int status, String output) {
    }

    private static Result run(Path ksyDir) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/build/KsyCompile.java");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                script.toString(), ksyDir.toString(), ksyDir.resolve("out").toString(), "org.cngkit.formats"))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
