package org.cngkit.vectors;

import java.util.List;
import java.util.Optional;

/** A {@link BlobChecker} whose work is counted by {@link OracleClock}. */
record TimedChecker(BlobChecker checker) implements BlobChecker {
    @Override
    public String blobType() {
        return checker.blobType();
    }

    @Override
    public List<BlobMismatch> check(byte[] blob, VectorKey key) {
        return OracleClock.time(() -> checker.check(blob, key));
    }

    @Override
    public Optional<KeyMaterial> material(byte[] blob) {
        return OracleClock.time(() -> checker.material(blob));
    }
}
