package org.cngkit.kit.steps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.cngkit.kit.driver.LateWrite;
import org.cngkit.kit.session.PairVerdict;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.verdict.NotClaimed;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.PairFailures;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.Claims;

/**
 * One rule applied to every (algorithm, blob type) pair an implementation claims for a key, each pair judged on its
 * own: a failing pair does not stop the others, and the report lists every pair as a verdict of its own. The blob
 * types come from the claims, never from a sample, so a bug on any claimed type is examined.
 */
final class ClaimedPairs {
    private final List<PairVerdict> verdicts = new ArrayList<>();

    /** The blob types of the page that the claims export for keys of {@code algorithmId}, in the page's order. */
    static List<BlobType> exports(Claims claims, String algorithmId) {
        return ofWireNames(claims.algorithm(algorithmId).map(AlgorithmClaim::exportBlobTypes).orElse(Set.of()));
    }

    /** Those the claims both export and import for keys of {@code algorithmId}. */
    static List<BlobType> exportsAndImports(Claims claims, String algorithmId) {
        Set<String> imports = claims.algorithm(algorithmId).map(AlgorithmClaim::importBlobTypes).orElse(Set.of());
        return exports(claims, algorithmId).stream().filter(t -> imports.contains(t.wireName())).toList();
    }

    private static List<BlobType> ofWireNames(Set<String> wireNames) {
        return Arrays.stream(BlobType.values()).filter(t -> wireNames.contains(t.wireName())).toList();
    }

    /**
     * Applies {@code rule} to each of {@code types}, recording a verdict per pair; fails the scenario with a summary
     * when a pair failed. A scenario whose key has no such type claimed is NOT_CLAIMED as a whole.
     */
    void check(String algorithmId, List<BlobType> types, String what, Consumer<BlobType> rule) {
        if (types.isEmpty()) {
            throw new NotClaimed(what + " for " + algorithmId + " keys");
        }
        for (BlobType type : types) {
            verdicts.add(judge(algorithmId, type, rule));
        }
        List<PairVerdict> failed = verdicts.stream().filter(PairVerdict::failed).toList();
        if (!failed.isEmpty()) {
            throw summary(failed);
        }
    }

    private static PairVerdict judge(String algorithmId, BlobType type, Consumer<BlobType> rule) {
        try {
            rule.accept(type);
            return new PairVerdict(algorithmId, type.name(), Outcome.PASSED, null, null, null);
        } catch (NotClaimed nc) {
            return new PairVerdict(algorithmId, type.name(), Outcome.NOT_CLAIMED, nc.getMessage(), null, null);
        } catch (Violation v) {
            return new PairVerdict(algorithmId, type.name(), v.outcome(), v.reason(), v.expected(), v.provided());
        }
    }

    /**
     * Turns writes made after a call returned into failures of the pairs whose blob type the call had. Returns the
     * failure for the scenario as a whole when a late write belongs to no pair (a setup call), else {@code null};
     * a pair that failed only now makes the scenario fail with the pairs' summary.
     */
    Violation attributeLateWrites(List<LateWrite> late) {
        if (late.isEmpty()) {
            return null;
        }
        List<LateWrite> unattributed = new ArrayList<>();
        boolean newlyFailed = false;
        for (LateWrite w : late) {
            boolean matched = false;
            for (int i = 0; i < verdicts.size(); i++) {
                PairVerdict p = verdicts.get(i);
                if (w.blobType() != null && BlobType.named(p.blobType()).wireName().equals(w.blobType())) {
                    matched = true;
                    if (!p.failed()) {
                        verdicts.set(i, new PairVerdict(p.algorithm(), p.blobType(), Outcome.OVERRUN,
                                w.call() + " wrote into its buffer after it returned", "no change after the call returned",
                                w.detail()));
                        newlyFailed = true;
                    }
                }
            }
            if (!matched) {
                unattributed.add(w);
            }
        }
        if (!unattributed.isEmpty()) {
            LateWrite first = unattributed.get(0);
            return new Violation(Outcome.OVERRUN, first.call() + " wrote into its buffer after it returned",
                    "no change after the call returned", unattributed.stream().map(w -> w.call() + " " + w.detail())
                    .collect(Collectors.joining("; ")));
        }
        return newlyFailed ? summary(verdicts.stream().filter(PairVerdict::failed).toList()) : null;
    }

    private static PairFailures summary(List<PairVerdict> failed) {
        PairVerdict first = failed.get(0);
        return new PairFailures(first.outcome(), failed.size() + " claimed blob type(s) fail: " + failed.stream()
                .map(p -> p.blobType() + " (" + p.outcome() + ": " + p.reason() + ")").collect(Collectors.joining("; ")),
                first.expected(), first.provided());
    }

    List<PairVerdict> verdicts() {
        return List.copyOf(verdicts);
    }
}
