package org.cngkit.kit.tools.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.vectors.BlobCrossCheck;
import org.cngkit.vectors.KeyMaterial;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OpenSSL's own CryptoAPI writer against the kit's: {@code openssl rsa -outform MSBLOB} of a fresh key and
 * {@code cngkit convert --to LEGACY_RSAPRIVATE_BLOB} of the same PEM carry the same numbers, read back by the oracle.
 * Skipped, with a message, where no openssl is installed; .ci/run installs it.
 */
class OpenSslMsBlobTest {
    @TempDir
    Path dir;

    private static boolean run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("openssl.log").toFile()).start();
        return p.waitFor() == 0;
    }

    private static boolean opensslPresent(Path dir) {
        try {
            return run(dir, "openssl", "version");
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    @Test
    void openSslMsBlobAndTheKitsLegacyRsaPrivateBlobCarryTheSameNumbers() throws Exception {
        assumeTrue(opensslPresent(dir), "openssl is not installed: this comparison with OpenSSL's MSBLOB writer is skipped"
                + " (apt-get install openssl; .ci/run installs it)");
        for (int bits : List.of(1024, 2048)) {
            Path pem = dir.resolve("rsa" + bits + ".pem");
            Path msblob = dir.resolve("rsa" + bits + ".msblob");
            assertEquals(true, run(dir, "openssl", "genrsa", "-out", pem.toString(), Integer.toString(bits)));
            assertEquals(true, run(dir, "openssl", "rsa", "-in", pem.toString(), "-outform", "MSBLOB", "-out", msblob.toString()));
            byte[] kit = Converter.toBlob(Files.readAllBytes(pem), BlobType.LEGACY_RSAPRIVATE_BLOB, false);
            KeyMaterial fromOpenSsl = BlobCrossCheck.checker("LEGACY_RSAPRIVATE_BLOB").material(Files.readAllBytes(msblob)).orElseThrow();
            KeyMaterial fromKit = BlobCrossCheck.checker("LEGACY_RSAPRIVATE_BLOB").material(kit).orElseThrow();
            assertEquals(fromOpenSsl, fromKit, bits + "-bit key");
            assertEquals(8, fromKit.components().size());
            // and back: the MSBLOB read by the kit is OpenSSL's key
            byte[] der = Converter.toDer(Files.readAllBytes(msblob));
            byte[] again = Converter.toBlob(der, BlobType.LEGACY_RSAPRIVATE_BLOB, false);
            assertEquals(fromOpenSsl, BlobCrossCheck.checker("LEGACY_RSAPRIVATE_BLOB").material(again).orElseThrow());
        }
    }
}
