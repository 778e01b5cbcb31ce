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
import org.junit.platform.launcher.LauncherDiscoveryRequest;
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

    public CertificationReport run() {
        RunTimings.begin();
        Session.open(provider, settings, another, lanes).htmlReport(htmlReport);
        try {
            List<String> plugins = new ArrayList<>();
            if (cucumberHtml) {
                plugins.add("html:" + out.resolve("cucumber.html"));
            }
            plugins.add("junit:" + out.resolve("junit.xml"));
            plugins.add(VerdictPlugin.class.getName() + ":" + out);
            LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(selectors())
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
            LauncherDiscoveryRequest discovery = request.build();
            Launcher launcher = LauncherFactory.create();
            long discovering = System.nanoTime();
            TestPlan plan = launcher.discover(discovery);
            RunTimings.phase(RunTimings.Phase.DISCOVERY, discovering);
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
