package org.cngkit.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Claims;

/**
 * One way a blob gets into the reference: an algorithm and a blob type it claims to import, through
 * {@code BCryptImportKey} (the symmetric types) or {@code BCryptImportKeyPair} (every other).
 */
record ImportPath(String algorithm, String blobType) {
    private static final Set<String> SYMMETRIC_TYPES = Set.of(BlobTypes.KEY_DATA, BlobTypes.OPAQUE_KEY,
            BlobTypes.AES_WRAP_KEY);

    /** Every import the claims list, ordered by algorithm id and blob type, so an index names the same path each run. */
    static List<ImportPath> all(Claims claims) {
        return claims.algorithms().stream()
                .flatMap(claim -> claim.importBlobTypes().stream().map(type -> new ImportPath(claim.algorithmId(), type)))
                .sorted(Comparator.comparing(ImportPath::algorithm).thenComparing(ImportPath::blobType))
                .toList();
    }

    boolean isKeyPair() {
        return !SYMMETRIC_TYPES.contains(blobType);
    }

    boolean isUnderKey() {
        return blobType.equals(BlobTypes.AES_WRAP_KEY);
    }

    @Override
    public String toString() {
        return algorithm + " " + blobType;
    }
}
