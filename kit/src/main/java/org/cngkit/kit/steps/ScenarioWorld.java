package org.cngkit.kit.steps;

import java.util.ArrayList;
import java.util.List;

import org.cngkit.kit.driver.Driver;
import org.cngkit.kit.driver.ExportCall;
import org.cngkit.kit.driver.ExportResult;
import org.cngkit.kit.driver.OutputBuffer;
import org.cngkit.kit.session.Session;
import org.cngkit.kit.session.Subject;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.report.SummaryCurve;
import org.cngkit.kit.spec.EccCurves;
import org.cngkit.kit.spec.KeyFamily;
import org.cngkit.kit.verdict.NotClaimed;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.vectors.TestGroup;
import org.cngkit.vectors.VectorTest;

/**
 * The state of one scenario, shared by its step classes (Cucumber creates one per scenario). It also owns the
 * objects the scenario opened in the implementation and releases them afterwards.
 */
public final class ScenarioWorld {
    /**
     * cbOutput of an export that does not care about sizes: larger than any blob of the page. The largest is the
     * BCRYPT_RSAFULLPRIVATE_BLOB of a 16,384-bit key (CNG's largest RSA size): a 24-byte header, an exponent of at
     * most 8 bytes, n and d of 2,048 bytes each and five 1,024-byte CRT values, 9,248 bytes in all. Every byte of it
     * travels to a child JVM or harness and back, so it is not larger than it needs to be.
     */
    static final int AMPLE = 1 << 14;

    final Session session = Session.current();
    /** This scenario's lane of the implementation, given back when it ends ({@link Hooks}). */
    final Driver driver = session.lease();

    KeyUnderTest key;
    KeyUnderTest secondKey;
    KeyUnderTest importedKey;
    /** The AES key every BCRYPT_AES_WRAP_KEY_BLOB export and import of the scenario passes as hExportKey / hImportKey. */
    KeyUnderTest wrappingKey;
    Handle algorithmHandle = Handle.NULL;
    ExportResult lastExport;
    NtStatus lastImport;
    /** The status of the last BCryptGenerateKeyPair a When step made. */
    NtStatus lastKeyPairCall;
    /** The status of the scenario's last BCryptSetProperty that is itself examined (not a setup step). */
    NtStatus lastSetProperty;
    /** The handle the last import returned in *phKey (NULL when it returned none). */
    Handle lastImportHandle = Handle.NULL;
    /** The per-pair verdicts of a scenario that applies its rule to every claimed blob type. */
    final ClaimedPairs pairs = new ClaimedPairs();
    private java.util.List<String> scenarioTags = java.util.List.of();
    private BlobType firstBlobType;
    private String subjectAlgorithm;

    private final List<Handle> keys = new ArrayList<>();
    private final List<Handle> algorithms = new ArrayList<>();

    VectorTest vector(String reference) {
        int hash = reference.lastIndexOf('#');
        if (hash < 0) {
            throw new IllegalArgumentException("a vector reference looks like file.json#tcId, not '" + reference + "'");
        }
        return session.vectors().test(reference.substring(0, hash), Integer.parseInt(reference.substring(hash + 1)));
    }

    /** Opens (once per scenario and algorithm) an algorithm handle, failing the scenario if the provider refuses. */
    Handle algorithm(String algorithmId) {
        Driver.Opened opened = driver.openAlgorithm(algorithmId);
        requireSuccess("BCryptOpenAlgorithmProvider(" + algorithmId + ")", opened.status());
        algorithms.add(opened.handle());
        return opened.handle();
    }

    void ownKey(Handle handle) {
        keys.add(handle);
    }

    void requireAlgorithm(String algorithmId) {
        if (subjectAlgorithm == null) {
            subjectAlgorithm = algorithmId;
        }
        if (session.claims().algorithm(algorithmId).isEmpty()) {
            throw new NotClaimed("algorithm " + algorithmId);
        }
    }

    void requireKeySize(String algorithmId, int bits) {
        requireAlgorithm(algorithmId);
        if (!session.claims().claimsKeySize(algorithmId, bits)) {
            throw new NotClaimed(algorithmId + " keys of " + bits + " bits");
        }
    }

    /** An ECCCurveName the implementation claims for ECDH / ECDSA (listed among the algorithm's parameter sets). */
    void requireCurve(String algorithmId, String curve) {
        requireAlgorithm(algorithmId);
        if (!session.claims().claimsParameterSet(algorithmId, curve)) {
            throw new NotClaimed(algorithmId + " keys on the curve " + curve);
        }
    }

    void requireParameterSet(String algorithmId, String parameterSet) {
        requireAlgorithm(algorithmId);
        if (!session.claims().claimsParameterSet(algorithmId, parameterSet)) {
            throw new NotClaimed(algorithmId + " keys of parameter set " + parameterSet);
        }
    }

    /**
     * The group's key: its parameter set where it has one, its curve where it names one (an implementation claims
     * the ECCCurveName values of ECDH / ECDSA as their parameter sets), else its size.
     */
    void requireKeyOf(TestGroup group) {
        String parameterSet = group.key().parameterSet();
        if (parameterSet != null) {
            requireParameterSet(group.algorithm(), parameterSet);
        } else if (group.key().curve() != null) {
            requireCurve(group.algorithm(), group.key().curve());
        } else {
            requireKeySize(group.algorithm(), group.keyBits());
        }
    }

    void requireExport(KeyUnderTest k, BlobType type) {
        if (firstBlobType == null) {
            firstBlobType = type;
        }
        if (k != null && type.appliesTo(k.family()) && !session.claims().claimsExport(k.algorithmId(), type.wireName())) {
            throw new NotClaimed("export of " + k.algorithmId() + " keys as " + type.name());
        }
    }

    /** Makes {@code type} the scenario's subject blob type if none is yet. */
    void markSubject(BlobType type) {
        if (firstBlobType == null) {
            firstBlobType = type;
        }
    }

    /** An import the scenario examines: claimed, and its blob type is the scenario's subject if none is yet. */
    void requireImport(String algorithmId, BlobType type) {
        if (firstBlobType == null) {
            firstBlobType = type;
        }
        requireImportForSetup(algorithmId, type);
    }

    /**
     * An import that only sets up the key a scenario examines (a Given step): claimed, but not the subject, which
     * stays the blob type the scenario then exports or imports.
     */
    void requireImportForSetup(String algorithmId, BlobType type) {
        if (!session.claims().claimsImport(algorithmId, type.wireName()) && !examinesClaimedExport(algorithmId)) {
            throw new NotClaimed("import of " + algorithmId + " keys from " + type.name());
        }
    }

    /**
     * Whether the scenario examines (by its {@code @row:blob.*} tags) a blob type the implementation claims to export
     * for this algorithm. Such a scenario is never excused for want of a claimed import: the kit imports the vector's
     * key anyway, so that leaving imports out of the claims cannot hide a claimed export from examination.
     */
    private boolean examinesClaimedExport(String algorithmId) {
        return scenarioTags.stream().filter(t -> t.startsWith("@row:blob."))
                .map(t -> t.substring("@row:blob.".length()))
                .flatMap(name -> java.util.Arrays.stream(BlobType.values()).filter(b -> b.name().equals(name)))
                .anyMatch(b -> session.claims().claimsExport(algorithmId, b.wireName()));
    }

    /** The scenario's tags, for the claim rules; set before its first step. */
    void scenarioTags(java.util.Collection<String> tags) {
        scenarioTags = java.util.List.copyOf(tags);
    }

    static void requireSuccess(String what, NtStatus status) {
        if (!status.isSuccess()) {
            throw new Violation(Outcome.WRONG_STATUS, "setting up the scenario: " + what + " failed",
                    "STATUS_SUCCESS", status.toString());
        }
    }

    ExportResult export(ExportCall call, BlobType type) {
        if (type != null && firstBlobType == null) {
            firstBlobType = type;
        }
        lastExport = driver.export(withWrappingKey(call, type));
        return lastExport;
    }

    /**
     * The call with the scenario's wrapping key as hExportKey when it exports BCRYPT_AES_WRAP_KEY_BLOB and names no
     * other; every other call unchanged (hExportKey stays NULL for the other blob types).
     */
    private ExportCall withWrappingKey(ExportCall call, BlobType type) {
        if (type == BlobType.BCRYPT_AES_WRAP_KEY_BLOB && wrappingKey != null && Handle.isNull(call.exportKey())) {
            return call.withExportKey(wrappingKey.handle());
        }
        return call;
    }

    /** hImportKey for an import of {@code type}: the wrapping key for BCRYPT_AES_WRAP_KEY_BLOB, else NULL. */
    Handle importKeyFor(BlobType type) {
        return type == BlobType.BCRYPT_AES_WRAP_KEY_BLOB && wrappingKey != null ? wrappingKey.handle() : Handle.NULL;
    }

    /** An algorithm handle to import keys like {@code k} into: with its curve set where the algorithm needs one. */
    Handle algorithmFor(KeyUnderTest k) {
        Handle handle = algorithm(k.algorithmId());
        if (EccCurves.needsCurveName(k.algorithmId())) {
            setCurveName(handle, EccCurves.nistName(k.keyBits()));
        }
        return handle;
    }

    /** The vector whose key.kek becomes the wrapping key when a scenario needs one and named none. */
    static final String WRAPPING_KEY_VECTOR = "aes_wrap_key_blob_test.json#1";

    /** Makes the scenario's wrapping key from {@link #WRAPPING_KEY_VECTOR} if it has none yet. */
    void ensureWrappingKey() {
        if (wrappingKey != null) {
            return;
        }
        byte[] kek = vector(WRAPPING_KEY_VECTOR).group().key().component(org.cngkit.vectors.KeyMaterial.KEK);
        if (!session.claims().claimsKeySize("AES", kek.length * 8)) {
            throw new NotClaimed("AES keys of " + kek.length * 8 + " bits, the wrapping key");
        }
        Driver.Opened opened = driver.generateSymmetricKey(algorithm("AES"), kek);
        requireSuccess("BCryptGenerateSymmetricKey(AES) of the wrapping key", opened.status());
        ownKey(opened.handle());
        wrappingKey = new KeyUnderTest(opened.handle(), "AES", kek.length * 8, null);
    }

    /** Closes every algorithm handle the scenario opened so far (a later {@link #algorithm} opens a fresh one). */
    void closeAlgorithms() {
        for (Handle a : algorithms) {
            requireSuccess("BCryptCloseAlgorithmProvider", driver.closeAlgorithm(a));
        }
        algorithms.clear();
    }

    /** Sets {@code ECCCurveName} on an algorithm handle; the scenario fails if the provider refuses. */
    void setCurveName(Handle algorithm, String curve) {
        requireSuccess("BCryptSetProperty(" + EccCurves.PROPERTY + ", " + curve + ")",
                driver.setStringProperty(algorithm, EccCurves.PROPERTY, curve));
    }

    /** The function that imports keys of {@code algorithmId}: BCryptImportKey or BCryptImportKeyPair. */
    static String importFunction(String algorithmId) {
        return isSymmetric(algorithmId) ? "BCryptImportKey" : "BCryptImportKeyPair";
    }

    /** Imports {@code blob} as {@code type} into a new handle of {@code algorithmId}. */
    Driver.Opened importBlob(String algorithmId, BlobType type, byte[] blob) {
        return importBlob(algorithm(algorithmId), algorithmId, type, blob);
    }

    /**
     * Imports {@code blob} as {@code type} on the algorithm handle {@code algorithm} of {@code algorithmId}:
     * BCryptImportKey for a symmetric algorithm (under the wrapping key where it applies), BCryptImportKeyPair for
     * the others. The status and handle are the scenario's last import.
     */
    Driver.Opened importBlob(Handle algorithm, String algorithmId, BlobType type, byte[] blob) {
        return importBlob(algorithm, algorithmId, type, blob, blob.length);
    }

    /** The same with a cbInput of the scenario's choosing, which may disagree with the blob's own length fields. */
    Driver.Opened importBlob(Handle algorithm, String algorithmId, BlobType type, byte[] blob, int cbInput) {
        Driver.Opened opened = isSymmetric(algorithmId)
                ? driver.importKey(algorithm, importKeyFor(type), type.wireName(), blob, cbInput)
                : driver.importKeyPair(algorithm, type.wireName(), blob, cbInput);
        lastImport = opened.status();
        lastImportHandle = opened.handle();
        if (!Handle.isNull(opened.handle())) {
            ownKey(opened.handle());
        }
        return opened;
    }

    private static boolean isSymmetric(String algorithmId) {
        return KeyFamily.ofAlgorithm(algorithmId) == KeyFamily.SYMMETRIC;
    }

    /** The blob of the last export; the scenario fails with WRONG_STATUS when that export failed. */
    byte[] exportedBlob() {
        if (lastExport == null) {
            throw new IllegalStateException("no export was made in this scenario");
        }
        if (!lastExport.status().isSuccess()) {
            throw new Violation(Outcome.WRONG_STATUS, "the export this step needs failed",
                    "STATUS_SUCCESS", lastExport.status().toString());
        }
        byte[] blob = lastExport.blob();
        if (blob == null) {
            throw new Violation(Outcome.WRONG_BLOB, "the export produced no blob", "a blob", "nothing");
        }
        return blob;
    }


    /**
     * The size an export of the current key as {@code type} must have: the length of the vector's expected blob
     * where the vector has one (an independent figure), else the length of what a plain export produces. Never
     * the answer of the call being judged, so a size query is not compared with itself.
     */
    long requiredSize(BlobType type) {
        byte[] expected = expectedBlob(key, type);
        if (expected != null) {
            return expected.length;
        }
        return plainExport(type).length;
    }

    /** An export with every parameter at its ordinary value; the scenario fails if it does not succeed. */
    byte[] plainExport(BlobType type) {
        ExportResult r = driver.export(withWrappingKey(ExportCall.of(key.handle(), type.wireName(), OutputBuffer.sized(AMPLE)), type));
        requireSuccess("BCryptExportKey(" + type.name() + ") with ordinary parameters", r.status());
        byte[] blob = r.blob();
        if (blob == null) {
            throw new Violation(Outcome.WRONG_SIZE, "a plain export succeeded without a usable *pcbResult",
                    "the number of bytes copied", String.valueOf(r.pcbResult()));
        }
        return blob;
    }

    static byte[] expectedBlob(KeyUnderTest k, BlobType type) {
        if (k == null || k.vector() == null) {
            return null;
        }
        return k.vector().group().tests().stream()
                .filter(t -> t.blobType().equals(type.name()) && t.expected().blob() != null)
                .map(t -> t.expected().blob()).findFirst().orElse(null);
    }

    Subject subject() {
        String algorithm = subjectAlgorithm != null ? subjectAlgorithm : key != null ? key.algorithmId() : "-";
        if (key != null && key.curve() != null && algorithm.equals(key.algorithmId())) {
            // a key of ECDH / ECDSA on a named curve: the report lists it by curve too
            algorithm = algorithm + SummaryCurve.SEPARATOR + key.curve();
        }
        String blob = firstBlobType != null ? firstBlobType.name() : "-";
        return new Subject(algorithm, blob);
    }

    /** Destroys the keys and closes the algorithm handles the scenario opened; failures here are not verdicts. */
    void release() {
        for (Handle k : keys) {
            quietly(() -> driver.destroyKey(k));
        }
        for (Handle a : algorithms) {
            quietly(() -> driver.closeAlgorithm(a));
        }
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | Violation e) {
            // The scenario's verdict is already decided; a failing clean-up must not change it.
        }
    }
}
