package org.example.acme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.cngkit.kit.cli.Certification;
import org.cngkit.kit.driver.ImplementationCatalog;
import org.cngkit.kit.report.CertificationReport;
import org.cngkit.kit.session.Settings;
import org.cngkit.kit.verdict.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proves that the adopter's wiring certifies the adopter's implementation, not the bundled reference. */
class AcmeReportTest {

    @Test
    void cngkitPicksAndCertifiesAcme(@TempDir Path out) {
        var chosen = ImplementationCatalog.ofContext().select(null);
        assertEquals("acme", chosen.name());
        CertificationReport report = new Certification(chosen, new Settings(null, Optional.empty(), Duration.ofSeconds(5), false),
                out, null, null).run();
        assertEquals("acme", report.stamp().implementation());
        assertTrue(report.certified(), "failures: " + report.mandatoryFailures());
        assertTrue(report.verdicts().stream().anyMatch(v -> v.outcome() == Outcome.PASSED
                && v.rows().contains("blob.BCRYPT_KEY_DATA_BLOB") && v.algorithm().equals("AES")));
        assertTrue(report.verdicts().stream().anyMatch(v -> v.outcome() == Outcome.NOT_CLAIMED
                && v.rows().contains("blob.BCRYPT_OPAQUE_KEY_BLOB")), "opaque blobs are not claimed by acme");
        assertTrue(report.verdicts().stream().anyMatch(v -> v.outcome() == Outcome.NOT_CLAIMED && v.algorithm().equals("3DES")));
    }
}
