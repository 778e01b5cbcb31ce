package org.cngkit.kit.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cngkit.kit.layout.BlobDiff;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.verdict.Outcome;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
    /**
     * A blob the kit had no expected blob for is diffed against nothing but its own layout: the page shows that
     * layout alone (it used to throw on the missing expected layout, and the run ended in a kit error).
     */
    @Test
    void aBlobDiffWithoutAnExpectedLayoutIsShownWithItsOwnLayout() {
        byte[] blob = {'R', 'S', 'A', '1', 8, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 1};
        BlobDiff diff = BlobDiff.laidOut(BlobType.named("BCRYPT_RSAPUBLIC_BLOB"), blob, false);
        Verdict v = new Verdict("s", "features/a.feature:3", List.of("blob.BCRYPT_RSAPUBLIC_BLOB"), "must", "doc", "RSA",
                "BCRYPT_RSAPUBLIC_BLOB", Outcome.WRONG_BLOB, "the blob's numbers break the key", null, null, 1, List.of(), diff);
        String page = new HtmlReport(new CertificationReport(new RunStamp("0", "0", "x", "win10", "win10", "now"),
                List.of(v), List.of()), null).render();
        assertTrue(page.contains("The provided BCRYPT_RSAPUBLIC_BLOB read as"), "the diff is on the page");
    }
}
