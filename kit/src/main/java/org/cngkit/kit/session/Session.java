package org.cngkit.kit.session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.cngkit.kit.driver.Driver;
import org.cngkit.kit.driver.ImplementationCatalog;
import org.cngkit.kit.verdict.Evidence;
import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.WindowsProfile;
import org.cngkit.vectors.VectorCatalog;

/**
 * One certification run: the implementation, its claims, the vectors and the settings. Cucumber creates step
 * objects per scenario; what lives for the whole run lives here. The CLI opens a session explicitly; a JUnit
 * suite gets one lazily from system properties.
 */
public final class Session implements AutoCloseable {
    /** The JVM's session: the last one opened, or one made from system properties. */
    private static Session current;
    /**
     * The session a thread opened: several runs can go on in one JVM, each on its own thread (the kit's self-test
     * does). A scenario runs on the thread that opened its session, or, with lanes, on a pool thread that finds the
     * JVM's session. Not inherited: a thread that a run's thread starts may run another run.
     */
    private static final ThreadLocal<Session> OF_THREAD = new ThreadLocal<>();
    /** Opened by a thread ({@link #open}), not made from system properties: only that thread ends it. */
    private boolean opened;

    private final CngProvider provider;
    private final Settings settings;
    private final Claims claims;
    private final WindowsProfile declaredProfile;
    private final Lanes lanes;
    private final VectorCatalog vectors;
    private final Evidence evidence;
    private final Map<String, Subject> subjects = new ConcurrentHashMap<>();
    private final Map<String, java.util.List<PairVerdict>> pairs = new ConcurrentHashMap<>();
    private final long started = System.nanoTime();

    private Session(CngProvider provider, Settings settings, java.util.function.Supplier<CngProvider> another, int lanes) {
        this.provider = provider;
        this.settings = settings;
        Claims declared = provider.claims();
        this.declaredProfile = declared.profile();
        this.claims = settings.profile().map(declared::withProfile).orElse(declared);
        this.lanes = new Lanes(provider, another, lanes, settings.callTimeout());
        long loading = System.nanoTime();
        this.vectors = VectorCatalog.load();
        RunTimings.phase(RunTimings.Phase.VECTORS, loading);
        this.evidence = new Evidence(settings.revealSecrets());
    }

    /** This thread's session, else the JVM's, opening one from system properties if there is none. */
    public static Session current() {
        Session mine = OF_THREAD.get();
        return mine != null ? mine : jvmSession();
    }

    private static synchronized Session jvmSession() {
        if (current == null) {
            Settings settings = Settings.fromSystemProperties();
            current = new Session(ImplementationCatalog.ofContext().select(settings.implementation()), settings, null, 1);
        }
        return current;
    }

    /** Opens a session for the given implementation, ending this thread's; its scenarios run one at a time. */
    public static Session open(CngProvider provider, Settings settings) {
        return open(provider, settings, null, 1);
    }

    /**
     * Opens a session whose scenarios may run {@code lanes} at a time, each further lane an instance of the
     * implementation that {@code another} starts (a process of its own); ends this thread's open session.
     */
    public static Session open(CngProvider provider, Settings settings,
                               java.util.function.Supplier<CngProvider> another, int lanes) {
        end();
        Session session = new Session(provider, settings, another, lanes);
        session.opened = true;
        synchronized (Session.class) {
            current = session;
        }
        OF_THREAD.set(session);
        return session;
    }

    /** Ends this thread's session, or, if it has none, a session made from system properties. */
    public static void end() {
        Session mine = OF_THREAD.get();
        OF_THREAD.remove();
        synchronized (Session.class) {
            Session ending = mine != null ? mine : current != null && !current.opened ? current : null;
            if (ending == null) {
                return;
            }
            if (current == ending) {
                current = null;
            }
            ending.close();
        }
    }

    public CngProvider provider() {
        return provider;
    }

    public Settings settings() {
        return settings;
    }

    /** The implementation's claims, under the profile chosen for this run ({@code claims().profile()}). */
    public Claims claims() {
        return claims;
    }

    /** The profile the implementation declares, whichever one this run certifies against. */
    public WindowsProfile declaredProfile() {
        return declaredProfile;
    }

    /** A lane of the implementation for one scenario, which has it to itself until {@link #release}. */
    public Driver lease() {
        return lanes.lease();
    }

    public void release(Driver driver) {
        lanes.release(driver);
    }

    /** How many lanes serve the run (scenarios that can run at once). */
    public int lanes() {
        return lanes.size();
    }


    public VectorCatalog vectors() {
        return vectors;
    }

    public Evidence evidence() {
        return evidence;
    }

    /** Why the run stops before the next scenario ({@link RunBudget}), or empty to go on. */
    public java.util.Optional<String> stopReason() {
        return settings.budget().exhausted(started, lanes.consecutiveTimeouts());
    }

    public void recordSubject(String scenarioId, Subject subject) {
        subjects.put(scenarioId, subject);
    }

    public Subject subject(String scenarioId) {
        return subjects.getOrDefault(scenarioId, Subject.NONE);
    }

    /** The per-pair verdicts of a scenario that examined every claimed blob type of a key. */
    public void recordPairs(String scenarioId, java.util.List<PairVerdict> verdicts) {
        pairs.put(scenarioId, java.util.List.copyOf(verdicts));
    }

    /** The per-pair verdicts of a scenario; empty for a scenario that examined one blob type. */
    public java.util.List<PairVerdict> pairs(String scenarioId) {
        return pairs.getOrDefault(scenarioId, java.util.List.of());
    }

    private volatile boolean htmlReport = true;
    private volatile Object finishedReport;
    private volatile java.nio.file.Path reportDirectory;

    /**
     * Where the run's reports go, for a report plugin configured without a directory (the CLI's: its scenarios are
     * discovered before the implementation has said its name, which names the default directory).
     */
    public java.nio.file.Path reportDirectory() {
        if (reportDirectory == null) {
            throw new IllegalStateException("no report directory: configure the plugin with one, e.g. "
                    + "org.cngkit.kit.report.VerdictPlugin:target/cngkit-report");
        }
        return reportDirectory;
    }

    public Session reportDirectory(java.nio.file.Path directory) {
        this.reportDirectory = directory;
        return this;
    }

    /** Whether the run writes report.html (the CLI always does; a test that reads only the verdicts may skip it). */
    public boolean htmlReport() {
        return htmlReport;
    }

    public Session htmlReport(boolean write) {
        this.htmlReport = write;
        return this;
    }

    /** The report the run's plugin wrote, handed over in memory (its type is the report package's). */
    public Object finishedReport() {
        return finishedReport;
    }

    public void finishedReport(Object report) {
        this.finishedReport = report;
    }

    @Override
    public void close() {
        lanes.close();
    }
}
