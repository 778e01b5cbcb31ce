package org.cngkit.kit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.cngkit.kit.verdict.Outcome;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JunitXmlTest {
    private static Verdict verdict(String name, int line, Outcome outcome, String reason, String expected, String provided) {
        return new Verdict(name, "features/blob-rsa.feature:" + line, List.of("blob.BCRYPT_RSAPUBLIC_BLOB"), "must", "doc",
                "RSA", "BCRYPT_RSAPUBLIC_BLOB", outcome, reason, expected, provided, 1234, List.of(), null);
    }

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void oneCasePerVerdictWithFailuresErrorsAndSkipsCounted() throws Exception {
        CertificationReport report = new CertificationReport(new RunStamp("0", "0", "acme & co", "win11-24h2", "win11-24h2",
                "2026-12-02T00:00:00Z"), List.of(
                verdict("passes", 3, Outcome.PASSED, null, null, null),
                verdict("too big [BCRYPT_RSAPUBLIC_BLOB]", 9, Outcome.WRONG_SIZE, "*pcbResult is 283, not 27", "27", "283"),
                verdict("hangs", 12, Outcome.TIMEOUT, "did not return", null, null),
                verdict("not claimed", 15, Outcome.NOT_CLAIMED, "RSA-16384 is not claimed", null, null),
                verdict("kit fails", 20, Outcome.KIT_ERROR, "bad vector", null, null)), List.of());

        Element suite = parse(new JunitXml(report).render()).getDocumentElement();

        assertEquals("cngkit acme & co", suite.getAttribute("name"));
        assertEquals("5", suite.getAttribute("tests"));
        assertEquals("2", suite.getAttribute("failures"));
        assertEquals("1", suite.getAttribute("errors"));
        assertEquals("1", suite.getAttribute("skipped"));
        assertEquals("6.170", suite.getAttribute("time"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(5, cases.getLength());
        Element tooBig = (Element) cases.item(1);
        assertEquals("features/blob-rsa.feature", tooBig.getAttribute("classname"));
        assertEquals("too big [BCRYPT_RSAPUBLIC_BLOB]", tooBig.getAttribute("name"));
        Element failure = (Element) tooBig.getElementsByTagName("failure").item(0);
        assertEquals("WRONG_SIZE", failure.getAttribute("type"));
        assertEquals("WRONG_SIZE: *pcbResult is 283, not 27", failure.getAttribute("message"));
        assertEquals("at features/blob-rsa.feature:9\nexpected: 27\nprovided: 283", failure.getTextContent());
        assertEquals(1, ((Element) cases.item(2)).getElementsByTagName("failure").getLength());
        assertEquals(1, ((Element) cases.item(3)).getElementsByTagName("skipped").getLength());
        assertEquals(1, ((Element) cases.item(4)).getElementsByTagName("error").getLength());
        assertEquals(0, ((Element) cases.item(0)).getChildNodes().getLength());
    }

    @Test
    void whatAnImplementationSaysStaysWellFormedXml() throws Exception {
        // An exception message of a broken implementation: markup, a NUL, an unpaired surrogate, an emoji, a CR.
        String said = "threw <b>\"x\" & 'y'</b>\u0000\uD800 \uD83D\uDE00\r";
        CertificationReport report = new CertificationReport(new RunStamp("0", "0", "x", "win10", "win10", "now"),
                List.of(verdict("crashes", 4, Outcome.CRASHED, said, "an NTSTATUS", said)), List.of());

        String xml = new JunitXml(report).render();
        Element failure = (Element) parse(xml).getElementsByTagName("failure").item(0);

        String cleaned = "threw <b>\"x\" & 'y'</b>\uFFFD\uFFFD \uD83D\uDE00\r";
        assertEquals("CRASHED: " + cleaned, failure.getAttribute("message"));
        assertEquals("at features/blob-rsa.feature:4\nexpected: an NTSTATUS\nprovided: " + cleaned, failure.getTextContent());
        assertFalse(xml.contains("\u0000"));
    }
}
