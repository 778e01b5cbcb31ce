package org.cngkit.vectors;

import java.util.List;

/** What the layout-check tests take from the packaged vectors: a group, one of its expected blobs, the findings. */
final class VectorGroups {
    private VectorGroups() {
    }

    /** Group {@code tgId} of a vector file. */
    static TestGroup group(String file, int tgId) {
        return VectorCatalog.load().file(file).testGroups().stream().filter(g -> g.tgId() == tgId).findFirst()
                .orElseThrow();
    }

    /** The expected blob of the group's test of {@code blobType} (a copy). */
    static byte[] expected(TestGroup group, String blobType) {
        return group.tests().stream().filter(t -> t.blobType().equals(blobType)).findFirst().orElseThrow()
                .expected().blob();
    }

    /** The fields the layout check finds wrong in {@code blob}. */
    static List<String> fields(String blobType, VectorKey key, byte[] blob) {
        return BlobCrossCheck.check(blobType, key, blob).stream().map(BlobMismatch::field).toList();
    }
}
