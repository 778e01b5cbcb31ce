package org.cngkit.kit.cli;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cngkit.kit.report.CertificationReport;
import org.cngkit.kit.report.ReportWriter;
import org.cngkit.kit.report.VerdictPlugin;
import org.cngkit.kit.session.RunTimings;
import org.cngkit.kit.session.Session;
import org.cngkit.kit.session.Settings;
import org.cngkit.spi.CngProvider;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the features against one implementation on the JUnit Platform's Cucumber engine, the same engine a
 * {@code @Suite} uses, and writes the reports.
 */
public final class Certification {
    /** The package of the step definitions. */
    public static final String GLUE = "org.cngkit.kit.steps";
    /** The classpath folder holding the features. */
    public static final String FEATURES = "features";

    private final CngProvider provider;
    private final Settings settings;
    private final Path out;
    private final String tags;
    private final PrintStream progress;
    private java.util.function.Supplier<CngProvider> another;
    private int lanes = 1;
    private boolean cucumberHtml;
    private List<String> featureFiles = List.of();
    private boolean htmlReport = true;
    private java.util.concurrent.Future<Discovered> ahead;

    /**
     * @param tags     a Cucumber tag expression limiting the scenarios, or {@code null} for all
     * @param progress where to show progress, or {@code null} for none
     */
    public Certification(CngProvider provider, Settings settings, Path out, String tags, PrintStream progress) {
        this.provider = provider;
        this.settings = settings;
        this.out = out;
        this.tags = tags;
        this.progress = progress;
    }

    /**
     * Lets up to {@code lanes} scenarios run at once, each further lane an instance that {@code another} starts (a
     * process of its own: see {@link org.cngkit.kit.nativeimpl.NativeProvider#another}).
     */
    public Certification lanes(java.util.function.Supplier<CngProvider> another, int lanes) {
        this.another = another;
        this.lanes = lanes;
        return this;
    }

    /** Also writes Cucumber's own HTML page of the run, {@code cucumber.html} (large, and slow to serialise). */
    public Certification cucumberHtml(boolean write) {
        this.cucumberHtml = write;
        return this;
    }

    /**
     * Runs only these feature files (classpath names such as {@code features/blob-rsa.feature}) instead of every one:
     * for a caller that knows which files hold the scenarios its tags select, to save parsing the rest.
     */
    public Certification features(List<String> classpathNames) {
        this.featureFiles = List.copyOf(classpathNames);
        return this;
    }

    /** Whether to write report.html (default yes); a caller that reads only the verdicts may skip it. */
    public Certification htmlReport(boolean write) {
        this.htmlReport = write;
        return this;
    }

    /**
     * Runs with the scenarios {@link #discoverAhead} found while the implementation started, when they were found
     * with this run's options (a run that also writes cucumber.html, which names the directory, finds its own).
     */
    public Certification discovered(java.util.concurrent.Future<Discovered> ahead) {
        this.ahead = ahead;
        return this;
    }

    /**
     * The scenarios of the run, found before it: parsing the features and discovering the scenarios does not need
     * the implementation, so the CLI does it while the implementation's process starts.
     */
    public static final class Discovered {
        private final Launcher launcher;
        private final TestPlan plan;
        private final String tags;
        private final int lanes;
        private final long nanos;

        private Discovered(Launcher launcher, TestPlan plan, String tags, int lanes, long nanos) {
            this.launcher = launcher;
            this.plan = plan;
            this.tags = tags;
            this.lanes = lanes;
            this.nanos = nanos;
        }
    }

    /**
     * Starts discovering, on a thread of its own with {@code loader} as its context class loader, the scenarios of a
     * run of every feature with these tags and lanes; hand the result to {@link #discovered}.
     */
    public static java.util.concurrent.Future<Discovered> discoverAhead(String tags, int lanes, ClassLoader loader) {
        java.util.concurrent.FutureTask<Discovered> task = new java.util.concurrent.FutureTask<>(
                () -> discover(List.of(selectPackage(FEATURES)), List.of(VerdictPlugin.class.getName()), tags, lanes));
        Thread t = new Thread(task, "cngkit-discovery");
        t.setDaemon(true);
        t.setContextClassLoader(loader);
        t.start();
        return task;
    }

    private static Discovered discover(List<DiscoverySelector> selectors, List<String> plugins, String tags, int lanes) {
        long discovering = System.nanoTime();
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors)
                .filters(org.junit.platform.launcher.EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.glue", GLUE)
                .configurationParameter("cucumber.plugin", String.join(",", plugins))
                .configurationParameter("cucumber.publish.quiet", "true")
                // Ids for Cucumber's events by counting: its default draws each from SecureRandom (SHA-1 under the
                // client compiler), thousands per run for ids no one compares across runs.
                .configurationParameter("cucumber.uuid-generator", "io.cucumber.core.eventbus.IncrementingUuidGenerator")
                .configurationParameter("cucumber.execution.parallel.enabled", String.valueOf(lanes > 1))
                .configurationParameter("cucumber.execution.parallel.config.strategy", "fixed")
                .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism", String.valueOf(lanes))
                .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size", String.valueOf(lanes));
        if (tags != null && !tags.isBlank()) {
            request.configurationParameter("cucumber.filter.tags", tags);
        }
        Launcher launcher = LauncherFactory.create();
        TestPlan plan = launcher.discover(request.build());
        return new Discovered(launcher, plan, tags, lanes, System.nanoTime() - discovering);
    }

    /** The scenarios found ahead, if they are this run's; otherwise null. */
    private Discovered aheadIfSame() {
        if (ahead == null || cucumberHtml || !featureFiles.isEmpty()) {
            return null;
        }
        try {
            Discovered d = ahead.get();
            return java.util.Objects.equals(d.tags, tags) && d.lanes == lanes ? d : null;
        } catch (java.util.concurrent.ExecutionException e) {
            // Found again on this thread, where the same failure is reported as the run's own.
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the scenarios were being discovered", e);
        }
    }

    public CertificationReport run() {
        RunTimings.begin();
        Session.open(provider, settings, another, lanes).htmlReport(htmlReport).reportDirectory(out);
        try {
            Discovered discovered = aheadIfSame();
            if (discovered == null) {
                List<String> plugins = new ArrayList<>();
                if (cucumberHtml) {
                    plugins.add("html:" + out.resolve("cucumber.html"));
                }
                plugins.add(VerdictPlugin.class.getName());
                discovered = discover(selectors(), plugins, tags, lanes);
            }
            RunTimings.phaseNanos(RunTimings.Phase.DISCOVERY, discovered.nanos);
            Launcher launcher = discovered.launcher;
            TestPlan plan = discovered.plan;
            long total = plan.countTestIdentifiers(id -> id.isTest());
            java.util.concurrent.atomic.AtomicLong started = new java.util.concurrent.atomic.AtomicLong();
            java.util.Map<String, Long> startedAt = new java.util.concurrent.ConcurrentHashMap<>();
            long running = System.nanoTime();
            launcher.execute(plan, new Progress(total, progress), new TestExecutionListener() {
                @Override
                public void executionStarted(TestIdentifier id) {
                    if (id.isTest()) {
                        started.incrementAndGet();
                        startedAt.put(id.getUniqueId(), System.nanoTime());
                    }
                }

                @Override
                public void executionFinished(TestIdentifier id, org.junit.platform.engine.TestExecutionResult result) {
                    Long begun = startedAt.remove(id.getUniqueId());
                    if (begun != null) {
                        RunTimings.scenario(featureOf(id), System.nanoTime() - begun);
                    }
                }
            });
            RunTimings.phase(RunTimings.Phase.SCENARIOS, running);
            long reading = System.nanoTime();
            CertificationReport report = Session.current().finishedReport() instanceof CertificationReport r ? r
                    : ReportWriter.read(out.resolve(ReportWriter.VERDICTS));
            RunTimings.phase(RunTimings.Phase.READ_BACK, reading);
            // A scenario that applies its rule to every claimed blob type reports one verdict per pair, all at the
            // scenario's location: count scenarios, not verdicts.
            long judged = report.verdicts().stream().map(v -> v.location()).distinct().count();
            if (judged != started.get()) {
                throw new IllegalStateException("the run started " + started.get() + " scenarios and judged "
                        + judged + "; its report is incomplete");
            }
            return report;
        } finally {
            Session.end();
        }
    }

    private List<DiscoverySelector> selectors() {
        if (featureFiles.isEmpty()) {
            return List.of(selectPackage(FEATURES));
        }
        return featureFiles.stream().<DiscoverySelector>map(DiscoverySelectors::selectClasspathResource).toList();
    }

    /** The feature file a scenario comes from, e.g. {@code blob-ecc.feature}. */
    private static String featureOf(TestIdentifier id) {
        return id.getSource().filter(ClasspathResourceSource.class::isInstance)
                .map(s -> ((ClasspathResourceSource) s).getClasspathResourceName())
                .map(name -> name.substring(name.lastIndexOf('/') + 1)).orElse("?");
    }
}
