package org.cngkit.kit.nativeimpl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cngkit.spi.Claims;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.WindowsProfile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a native implementation's claims are put together: what opens, its key lengths, the page's blob types, declarations. */
class NativeClaimsTest {
    private static final List<Probe> PROBES = List.of(
            new Probe("AES", NtStatus.SUCCESS, 128, 256, 64),
            new Probe("3DES", NtStatus.SUCCESS, null, null, null),
            new Probe("RSA", NtStatus.SUCCESS, null, null, null),
            new Probe("ML-KEM", NtStatus.NOT_FOUND, null, null, null));

    @TempDir
    Path dir;

    @Test
    void whatOpensIsClaimedWithThePagesBlobTypes() {
        Claims c = NativeClaims.build(WindowsProfile.WIN10, PROBES, null);
        assertTrue(c.claimsKeySize("AES", 192));
        assertTrue(c.claimsKeySize("3DES", 192), "documented size where the property is unreadable");
        assertTrue(c.claimsExport("AES", "KeyDataBlob") && c.claimsExport("AES", "OpaqueKeyBlob") && c.claimsExport("AES", "Rfc3565KeyWrapBlob"));
        assertTrue(c.claimsExport("RSA", "CAPIPUBLICBLOB"));
        assertFalse(c.claimsImport("RSA", "CAPIPUBLICBLOB"), "the import page says the primitive provider does not import it");
        assertTrue(c.claimsKeySize("RSA", 2048));
        assertTrue(c.algorithm("ML-KEM").isEmpty(), "an algorithm that does not open is not claimed");
        assertEquals(WindowsProfile.WIN10, c.profile());
        assertFalse(NativeClaims.build(WindowsProfile.VISTA, PROBES, null).claimsExport("AES", "Rfc3565KeyWrapBlob"));
    }

    @Test
    void declarationsReplaceAddAndDrop() throws Exception {
        Path file = dir.resolve("claims.json");
        Files.writeString(file, """
                { "algorithms": {
                    "AES": { "keyBits": [128], "exports": ["BCRYPT_KEY_DATA_BLOB"] },
                    "RSA": { "claimed": false },
                    "ML-KEM": { "parameterSets": ["768"] } } }
                """);
        Claims c = NativeClaims.build(WindowsProfile.WIN11_24H2, PROBES, file);
        assertTrue(c.claimsKeySize("AES", 128));
        assertFalse(c.claimsKeySize("AES", 256));
        assertFalse(c.claimsExport("AES", "OpaqueKeyBlob"));
        assertTrue(c.claimsImport("AES", "OpaqueKeyBlob"), "fields not declared keep their defaults");
        assertTrue(c.algorithm("RSA").isEmpty());
        assertTrue(c.claimsParameterSet("ML-KEM", "768"), "declared although it does not open");
        assertTrue(c.claimsExport("ML-KEM", "MLKEMPRIVATESEEDBLOB"));
    }

    @Test
    void badDeclarationsAreUsageErrors() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{ \"algorithms\": { \"AES\": { \"exports\": [\"KeyDataBlob\"] } } }");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NativeClaims.build(WindowsProfile.WIN10, PROBES, file));
        assertTrue(e.getMessage().contains("constant names"), e.getMessage());
        Files.writeString(file, "{ \"algorithms\": { \"AES\": { \"export\": [] } } }");
        assertThrows(IllegalArgumentException.class, () -> NativeClaims.build(WindowsProfile.WIN10, PROBES, file));
    }

    @Test
    void theProfileFollowsTheWindowsVersionTheHarnessSees() {
        assertEquals(WindowsProfile.WIN7, new HarnessInfo("6.1.7601", "8.0", "x").profile());
        assertEquals(WindowsProfile.WIN10, new HarnessInfo("10.0.19045", null, "x").profile());
        assertEquals(WindowsProfile.WIN11_24H2, new HarnessInfo("10.0.26100", null, "x").profile());
        assertEquals("wine-8.0", new HarnessInfo("6.1.7601", "8.0", "x").implementationName());
        assertEquals("windows-10.0.26100", new HarnessInfo("10.0.26100", null, "x").implementationName());
        assertEquals("wine-8.0-Staging", new HarnessInfo("6.1.7601", "8.0 (Staging)", "x").implementationName());
    }
}
