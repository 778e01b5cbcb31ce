package org.cngkit.kit.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.cngkit.kit.spec.SpecRow;
import org.cngkit.kit.verdict.Outcome;

/**
 * Everything a run concluded: the verdicts, the requirement rows no scenario of the run covered, and the stamp.
 * {@code verdicts.json} is this record serialised.
 */
public record CertificationReport(RunStamp stamp, List<Verdict> verdicts, List<SpecRow> notCovered) {

    public Map<Outcome, Integer> totals() {
        Map<Outcome, Integer> totals = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            totals.put(o, 0);
        }
        verdicts.forEach(v -> totals.merge(v.outcome(), 1, Integer::sum));
        return totals;
    }

    /** Mandatory scenarios the implementation failed. */
    public List<Verdict> mandatoryFailures() {
        return verdicts.stream().filter(v -> v.mandatory() && v.outcome().isNonConformance()).toList();
    }

    /** Recommended scenarios the implementation failed; reported, but they do not fail certification. */
    public List<Verdict> recommendationFailures() {
        return verdicts.stream().filter(v -> !v.mandatory() && v.outcome().isNonConformance()).toList();
    }

    public List<Verdict> kitErrors() {
        return verdicts.stream().filter(v -> v.outcome() == Outcome.KIT_ERROR).toList();
    }

    /**
     * Certified: no kit error, every claimed mandatory scenario passed, and at least one scenario on a key passed (an
     * implementation that claims nothing has shown nothing).
     */
    public boolean certified() {
        return kitErrors().isEmpty() && mandatoryFailures().isEmpty() && examinedAnything();
    }

    /**
     * Whether a scenario that examined a key of some algorithm passed, i.e. the claims let the kit examine
     * something (the NULL-handle scenarios need no claim and do not count).
     */
    public boolean examinedAnything() {
        return verdicts.stream().anyMatch(v -> v.outcome() == Outcome.PASSED && !"-".equals(v.algorithm()));
    }
}
