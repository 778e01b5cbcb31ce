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
import org.cngkit.kit.nativeimpl.HarnessInfo;
import org.cngkit.kit.nativeimpl.HarnessProcessLost;
import org.cngkit.kit.nativeimpl.HarnessProtocolError;
import org.cngkit.kit.nativeimpl.NativeCommand;
import org.cngkit.kit.nativeimpl.NativeProvider;
import org.cngkit.kit.report.Baseline;
import org.cngkit.kit.report.BaselineComparison;
import org.cngkit.kit.report.CertificationReport;
import org.cngkit.kit.report.Invocation;
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
            "0:every claimed mandatory (@must) scenario passed; with --baseline: the run matches the baseline exactly",
            "1:at least one claimed mandatory scenario failed; with --baseline: the run differs from the baseline or a baseline row has no reason yet",
            "2:bad usage (unknown option, unknown implementation or profile)",
            "3:kit error: the kit could not judge (broken vector reference, step bug, unwritable --out)"},
        footerHeading = "%nReports written into --out:%n",
        footer = {
            "  summary.md     result, blob type x algorithm matrix, failures, requirements not covered",
            "  report.html    the same on one self-contained page: filters, Gherkin steps, blobs field by field, layout diagrams",
            "  verdicts.json  one verdict per scenario: row ids, outcome, reason, expected vs provided",
            "  cucumber.html  the scenarios as Cucumber ran them",
            "  junit.xml      JUnit XML for CI dashboards",
            "Key material is redacted in every report unless --reveal-secrets is given."})
public final class CertifyCommand implements Callable<Integer> {
    static final int CERTIFIED = 0;
    static final int NOT_CERTIFIED = 1;
    static final int USAGE = 2;
    static final int KIT_ERROR = 3;

    /** When the command began, for the whole run's wall time (harness start included). */
    private final long begun = System.nanoTime();

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

    @Option(names = "--native", paramLabel = "CMD",
            description = "Certify a native bcrypt.dll through the harness (harness/) that CMD starts: "
                    + "\"wine harness/target/cngkit-harness.exe\" for Wine, the exe's path on Windows. "
                    + "The report is named after what the harness runs on (wine-8.0, windows-10.0.22631).")
    String nativeCommand;

    @Option(names = "--claims", paramLabel = "FILE",
            description = "With --native: JSON declarations replacing or extending the claims the kit probes (README, \"Claims of a native implementation\").")
    Path claimsFile;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A baseline of known deviations (scenario, outcome, reason). The exit code then says whether the run "
                    + "matches it exactly; every difference, in either direction, is listed.")
    Path baseline;

    @Option(names = "--write-baseline",
            description = "With --baseline: rewrite FILE from this run, keeping the reasons of unchanged rows; new rows read "
                    + "UNEXPLAINED until a reason is written.")
    boolean writeBaseline;

    @Option(names = "--list", description = "List the implementations on the classpath with their claims (with --native: the claims the kit probed), then exit.")
    boolean list;

    @Option(names = "--quiet", description = "No progress line, only the result.")
    boolean quiet;

    public static void main(String[] args) {
        Invocation.record("certify", args);
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
        String misuse = nativeCommand != null && (implementation != null || !jars.isEmpty()) ? "--native certifies a native DLL; it does not go with --impl or --jar"
                : claimsFile != null && nativeCommand == null ? "--claims goes with --native (a Java implementation states its own claims)"
                : writeBaseline && baseline == null ? "--write-baseline needs --baseline FILE"
                : baseline != null && !writeBaseline && !Files.exists(baseline) ? "--baseline " + baseline + ": no such file (create it with --write-baseline)"
                : null;
        if (misuse != null) {
            stderr.println("certify: " + misuse);
            return USAGE;
        }
        if (list && nativeCommand == null) {
            catalog.all().forEach(p -> list(stdout, p));
            return CERTIFIED;
        }
        Duration timeout = Duration.ofMillis((long) (timeoutSeconds * 1000));
        CngProvider provider;
        Settings settings;
        Baseline waived;
        try {
            Optional<WindowsProfile> chosen = Optional.ofNullable(profile).map(WindowsProfile::fromId);
            waived = baseline == null ? null : Files.exists(baseline) ? Baseline.read(baseline) : Baseline.empty();
            provider = nativeCommand != null
                    ? NativeProvider.start(NativeCommand.split(nativeCommand), timeout, chosen.orElse(null), claimsFile)
                    : catalog.select(implementation);
            String problem = Identity.problem(provider);
            if (problem != null) {
                stderr.println("certify: " + problem);
                return NOT_CERTIFIED;
            }
            settings = new Settings(provider.name(), chosen, timeout, revealSecrets);
        } catch (IllegalArgumentException e) {
            stderr.println("certify: " + e.getMessage());
            return USAGE;
        } catch (HarnessProcessLost | HarnessProtocolError e) {
            stderr.println("certify: the native harness did not start: " + e.getMessage());
            return USAGE;
        } catch (RuntimeException e) {
            stderr.println("certify: an implementation on the classpath failed while the kit listed them: " + e);
            return NOT_CERTIFIED;
        }
        try {
            if (list) {
                list(stdout, provider);
                return CERTIFIED;
            }
            return certify(provider, settings, waived, stdout, stderr);
        } finally {
            if (provider instanceof NativeProvider n) {
                n.close();
            }
        }
    }

    private static void list(PrintStream stdout, CngProvider p) {
        stdout.println(p.name() + "  (" + p.getClass().getName() + ", profile " + p.claims().profile().id() + ")");
        for (AlgorithmClaim a : p.claims().algorithms().stream().sorted(java.util.Comparator.comparing(AlgorithmClaim::algorithmId)).toList()) {
            TreeSet<Integer> bits = new TreeSet<>(a.keyBits());
            String sizes = bits.size() > 6 ? "bits " + bits.first() + ".." + bits.last() + " (" + bits.size() + " sizes)" : "bits " + bits;
            stdout.println("    " + a.algorithmId() + " " + sizes + (a.parameterSets().isEmpty() ? "" : " sets " + a.parameterSets())
                    + " exports " + new TreeSet<>(a.exportBlobTypes()));
        }
    }

    private int certify(CngProvider provider, Settings settings, Baseline waived, PrintStream stdout, PrintStream stderr) {
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
        if (provider instanceof NativeProvider n) {
            printHarness(stdout, n, (System.nanoTime() - begun) / 1e9);
        }
        if (!report.kitErrors().isEmpty()) {
            return KIT_ERROR;
        }
        if (waived != null) {
            return gate(stdout, report, waived, dir);
        }
        return report.certified() ? CERTIFIED : NOT_CERTIFIED;
    }

    /** Compares the run with the baseline, or rewrites the baseline from the run. */
    private int gate(PrintStream stdout, CertificationReport report, Baseline waived, Path dir) {
        List<Baseline.Difference> differences = waived.compare(report);
        new ReportWriter(dir).writeHtml(report, new BaselineComparison(baseline.toString(), waived.rows(), differences));
        Baseline verdict = waived;
        if (writeBaseline) {
            verdict = waived.refresh(report);
            verdict.write(baseline, report.stamp().implementation() + " (profile " + report.stamp().profile() + ")");
            stdout.println("baseline " + baseline + " rewritten: " + verdict.rows().size() + " row(s), "
                    + differences.size() + " change(s) from before");
            differences.forEach(d -> stdout.println("  " + d));
            differences = List.of();
        } else if (differences.isEmpty()) {
            stdout.println("baseline " + baseline + ": the run matches it (" + waived.rows().size() + " waived scenario(s))");
        } else {
            stdout.println("baseline " + baseline + ": the run differs in " + differences.size() + " scenario(s):");
            differences.forEach(d -> stdout.println("  " + d));
            stdout.println("  (if the change is expected: certify ... --baseline " + baseline + " --write-baseline, then write the reasons)");
        }
        List<Baseline.Row> unexplained = verdict.unexplained();
        if (!unexplained.isEmpty()) {
            stdout.println("baseline " + baseline + ": " + unexplained.size() + " row(s) still need a reason:");
            unexplained.forEach(r -> stdout.println("  " + r.outcome() + "  " + r.scenario()));
        }
        return differences.isEmpty() && unexplained.isEmpty() ? CERTIFIED : NOT_CERTIFIED;
    }

    private static void printHarness(PrintStream out, NativeProvider n, double wholeRun) {
        HarnessInfo info = n.info();
        List<Duration> startups = n.harness().startups();
        out.printf("harness: %s; Windows %s%s; %s%n", n.harness().hello(), info.windowsVersion(),
                info.wineVersion() == null ? "" : " under Wine " + info.wineVersion(), info.bcryptPath());
        out.printf("harness: %d process(es) started, first startup %.2f s; whole run %.1f s (harness start included)%n",
                n.harness().processesStarted(), startups.isEmpty() ? 0 : startups.get(0).toMillis() / 1000.0, wholeRun);
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
        if (!report.examinedAnything()) {
            out.println("  no scenario passed: the implementation's claims let the kit examine nothing");
        }
        out.println(report.certified() ? "CERTIFIED" : "NOT CERTIFIED");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cngkit " + RunStamp.currentKitVersion()};
        }
    }
}
