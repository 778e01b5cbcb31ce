package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The fuzz corpus holds one seed file per vector seed ({@link VectorSeeds}), named {@code vector-<file>-<tcId>},
 * with the bytes {@link ImportExportProperty#input} makes of it. When vectors change, rewrite the seeds with
 * {@code mvn -B -o -pl reference-impl -am test -Dtest=VectorSeedCorpusTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcngkit.seeds.write=true} and commit them.
 */
class VectorSeedCorpusTest {
    static final Path CORPUS = Path.of("src", "test", "resources", "org", "cngkit", "reference",
            "ImportFuzzTestInputs", "everyImportPath");

    @Test
    void everyVectorSeedIsInTheFuzzCorpus() throws IOException {
        ImportExportProperty property = new ImportExportProperty();
        List<VectorSeeds.Seed> seeds = VectorSeeds.all(property.paths());
        assertFalse(seeds.isEmpty(), "no vector seeds found under " + VectorSeeds.VECTORS.toAbsolutePath());
        boolean write = Boolean.getBoolean("cngkit.seeds.write");
        if (write) {
            Files.createDirectories(CORPUS);
            try (var old = Files.list(CORPUS)) {
                for (Path file : old.filter(f -> f.getFileName().toString().startsWith("vector-")).toList()) {
                    Files.delete(file);
                }
            }
        }
        for (VectorSeeds.Seed seed : seeds) {
            Path file = CORPUS.resolve(name(seed));
            byte[] bytes = property.input(seed.path(), seed.blob());
            if (write) {
                Files.write(file, bytes);
            }
            assertTrue(Files.exists(file), "missing fuzz seed " + file + " for " + seed + "; rewrite the seeds");
            assertArrayEquals(bytes, Files.readAllBytes(file), "stale fuzz seed " + file + "; rewrite the seeds");
        }
        Set<String> expected = seeds.stream().map(VectorSeedCorpusTest::name).collect(Collectors.toSet());
        try (var files = Files.list(CORPUS)) {
            List<String> orphans = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("vector-") && !expected.contains(n)).toList();
            assertTrue(orphans.isEmpty(), "seeds of vectors that no longer exist: " + orphans);
        }
    }

    private static String name(VectorSeeds.Seed seed) {
        return "vector-" + seed.origin().replace("_blob_test.json", "").replace("_test.json", "").replace(" tcId ", "-");
    }
}
