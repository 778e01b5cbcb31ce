package org.cngkit.kit.report;

import java.util.List;

import org.cngkit.kit.layout.BlobDiff;
import org.cngkit.kit.verdict.Outcome;

/**
 * The judgement of one scenario.
 *
 * @param scenario  the scenario's name
 * @param location  feature file and line
 * @param rows      the requirement rows it traces ({@code @row:} tags)
 * @param level     {@code must} or {@code should}
 * @param source    {@code doc}, {@code windows-observed} or {@code doc-silent}
 * @param algorithm the algorithm of the key it examined, or {@code -}
 * @param blobType  the blob type it exported, or {@code -}
 * @param outcome   the outcome
 * @param reason    why, when not PASSED
 * @param expected  what was expected (redacted), when not PASSED
 * @param provided  what the implementation provided (redacted), when not PASSED
 * @param millis    how long it took
 * @param steps     the scenario's Gherkin steps with how each ended
 * @param blobDiff  the judged blob field by field (expected beside provided), when a blob was judged and failed
 */
public record Verdict(String scenario, String location, List<String> rows, String level, String source,
                      String algorithm, String blobType, Outcome outcome, String reason, String expected,
                      String provided, long millis, List<Step> steps, BlobDiff blobDiff) {

    /** One Gherkin step as it ran: {@code Given}, its text, and PASSED / FAILED / SKIPPED / UNDEFINED. */
    public record Step(String keyword, String text, String status) {
    }

    public boolean mandatory() {
        return "must".equals(level);
    }
}
