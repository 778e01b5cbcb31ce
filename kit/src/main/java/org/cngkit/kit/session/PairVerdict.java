package org.cngkit.kit.session;

import org.cngkit.kit.verdict.Outcome;

/**
 * The judgement of one rule on one claimed (algorithm, blob type) pair, for a scenario that applies its rule to
 * every blob type the implementation claims for a key. The report lists each pair as a verdict of its own.
 *
 * @param algorithm the key's algorithm
 * @param blobType  the blob type's constant ({@code BCRYPT_RSAPUBLIC_BLOB})
 * @param outcome   PASSED, NOT_CLAIMED or the failure's outcome
 * @param reason    why, when not PASSED
 * @param expected  what was expected (redacted), when failed
 * @param provided  what was provided (redacted), when failed
 */
public record PairVerdict(String algorithm, String blobType, Outcome outcome, String reason, String expected,
                          String provided) {

    public boolean failed() {
        return outcome.isNonConformance() || outcome == Outcome.KIT_ERROR;
    }
}
