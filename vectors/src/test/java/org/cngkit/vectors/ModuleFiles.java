package org.cngkit.vectors;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locations in the module folder (tests run with the module folder as working directory). */
final class ModuleFiles {
    private ModuleFiles() {
    }

    /** The module folder {@code vectors/}, holding the committed vector files. */
    static Path vectorsDir() {
        Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("index.txt"))) {
            throw new IllegalStateException("run the tests from the vectors module folder; not found: " + dir.resolve("index.txt"));
        }
        return dir;
    }
}
