package org.cngkit.kit.cli;

import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.cngkit.kit.driver.ImplementationCatalog;
import org.cngkit.kit.report.CertificationReport;
import org.cngkit.kit.report.ReportWriter;
import org.cngkit.kit.report.RunStamp;
import org.cngkit.kit.report.Verdict;
import org.cngkit.kit.session.Settings;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.WindowsProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code certify}: runs the BCryptExportKey conformance suite against one implementation and writes its report. */
@Command(name = "certify", mixinStandardHelpOptions = true, versionProvider = CertifyCommand.Version.class,
        sortOptions = false,
        description = {
            "Certifies an implementation of Windows CNG BCryptExportKey against the cngkit scenarios and vectors.",
            "Without options it certifies the bundled Bouncy Castle reference implementation.",
            ""},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every claimed mandatory (@must) scenario passed",
            "1:at least one claimed mandatory scenario failed",
            "2:bad usage (unknown option, unknown implementation or profile)",
            "3:kit error: the kit could not judge (broken vector reference, step bug, unwritable --out)"},
        footerHeading = "%nReports written into --out:%n",
        footer = {
            "  summary.md     result, blob type x algorithm matrix, failures, requirements not covered",
            "  verdicts.json  one verdict per scenario: row ids, outcome, reason, expected vs provided",
            "  cucumber.html  the scenarios as Cucumber ran them",
            "  junit.xml      JUnit XML for CI dashboards",
            "Key material is redacted in every report unless --reveal-secrets is given."})
public final class CertifyCommand implements Callable<Integer> {
    static final int CERTIFIED = 0;
    static final int NOT_CERTIFIED = 1;
    static final int USAGE = 2;
    static final int KIT_ERROR = 3;

    @Option(names = "--impl", paramLabel = "NAME",
            description = "Implementation to certify, by the name it registers with ServiceLoader (see --list). "
                    + "Default: the only non-reference implementation on the classpath, else 'reference'.")
    String implementation;

    @Option(names = "--out", paramLabel = "DIR", description = "Report directory. Default: reports/<implementation name>.")
    Path out;

    @Option(names = "--profile", paramLabel = "ID",
            description = "Windows profile to certify against (vista, win7, win8, win10, win11-24h2). "
                    + "Default: the profile the implementation declares. Scenarios of later releases (@since:) are "
                    + "then NOT_CLAIMED; scenarios of older releases only (@until:) run only for an implementation that "
                    + "declares such a release.")
    String profile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest time one call into the implementation may take before it is judged TIMEOUT. Default: ${DEFAULT-VALUE}.")
    double timeoutSeconds;

    @Option(names = "--tags", paramLabel = "EXPR",
            description = "Cucumber tag expression selecting scenarios, e.g. \"@must and not @source:doc-silent\". Default: all.")
    String tags;

    @Option(names = "--reveal-secrets", description = "Show key bytes in reports (they are redacted by default).")
    boolean revealSecrets;

    @Option(names = "--jar", paramLabel = "PATH",
            description = "A jar (or class directory) holding an implementation and its META-INF/services entry; repeatable.")
    List<Path> jars = new ArrayList<>();

    @Option(names = "--list", description = "List the implementations on the classpath with their claims, then exit.")
    boolean list;

    @Option(names = "--quiet", description = "No progress line, only the result.")
    boolean quiet;

    public static void main(String[] args) {
        System.exit(new CommandLine(new CertifyCommand()).execute(args));
    }

    @Override
    public Integer call() {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        ClassLoader loader;
        try {
            loader = classLoader();
        } catch (IllegalArgumentException e) {
            stderr.println("certify: " + e.getMessage());
            return USAGE;
        }
        Thread.currentThread().setContextClassLoader(loader);
        ImplementationCatalog catalog = new ImplementationCatalog(loader);
        if (list) {
            for (CngProvider p : catalog.all()) {
                stdout.println(p.name() + "  (" + p.getClass().getName() + ", profile " + p.claims().profile().id() + ")");
                for (AlgorithmClaim a : p.claims().algorithms()) {
                    stdout.println("    " + a.algorithmId() + " bits " + new TreeSet<>(a.keyBits()) + (a.parameterSets().isEmpty() ? "" : " sets " + a.parameterSets())
                            + " exports " + a.exportBlobTypes());
                }
            }
            return CERTIFIED;
        }
        CngProvider provider;
        Settings settings;
        try {
            provider = catalog.select(implementation);
            Optional<WindowsProfile> chosen = Optional.ofNullable(profile).map(WindowsProfile::fromId);
            settings = new Settings(provider.name(), chosen, Duration.ofMillis((long) (timeoutSeconds * 1000)), revealSecrets);
        } catch (IllegalArgumentException e) {
            stderr.println("certify: " + e.getMessage());
            return USAGE;
        }
        Path dir = out != null ? out : Path.of("reports", provider.name());
        long start = System.nanoTime();
        WindowsProfile declared = provider.claims().profile();
        WindowsProfile certified = settings.profile().orElse(declared);
        stdout.println("cngkit " + RunStamp.currentKitVersion() + ": certifying '" + provider.name() + "' into " + dir
                + " against Windows profile " + certified.id()
                + (certified == declared ? "" : " (it declares " + declared.id() + ")"));
        CertificationReport report;
        try {
            boolean terminal = System.console() != null && !quiet;
            report = new Certification(provider, settings, dir, tags, terminal ? stderr : null).run();
        } catch (RuntimeException e) {
            stderr.println("certify: kit error: " + e);
            return KIT_ERROR;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        print(stdout, report, dir, seconds);
        if (!report.kitErrors().isEmpty()) {
            return KIT_ERROR;
        }
        return report.certified() ? CERTIFIED : NOT_CERTIFIED;
    }

    private ClassLoader classLoader() {
        ClassLoader parent = CertifyCommand.class.getClassLoader();
        if (jars.isEmpty()) {
            return parent;
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            Path jar = jars.get(i);
            if (!Files.exists(jar)) {
                throw new IllegalArgumentException("--jar " + jar + ": no such file");
            }
            try {
                urls[i] = jar.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("--jar " + jar + ": " + e.getMessage());
            }
        }
        return new URLClassLoader(urls, parent);
    }

    private static void print(PrintStream out, CertificationReport report, Path dir, double seconds) {
        var t = report.totals();
        long failed = report.verdicts().stream().filter(v -> v.outcome().isNonConformance()).count();
        out.printf("%d scenarios: %d passed, %d failed, %d not claimed, %d kit errors (%.1f s)%n",
                report.verdicts().size(), t.get(Outcome.PASSED), failed, t.get(Outcome.NOT_CLAIMED), t.get(Outcome.KIT_ERROR), seconds);
        for (Verdict v : report.mandatoryFailures()) {
            out.println("  FAIL " + v.outcome() + " " + v.rows() + " " + v.scenario() + ": " + v.reason());
        }
        for (Verdict v : report.recommendationFailures()) {
            out.println("  should " + v.outcome() + " " + v.rows() + " " + v.scenario() + ": " + v.reason());
        }
        for (Verdict v : report.kitErrors()) {
            out.println("  KIT ERROR " + v.scenario() + ": " + v.reason());
        }
        out.println(report.notCovered().size() + " requirement rows not covered yet (listed in " + dir.resolve(ReportWriter.SUMMARY) + ")");
        out.println(report.certified() ? "CERTIFIED" : "NOT CERTIFIED");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cngkit " + RunStamp.currentKitVersion()};
        }
    }
}
