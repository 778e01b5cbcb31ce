package org.cngkit.kit.report;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestStepFinished;
import org.cngkit.kit.session.PairVerdict;
import io.cucumber.plugin.event.TestRunStarted;
import org.cngkit.kit.session.RunTimings;
import org.cngkit.kit.session.Session;
import org.cngkit.kit.session.Subject;
import org.cngkit.kit.spec.SpecRow;
import org.cngkit.kit.spec.SpecRows;
import org.cngkit.kit.verdict.NotClaimed;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.layout.BlobDiff;
import org.cngkit.kit.verdict.PairFailures;
import org.cngkit.kit.verdict.Violation;

/**
 * Cucumber plugin that turns scenario results into verdicts and writes the reports ({@code verdicts.json},
 * {@code junit.xml}, {@code summary.md}, {@code report.html}) into the directory given as its argument:
 * {@code cucumber.plugin = org.cngkit.kit.report.VerdictPlugin:reports/acme}; without one, into the open session's
 * {@link Session#reportDirectory}. Each verdict is also appended to
 * the {@link RunJournal} as it is reached, so a run that never finishes still leaves a report, marked incomplete.
 */
public final class VerdictPlugin implements ConcurrentEventListener {
    /** Feature file, then line (numerically); a scenario's per-pair verdicts keep their order. */
    static final java.util.Comparator<Verdict> IN_FILE_ORDER = java.util.Comparator
            .comparing((Verdict v) -> v.location().substring(0, v.location().lastIndexOf(':')))
            .thenComparingInt(v -> Integer.parseInt(v.location().substring(v.location().lastIndexOf(':') + 1)));

    private final Path directory;
    private final List<Verdict> verdicts = Collections.synchronizedList(new ArrayList<>());
    private final Map<UUID, List<Verdict.Step>> steps = new ConcurrentHashMap<>();
    private final RunJournal journal;
    /** Read while the scenarios run (file hashes, the kit's commit); finished when the report is written. */
    private volatile ProvenanceReader.Pending provenance;

    public VerdictPlugin(String directory) {
        this(Path.of(directory));
    }

    /** Writes into the directory of the session the run opened ({@link Session#reportDirectory}): the CLI's form. */
    public VerdictPlugin() {
        this(Session.current().reportDirectory());
    }

    private VerdictPlugin(Path directory) {
        this.directory = directory;
        this.journal = new RunJournal(directory);
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
        publisher.registerHandlerFor(TestRunStarted.class, e -> {
            Session session = Session.current();
            journal.begin(session.provider().name());
            provenance = ProvenanceReader.begin(session.provider(), session.claims());
        });
        publisher.registerHandlerFor(TestCaseFinished.class, this::finished);
        publisher.registerHandlerFor(TestRunFinished.class, e -> write());
    }

    private void stepFinished(TestStepFinished event) {
        if (event.getTestStep() instanceof PickleStepTestStep step) {
            steps.computeIfAbsent(event.getTestCase().getId(), k -> Collections.synchronizedList(new ArrayList<>()))
                    .add(new Verdict.Step(step.getStep().getKeyword().trim(), step.getStep().getText(),
                            event.getResult().getStatus().name()));
        }
    }

    private void finished(TestCaseFinished event) {
        TestCase tc = event.getTestCase();
        Result result = event.getResult();
        List<String> tags = tc.getTags();
        Session session = Session.current();
        Subject subject = session.subject(tc.getId().toString());
        String location = tc.getUri().toString().replaceFirst("^classpath:", "") + ":" + tc.getLocation().getLine();
        List<String> rows = tags.stream().filter(t -> t.startsWith("@row:")).map(t -> t.substring(5)).toList();
        String level = tags.contains("@should") ? "should" : "must";
        String source = tags.stream().filter(t -> t.startsWith("@source:")).map(t -> t.substring(8)).findFirst().orElse("-");
        List<PairVerdict> pairs = session.pairs(tc.getId().toString());
        if (!pairs.isEmpty() && (result.getStatus() == Status.PASSED || result.getError() instanceof PairFailures)) {
            long millis = result.getDuration().toMillis() / pairs.size();
            for (PairVerdict p : pairs) {
                List<String> pairRows = new ArrayList<>(rows);
                if (!pairRows.contains("blob." + p.blobType())) {
                    pairRows.add("blob." + p.blobType());
                }
                Verdict verdict = new Verdict(tc.getName() + " [" + p.blobType() + "]", location, List.copyOf(pairRows),
                        level, source, p.algorithm(), p.blobType(), p.outcome(), p.reason(), p.expected(), p.provided(),
                        millis, List.copyOf(steps.getOrDefault(tc.getId(), List.of())), null);
                verdicts.add(verdict);
                journal.append(verdict);
            }
            steps.remove(tc.getId());
            return;
        }
        Judgement j = judge(result);
        Verdict verdict = new Verdict(tc.getName(), location, rows, level, source,
                subject.algorithm(), subject.blobType(), j.outcome, j.reason, j.expected, j.provided,
                result.getDuration().toMillis(), List.copyOf(steps.getOrDefault(tc.getId(), List.of())), j.blobDiff);
        steps.remove(tc.getId());
        verdicts.add(verdict);
        journal.append(verdict);
    }

    private record Judgement(Outcome outcome, String reason, String expected, String provided, BlobDiff blobDiff) {
        Judgement(Outcome outcome, String reason, String expected, String provided) {
            this(outcome, reason, expected, provided, null);
        }
    }

    static Judgement judge(Result result) {
        Throwable error = result.getError();
        if (result.getStatus() == Status.PASSED) {
            return new Judgement(Outcome.PASSED, null, null, null);
        }
        if (error instanceof NotClaimed nc) {
            return new Judgement(Outcome.NOT_CLAIMED, nc.getMessage(), null, null);
        }
        if (error instanceof Violation v) {
            return new Judgement(v.outcome(), v.reason(), v.expected(), v.provided(), v.blobDiff());
        }
        String why = error == null ? "scenario ended " + result.getStatus()
                : error.getClass().getSimpleName() + ": " + error.getMessage();
        return new Judgement(Outcome.KIT_ERROR, why, null, null);
    }

    private void write() {
        long writing = System.nanoTime();
        Session session = Session.current();
        // Scenarios that ran at the same time finish in any order: the report lists them by feature file and line.
        List<Verdict> all = verdicts.stream().sorted(IN_FILE_ORDER).toList();
        Set<String> covered = all.stream().flatMap(v -> v.rows().stream()).collect(Collectors.toSet());
        List<SpecRow> notCovered = SpecRows.load().rows().stream().filter(r -> !covered.contains(r.id())).toList();
        RunStamp stamp = new RunStamp(RunStamp.currentKitVersion(), session.vectors().sha256(), session.provider().name(),
                session.claims().profile().id(), session.declaredProfile().id(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                (provenance != null ? provenance : ProvenanceReader.begin(session.provider(), session.claims())).finish());
        CertificationReport report = new CertificationReport(stamp, all, notCovered);
        new ReportWriter(directory).write(report, session.htmlReport());
        session.finishedReport(report);
        journal.complete();
        RunTimings.phase(RunTimings.Phase.REPORT, writing);
    }
}
