package org.cngkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** (a) every vector file loads, passes its schema and the lint; (e) the hash of the vectors. */
class VectorCatalogTest {
    private static final String KEY_DATA_FILE = "key_data_blob_test.json";

    @Test
    void everyPackagedVectorFileLoadsFromTheClasspath() {
        VectorCatalog catalog = VectorCatalog.load();
        assertFalse(catalog.files().isEmpty());
        for (VectorFile file : catalog.files()) {
            assertEquals("key_blob_test_schema_v1.json", file.schema(), file.name());
            assertEquals(file.numberOfTests(), file.tests().size(), file.name());
        }
    }

    @Test
    void theModuleFolderAndTheClasspathHoldTheSameVectors() {
        VectorCatalog fromDir = VectorCatalog.loadDirectory(ModuleFiles.vectorsDir());
        VectorCatalog fromClasspath = VectorCatalog.load();
        assertEquals(fromDir.files(), fromClasspath.files());
        assertEquals(fromDir.sha256(), fromClasspath.sha256());
    }

    /** The build checked exactly the packaged bytes in full, so a run may skip the checks; and skipping changes nothing. */
    @Test
    void theBuildCheckedThesePackagedVectorsInFull() throws IOException {
        byte[] stamp;
        try (var in = getClass().getClassLoader().getResourceAsStream(VectorCatalog.VERIFIED)) {
            assertTrue(in != null, VectorCatalog.VERIFIED + " is not on the classpath");
            stamp = in.readAllBytes();
        }
        VectorCatalog checked = VectorCatalog.loadChecked();
        assertEquals(checked.sha256(), new String(stamp, StandardCharsets.US_ASCII).strip());
        assertEquals(checked.files(), VectorCatalog.load().files());
    }

    @Test
    void theIndexListsExactlyTheVectorFilesOfTheModuleFolder() throws IOException {
        Path dir = ModuleFiles.vectorsDir();
        List<String> listed = VectorCatalog.parseIndex(Files.readString(dir.resolve("index.txt")));
        List<String> present;
        try (Stream<Path> files = Files.list(dir)) {
            present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
        assertEquals(present, listed);
    }

    @Test
    void keyDataFileHasTheExpectedShape() {
        VectorFile file = VectorCatalog.load().file(KEY_DATA_FILE);
        assertEquals(10, file.testGroups().size());
        assertEquals(20, file.numberOfTests());
        Set<Integer> tcIds = new HashSet<>();
        for (TestGroup group : file.testGroups()) {
            assertEquals(2, group.tests().size());
            assertEquals(List.of("BCRYPT_KEY_DATA_BLOB", "BCRYPT_OPAQUE_KEY_BLOB"),
                    group.tests().stream().map(VectorTest::blobType).toList());
            assertTrue(group.tests().get(0).expected().hasBlob());
            assertNull(group.tests().get(1).expected().blob());
            group.tests().forEach(t -> {
                assertTrue(tcIds.add(t.tcId()));
                assertEquals(group, t.group());
                assertEquals("STATUS_SUCCESS", t.expected().status());
                t.flags().forEach(flag -> assertTrue(file.notes().containsKey(flag), flag));
            });
        }
    }

    @Test
    void aTestIsFoundByFileAndTcId() {
        VectorCatalog catalog = VectorCatalog.load();
        VectorTest test = catalog.test(KEY_DATA_FILE, 7);
        assertEquals(7, test.tcId());
        assertEquals("windows-observed", test.group().source().name());
        assertEquals("4b44424d0100000010000000" + "11".repeat(16),
                java.util.HexFormat.of().formatHex(test.expected().blob()));
    }

    @Test
    void unknownFilesAndTestsAreRefusedByName() {
        VectorCatalog catalog = VectorCatalog.load();
        IllegalArgumentException noFile = assertThrows(IllegalArgumentException.class, () -> catalog.file("nope.json"));
        assertTrue(noFile.getMessage().contains(KEY_DATA_FILE), noFile.getMessage());
        IllegalArgumentException noTest = assertThrows(IllegalArgumentException.class, () -> catalog.test(KEY_DATA_FILE, 9999));
        assertTrue(noTest.getMessage().contains("9999"), noTest.getMessage());
    }

    @Test
    void aBrokenFileInADirectoryFailsTheWholeLoad(@TempDir Path dir) throws IOException {
        Files.copy(ModuleFiles.vectorsDir().resolve(KEY_DATA_FILE), dir.resolve(KEY_DATA_FILE));
        Files.writeString(dir.resolve("broken_test.json"), "{\"schema\": \"key_blob_test_schema_v1.json\"}");
        VectorFormatException e = assertThrows(VectorFormatException.class, () -> VectorCatalog.loadDirectory(dir));
        assertEquals("broken_test.json", e.file());
    }

    @Test
    void theHashIsStable() {
        String hash = VectorCatalog.load().sha256();
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, VectorCatalog.load().sha256());
        assertEquals(hash, VectorCatalog.loadDirectory(ModuleFiles.vectorsDir()).sha256());
    }

    @Test
    void theHashChangesWhenAFileChangesOrIsRenamed(@TempDir Path dir) throws IOException {
        try (Stream<Path> files = Files.list(ModuleFiles.vectorsDir())) {
            for (Path json : files.filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                Files.copy(json, dir.resolve(json.getFileName()));
            }
        }
        Path original = ModuleFiles.vectorsDir().resolve(KEY_DATA_FILE);
        Path copy = dir.resolve(KEY_DATA_FILE);
        String before = VectorCatalog.loadDirectory(dir).sha256();
        assertEquals(VectorCatalog.load().sha256(), before);

        // same JSON meaning, one more byte
        Files.writeString(copy, Files.readString(copy, StandardCharsets.UTF_8) + "\n", StandardCharsets.UTF_8);
        String afterEdit = VectorCatalog.loadDirectory(dir).sha256();
        assertNotEquals(before, afterEdit);

        Files.copy(original, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(copy, dir.resolve("renamed_test.json"));
        assertNotEquals(before, VectorCatalog.loadDirectory(dir).sha256());
    }
}
