package org.cngkit.kit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;

/**
 * Opens report.html in headless Chromium (Debian's {@code chromium} and {@code chromium-driver}; the driver's path is
 * given to Selenium, so Selenium Manager never looks for, let alone downloads, a driver) and checks what a reader
 * sees: the banner says what verdicts.json says, the matrix counts are verdicts.json's counts, a failing verdict shows
 * its field diff with the first differing field marked, the filters show exactly the matching verdicts, and the
 * page logs no console error.
 *
 * <p>The pages: report.html rendered from the committed {@code reports/reference} and {@code reports/wine-8.0}
 * verdicts (real runs of {@code ./certify}), written into {@code target/browser-test}; plus every directory listed in
 * the system property {@code cngkit.browser.reports} (comma-separated), which {@code .ci/run} sets to the report of
 * the Wine run it just made, so CI checks a page written by a live run too.
 *
 * <p>Without Chromium the test is skipped with a message, except under {@code CI=true}, where it fails.
 */
class ReportInBrowserTest {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    private static final Path OUT = ROOT.resolve("kit/target/browser-test");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ChromeDriver browser;

    @BeforeAll
    static void startBrowser() {
        Path chromium = Path.of(System.getenv().getOrDefault("CNGKIT_CHROMIUM", "/usr/bin/chromium"));
        Path driver = Path.of(System.getenv().getOrDefault("CNGKIT_CHROMEDRIVER", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(driver)) {
            String missing = "Chromium (" + chromium + ") or its driver (" + driver + ") is not installed: "
                    + "apt-get install chromium chromium-driver, or set CNGKIT_CHROMIUM / CNGKIT_CHROMEDRIVER";
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true and " + missing);
            }
            Assumptions.abort("report.html browser test skipped: " + missing);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--no-first-run", "--disable-extensions");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @TestFactory
    Stream<DynamicTest> reportsReadInABrowser() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : List.of("reference", "wine-8.0")) {
            Path verdicts = ROOT.resolve("reports").resolve(name).resolve(ReportWriter.VERDICTS);
            Path dir = OUT.resolve(name);
            CertificationReport report = ReportWriter.read(verdicts);
            Path baseline = ROOT.resolve("reports").resolve(name).resolve("baseline.tsv");
            BaselineComparison comparison = Files.exists(baseline)
                    ? new BaselineComparison("reports/" + name + "/baseline.tsv", Baseline.read(baseline).rows(),
                    Baseline.read(baseline).compare(report))
                    : null;
            new ReportWriter(dir).writeHtml(report, comparison);
            tests.add(DynamicTest.dynamicTest("committed " + name, () -> check(dir.resolve(ReportWriter.HTML), verdicts, name)));
        }
        String live = System.getProperty("cngkit.browser.reports", "");
        for (String d : live.split(",")) {
            if (!d.isBlank()) {
                Path dir = Path.of(d.trim()).toAbsolutePath();
                tests.add(DynamicTest.dynamicTest("live run " + dir, () -> check(dir.resolve(ReportWriter.HTML),
                        dir.resolve(ReportWriter.VERDICTS), dir.getFileName() + "-live")));
            }
        }
        return tests.stream();
    }

    private static void check(Path html, Path verdictsJson, String name) throws IOException {
        assertTrue(Files.isRegularFile(html), html + " was not written");
        JsonNode doc = JSON.readTree(verdictsJson.toFile());
        JsonNode verdicts = doc.get("verdicts");
        browser.get(html.toUri().toString());

        // the banner
        String result = browser.findElement(By.id("result")).getText();
        assertEquals(doc.get("certified").asBoolean() ? "CERTIFIED" : "NOT CERTIFIED", result);
        assertTrue(browser.findElement(By.cssSelector("#banner h1")).getText().contains(doc.get("stamp").get("implementation").asText()));
        assertTrue(browser.findElement(By.id("banner")).getText().contains(doc.get("stamp").get("vectorsSha256").asText()),
                "the banner names the vectors hash");
        assertEquals(doc.get("totals").get("PASSED").asText(), browser.findElement(By.cssSelector("#counts [data-count=passed]")).getText());

        // the matrix: every cell's counts are verdicts.json's
        Map<String, int[]> expected = new HashMap<>();
        for (JsonNode v : verdicts) {
            int[] c = expected.computeIfAbsent(v.get("blobType").asText() + "|" + v.get("algorithm").asText(), k -> new int[3]);
            String outcome = v.get("outcome").asText();
            c[0]++;
            if (outcome.equals("PASSED")) {
                c[1]++;
            } else if (!outcome.equals("NOT_CLAIMED") && !outcome.equals("KIT_ERROR")) {
                c[2]++;
            }
        }
        // One script reads every cell's attributes and text (a WebDriver call per attribute took most of the test).
        @SuppressWarnings("unchecked")
        List<List<Object>> read = (List<List<Object>>) browser.executeScript(
                "return Array.from(document.querySelectorAll('a.cell')).map(c => [c.getAttribute('data-blob'),"
                        + " c.getAttribute('data-alg'), c.getAttribute('data-total'), c.getAttribute('data-passed'),"
                        + " c.getAttribute('data-failed'), c.innerText]);");
        assertEquals(expected.size(), read.size(), "one matrix cell per (blob type, algorithm) pair");
        for (List<Object> cell : read) {
            int[] c = expected.get(cell.get(0) + "|" + cell.get(1));
            assertNotNull(c, "a cell for a pair no verdict has");
            assertEquals(c[0], Integer.parseInt((String) cell.get(2)));
            assertEquals(c[1], Integer.parseInt((String) cell.get(3)));
            assertEquals(c[2], Integer.parseInt((String) cell.get(4)));
            if (c[2] > 0) {
                assertTrue(((String) cell.get(5)).trim().startsWith("FAIL " + c[2] + "/" + c[0]), (String) cell.get(5));
            }
        }
        List<WebElement> cells = browser.findElements(By.cssSelector("a.cell"));

        // the filter: any failure, then a matrix cell
        int failing = 0;
        for (JsonNode v : verdicts) {
            String o = v.get("outcome").asText();
            failing += o.equals("PASSED") || o.equals("NOT_CLAIMED") || o.equals("KIT_ERROR") ? 0 : 1;
        }
        new Select(browser.findElement(By.id("f-outcome"))).selectByValue("FAILED");
        assertEquals(failing, visibleVerdicts().size(), "the outcome filter shows the failing verdicts");
        assertEquals(failing + " of " + verdicts.size() + " shown", browser.findElement(By.id("shown")).getText());
        WebElement cell = cells.get(cells.size() / 2);
        int inCell = Integer.parseInt(cell.getDomAttribute("data-total"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", cell);
        cell.click();
        assertEquals(inCell, visibleVerdicts().size(), "a matrix cell shows its verdicts");
        @SuppressWarnings("unchecked")
        List<Object> shownBlobs = (List<Object>) browser.executeScript("return Array.from(document.querySelectorAll("
                + "'article.verdict:not(.hidden)')).map(v => v.getAttribute('data-blob'));");
        for (Object blob : shownBlobs) {
            assertEquals(cell.getDomAttribute("data-blob"), blob);
        }
        browser.findElement(By.id("clear")).click();
        assertEquals(verdicts.size(), visibleVerdicts().size());

        // a failing verdict's field diff, as verdicts.json has it
        JsonNode withDiff = null;
        int index = 0;
        for (int i = 0; i < verdicts.size(); i++) {
            JsonNode v = verdicts.get(i);
            if (!v.get("outcome").asText().equals("PASSED") && v.hasNonNull("blobDiff")) {
                withDiff = v;
                index = i + 1;
                break;
            }
        }
        if (name.startsWith("wine")) {
            assertNotNull(withDiff, "Wine fails a blob comparison, so its report has a field diff");
        }
        if (withDiff != null) {
            String first = null;
            for (JsonNode row : withDiff.get("blobDiff").get("fields")) {
                if (row.get("differs").asBoolean()) {
                    first = row.get("field").asText();
                    break;
                }
            }
            WebElement article = browser.findElement(By.id("v" + index));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'}); window.scrollBy(0, -90)", article);
            assertTrue(article.getText().contains(withDiff.get("scenario").asText()));
            assertEquals(first, article.findElement(By.cssSelector(".diff .first b.field")).getText());
            WebElement firstRow = article.findElements(By.cssSelector("table.fields tr.differs")).get(0);
            assertEquals(first, firstRow.findElement(By.tagName("code")).getText());
            assertTrue(firstRow.isDisplayed());
            Files.createDirectories(OUT);
            Files.write(OUT.resolve(name + "-failing-verdict.png"), browser.getScreenshotAs(OutputType.BYTES));
        }
        browser.executeScript("window.scrollTo(0, 0)");
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));

        // no console errors
        List<String> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
        assertTrue(browser.findElements(By.cssSelector("script[src], link[rel=stylesheet], img[src^='http'], iframe")).isEmpty(),
                "the page loads nothing from anywhere");
    }

    private static List<WebElement> visibleVerdicts() {
        return browser.findElements(By.cssSelector("article.verdict:not(.hidden)"));
    }
}
