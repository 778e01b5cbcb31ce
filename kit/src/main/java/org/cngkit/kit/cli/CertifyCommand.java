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
import java.util.ServiceConfigurationError;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.cngkit.child.ChildServer;
import org.cngkit.child.ProtocolViolation;
import org.cngkit.kit.driver.ImplementationCatalog;
import org.cngkit.kit.isolation.JavaChild;
import org.cngkit.kit.nativeimpl.HarnessInfo;
import org.cngkit.kit.nativeimpl.HarnessProcessLost;
import org.cngkit.kit.nativeimpl.StartRefused;
import org.cngkit.kit.nativeimpl.NativeCommand;
import org.cngkit.kit.nativeimpl.NativeProvider;
import org.cngkit.kit.report.Baseline;
import org.cngkit.kit.report.BaselineComparison;
import org.cngkit.kit.report.CertificationReport;
import org.cngkit.kit.report.Invocation;
import org.cngkit.kit.report.ReportWriter;
import org.cngkit.kit.report.RunStamp;
import org.cngkit.kit.report.Verdict;
import org.cngkit.kit.session.RunBudget;
import org.cngkit.kit.session.RunTimings;
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
            "0:every selected scenario was judged, the complete report written, and every claimed mandatory (@must) "
                    + "scenario passed; with --baseline: the run matches the baseline exactly",
            "1:not certified: a claimed mandatory scenario failed, the run stopped early (--deadline, --max-timeouts), "
                    + "the implementation failed to start (its constructor, name() or claims() threw; an unsafe name), "
                    + "or the run ended before its report was complete; with --baseline: the run differs from the "
                    + "baseline or a baseline row has no reason yet",
            "2:bad usage, found before anything runs: an unknown option or value, --jar, --impl, --timeout, --tags, "
                    + "--baseline or --out that cannot work",
            "3:kit error: the kit could not judge (broken vector reference, step bug, an answer it cannot read)"},
        footerHeading = "%nReports written into --out:%n",
        footer = {
            "  summary.md     result, blob type x algorithm matrix, failures, requirements not covered",
            "  report.html    the same on one self-contained page: filters, Gherkin steps, blobs field by field, layout diagrams",
            "  verdicts.json  one verdict per scenario: row ids, outcome, reason, expected vs provided",
            "  cucumber.html  the scenarios as Cucumber ran them (with --cucumber-html only)",
            "  junit.xml      JUnit XML for CI dashboards",
            "  INCOMPLETE, verdicts.partial.jsonl  only while a run is going on, or after one that was killed",
            "Key material is redacted in every report unless --reveal-secrets is given."})
public final class CertifyCommand implements Callable<Integer> {
    static final int CERTIFIED = 0;
    static final int NOT_CERTIFIED = 1;
    public static final int USAGE = 2;
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

    @Option(names = "--list", description = "List the implementations on the classpath with their claims (with --native: the claims the kit probed), then exit. "
            + "Java implementations are loaded into the kit's own JVM for this.")
    boolean list;

    @Option(names = "--quiet", description = "No progress line, only the result.")
    boolean quiet;

    @Option(names = "--in-process",
            description = "Run a Java implementation inside the kit's JVM instead of a child JVM of its own. For debugging "
                    + "(a profiler, a breakpoint): the kit is then not protected from what the implementation does.")
    boolean inProcess;

    @Option(names = "--child-heap", paramLabel = "MB", defaultValue = "1024",
            description = "Heap limit (-Xmx) of the child JVM a Java implementation runs in. Default: ${DEFAULT-VALUE}.")
    int childHeapMb;

    @Option(names = "--deadline", paramLabel = "SECONDS", defaultValue = "7200",
            description = "Whole-run deadline: scenarios after it are NOT_RUN, the report is written, the exit code is 1. "
                    + "Default: ${DEFAULT-VALUE}.")
    double deadlineSeconds;

    @Option(names = "--max-timeouts", paramLabel = "N", defaultValue = "5",
            description = "Stop the run (scenarios after it NOT_RUN, exit code 1) after N calls in a row timed out. "
                    + "Default: ${DEFAULT-VALUE}.")
    int maxTimeouts;

    @Option(names = "--hello-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Longest wait for a starting harness or child JVM to greet (Wine's first start in a new prefix "
                    + "is slow). Default: ${DEFAULT-VALUE}.")
    double helloSeconds;

    @Option(names = "--verbose", description = "Stack traces with error messages.")
    boolean verbose;

    @Option(names = "--jobs", paramLabel = "N",
            description = "How many scenarios run at once, each with a process of the implementation to itself (child JVMs, or "
                    + "native harnesses). Default: half the processors for a Java implementation in child JVMs (a lane keeps "
                    + "two busy: the kit's thread and the child), 1 for --native and --in-process (an in-process "
                    + "implementation is never called from two threads).")
    Integer jobs;

    @Option(names = "--cucumber-html", description = "Also write cucumber.html, Cucumber's own page of the run (about 12 MB; "
            + "serialising it costs the run about a second).")
    boolean cucumberHtml;

    @Option(names = "--timings", description = "After the result, show where the run's time went: JVM start, the "
            + "implementation's start, vector loading, scenario discovery, the scenarios per feature, the calls into the "
            + "implementation, the oracle, report writing.")
    boolean timings;

    /** The scenarios, being discovered while the implementation starts. */
    private java.util.concurrent.Future<Certification.Discovered> discovery;

    /** Nanoseconds from choosing the implementation to its claims being known (a child's or harness's start). */
    private long startup;

    public static void main(String[] args) {
        RunTimings.mainEntered();
        Invocation.record("certify", args);
        System.exit(commandLine().execute(args));
    }

    /** The command as {@link #main} runs it: an argument picocli cannot parse is one line and exit code 2. */
    public static CommandLine commandLine() {
        return new CommandLine(new CertifyCommand()).setParameterExceptionHandler(new OneLineUsageError());
    }

    @Override
    public Integer call() {
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        String misuse = new Usage(this).problem();
        if (misuse != null) {
            stderr.println("certify: " + misuse);
            return USAGE;
        }
        ClassLoader loader;
        try {
            loader = classLoader();
        } catch (IllegalArgumentException e) {
            stderr.println("certify: " + e.getMessage());
            return USAGE;
        }
        Thread.currentThread().setContextClassLoader(loader);
        ImplementationCatalog catalog = new ImplementationCatalog(loader);
        if (list && nativeCommand == null) {
            catalog.all().forEach(p -> list(stdout, p));
            return CERTIFIED;
        }
        Duration timeout = seconds(timeoutSeconds);
        // The vectors load and the scenarios are discovered while the implementation's process starts (a JVM, Wine).
        java.util.concurrent.CompletableFuture.runAsync(org.cngkit.vectors.VectorCatalog::load);
        if (!list) {
            discovery = Certification.discoverAhead(tags, lanes(), loader);
        }
        long starting = System.nanoTime();
        CngProvider provider;
        Settings settings;
        Baseline waived;
        try {
            Optional<WindowsProfile> chosen = Optional.ofNullable(profile).map(WindowsProfile::fromId);
            waived = baseline == null ? null : Files.exists(baseline) ? Baseline.read(baseline) : Baseline.empty();
            provider = nativeCommand != null
                    ? NativeProvider.start(NativeCommand.split(nativeCommand), timeout, seconds(helloSeconds), chosen.orElse(null), claimsFile)
                    : inProcess ? catalog.select(implementation)
                    : JavaChild.start(jars, implementation, childHeapMb, timeout, seconds(helloSeconds));
            String problem = Identity.problem(provider);
            if (problem != null) {
                stderr.println("certify: " + problem);
                close(provider);
                return NOT_CERTIFIED;
            }
            settings = new Settings(provider.name(), chosen, timeout, revealSecrets,
                    new RunBudget(seconds(deadlineSeconds), maxTimeouts));
            startup = System.nanoTime() - starting;
        } catch (IllegalArgumentException e) {
            stderr.println("certify: " + e.getMessage());
            return USAGE;
        } catch (StartRefused e) {
            return refused(e, stderr);
        } catch (HarnessProcessLost | ProtocolViolation e) {
            stderr.println("certify: the " + (nativeCommand != null ? "native harness" : "implementation's child JVM")
                    + " did not start: " + e.getMessage());
            trace(e, stderr);
            return nativeCommand != null ? USAGE : NOT_CERTIFIED;
        } catch (RuntimeException | ServiceConfigurationError e) {
            stderr.println("certify: an implementation on the classpath failed while the kit chose one: " + oneLine(e));
            trace(e, stderr);
            return NOT_CERTIFIED;
        }
        RunGuard guard = RunGuard.arm(stderr);
        try {
            if (list) {
                list(stdout, provider);
                return guard.done(CERTIFIED);
            }
            return guard.done(certify(provider, settings, waived, stdout, stderr));
        } finally {
            guard.done(0);
            close(provider);
        }
    }

    private static void close(CngProvider provider) {
        if (provider instanceof NativeProvider n) {
            n.close();
        }
    }

    /** A child or harness that ended before its hello: the child's own line, and whose fault it is. */
    private int refused(StartRefused e, PrintStream stderr) {
        String words = e.lastWords().replaceFirst("^cngkit-child: ", "");
        if (nativeCommand == null && e.exitCode() == ChildServer.EXIT_USAGE) {
            stderr.println("certify: " + words);
            return USAGE;
        }
        if (nativeCommand == null && e.exitCode() == ChildServer.EXIT_IMPLEMENTATION_FAILED) {
            stderr.println("certify: the implementation failed to start: " + words);
            return NOT_CERTIFIED;
        }
        stderr.println("certify: the " + (nativeCommand != null ? "native harness" : "implementation's child JVM")
                + " ended before it was ready (exit code " + e.exitCode() + ")" + (words.isEmpty() ? "" : ": " + words));
        return nativeCommand != null ? USAGE : NOT_CERTIFIED;
    }

    private void trace(Throwable e, PrintStream stderr) {
        if (verbose) {
            e.printStackTrace(stderr);
        }
    }

    private static String oneLine(Throwable e) {
        Throwable cause = e.getCause();
        String text = e + (cause != null && cause != e ? " (caused by " + cause + ")" : "");
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    static Duration seconds(double value) {
        return Duration.ofMillis(Math.round(value * 1000));
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
            Certification run = new Certification(provider, settings, dir, tags, terminal ? stderr : null)
                    .cucumberHtml(cucumberHtml).discovered(discovery);
            if (provider instanceof NativeProvider remote && lanes() > 1) {
                run.lanes(remote::another, lanes());
            }
            report = run.run();
        } catch (RuntimeException e) {
            stderr.println("certify: kit error: " + oneLine(e));
            trace(e, stderr);
            return KIT_ERROR;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        print(stdout, report, dir, seconds);
        if (timings) {
            stdout.printf(java.util.Locale.ROOT, "%-58s %9.3f s%n", nativeCommand != null ? "harness started (hello, claims)"
                    : inProcess ? "implementation loaded in the kit's JVM" : "child JVM started (hello, claims)", startup / 1e9);
            RunTimings.table().forEach(stdout::println);
        }
        if (provider instanceof NativeProvider n && n.info() != null) {
            printHarness(stdout, n, (System.nanoTime() - begun) / 1e9);
        } else if (provider instanceof NativeProvider n) {
            stdout.printf("child JVM: %d process(es) started, first startup %.2f s; whole run %.1f s%n",
                    n.harness().processesStarted(), n.harness().startups().get(0).toMillis() / 1000.0,
                    (System.nanoTime() - begun) / 1e9);
        }
        if (!report.kitErrors().isEmpty()) {
            return KIT_ERROR;
        }
        if (waived != null) {
            return gate(stdout, report, waived, dir);
        }
        return report.certified() ? CERTIFIED : NOT_CERTIFIED;
    }

    /** How many scenarios run at once ({@code --jobs}, or its default). */
    private int lanes() {
        if (jobs != null) {
            return inProcess ? 1 : jobs;
        }
        // A lane keeps two processors busy (the kit's scenario thread and the child answering it): on two cores, two
        // lanes took 9.2 s against 7.7 s for one (2,133 verdicts, quiet machine).
        return nativeCommand == null && !inProcess ? Math.max(1, Runtime.getRuntime().availableProcessors() / 2) : 1;
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
        if (jars.isEmpty() || !inProcess && !list) {
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
