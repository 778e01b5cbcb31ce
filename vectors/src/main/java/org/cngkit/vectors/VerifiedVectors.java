package org.cngkit.vectors;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (vectors/pom.xml, phase process-classes): checks every vector file on the module's classpath in full
 * and writes their hash to {@link VectorCatalog#VERIFIED} in the classes folder, so that a certification run
 * loading exactly these bytes need not check them again. A vector that fails a check fails the build here.
 *
 * <pre>java -cp ... org.cngkit.vectors.VerifiedVectors target/classes</pre>
 */
public final class VerifiedVectors {
    private VerifiedVectors() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: VerifiedVectors <classes folder>");
        }
        long start = System.nanoTime();
        VectorCatalog catalog = VectorCatalog.loadChecked();
        Path stamp = Path.of(args[0]).resolve(VectorCatalog.VERIFIED);
        Files.createDirectories(stamp.getParent());
        Files.writeString(stamp, catalog.sha256() + "\n", StandardCharsets.US_ASCII);
        System.out.printf("[vectors] %d file(s) checked in full in %d ms; their hash is in %s%n", catalog.files().size(),
                (System.nanoTime() - start) / 1_000_000, stamp);
    }
}
