package org.cngkit.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The committed layout diagrams ({@code diagrams/<id>.dot} and {@code .svg}) are those of today's .ksy files. The
 * build writes Kaitai's Graphviz description of every layout into {@code target/kaitai-walk/graphviz}; each must equal
 * the committed {@code .dot}, and each committed {@code .svg} must name that {@code .dot}'s SHA-256 (the refresh
 * command writes it), so this test needs no Graphviz. When it fails: run {@code ksy-formats/diagrams/refresh}.
 */
class DiagramsAreCurrentTest {
    private static final Path BASE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path GENERATED = BASE.resolve("target/kaitai-walk/graphviz");
    private static final Path COMMITTED = BASE.resolve("diagrams");
    private static final Pattern STAMP = Pattern.compile("<!-- cngkit-dot-sha256: ([0-9a-f]{64}) -->");

    @Test
    void everyLayoutHasACurrentDiagram() throws IOException {
        List<Path> ksy;
        try (Stream<Path> files = Files.walk(BASE.resolve("src/main/ksy"))) {
            ksy = files.filter(p -> p.toString().endsWith(".ksy")).sorted().toList();
        }
        assertTrue(ksy.size() > 10, "the .ksy files were found");
        for (Path spec : ksy) {
            String id = spec.getFileName().toString().replace(".ksy", "");
            Path generated = GENERATED.resolve(id + ".dot");
            Path dot = COMMITTED.resolve(id + ".dot");
            Path svg = COMMITTED.resolve(id + ".svg");
            assertTrue(Files.isRegularFile(generated), "the build wrote no Graphviz description for " + id);
            assertTrue(Files.isRegularFile(dot) && Files.isRegularFile(svg),
                    "no committed diagram for " + id + ": run ksy-formats/diagrams/refresh");
            assertEquals(Files.readString(generated), Files.readString(dot),
                    "diagrams/" + id + ".dot is stale (its .ksy changed): run ksy-formats/diagrams/refresh");
            Matcher m = STAMP.matcher(Files.readString(svg));
            assertTrue(m.find(), "diagrams/" + id + ".svg names no source: run ksy-formats/diagrams/refresh");
            assertEquals(sha256(Files.readAllBytes(dot)), m.group(1),
                    "diagrams/" + id + ".svg was drawn from another .dot: run ksy-formats/diagrams/refresh");
        }
        try (Stream<Path> files = Files.list(COMMITTED)) {
            assertEquals(ksy.size(), files.filter(p -> p.toString().endsWith(".svg")).count(),
                    "diagrams/ holds an SVG of a layout that no longer exists: run ksy-formats/diagrams/refresh");
        }
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
