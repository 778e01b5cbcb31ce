package org.cngkit.kit.steps;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.cucumber.java.en.Then;
import org.cngkit.kit.driver.ExportCall;
import org.cngkit.kit.driver.ExportResult;
import org.cngkit.kit.driver.OutputBuffer;
import org.cngkit.kit.layout.BlobDiff;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.verdict.Evidence;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.vectors.BlobCrossCheck;
import org.cngkit.vectors.BlobMismatch;
import org.cngkit.vectors.KeyMaterial;
import org.cngkit.vectors.KeyRelations;
import org.cngkit.vectors.VectorKey;
import org.cngkit.vectors.VectorTest;

/** Steps that judge what the implementation returned. Each failed check names its outcome. */
public final class CheckSteps {
    private final ScenarioWorld world;

    public CheckSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Then("the status is {status}")
    public void statusIs(NtStatus expected) {
        NtStatus actual = last().status();
        if (actual.value() != expected.value()) {
            throw new Violation(Outcome.WRONG_STATUS, "BCryptExportKey returned another status", expected.toString(), actual.toString());
        }
    }

    @Then("the status is one of {statuses}")
    public void statusIsOneOf(List<NtStatus> allowed) {
        NtStatus actual = last().status();
        if (allowed.stream().noneMatch(s -> s.value() == actual.value())) {
            throw new Violation(Outcome.WRONG_STATUS, "BCryptExportKey returned a status outside the acceptable set",
                    "one of " + allowed, actual.toString());
        }
    }

    @Then("the import status is {status}")
    public void importStatusIs(NtStatus expected) {
        NtStatus actual = world.lastImport;
        if (actual == null || actual.value() != expected.value()) {
            throw new Violation(Outcome.WRONG_STATUS, "BCryptImportKey returned another status", expected.toString(), String.valueOf(actual));
        }
    }

    @Then("the import status is one of {statuses}")
    public void importStatusIsOneOf(List<NtStatus> allowed) {
        NtStatus actual = world.lastImport;
        if (actual == null || allowed.stream().noneMatch(s -> s.value() == actual.value())) {
            throw new Violation(Outcome.WRONG_STATUS, "BCryptImportKey returned a status outside the acceptable set",
                    "one of " + allowed, String.valueOf(actual));
        }
    }

    @Then("no key handle was returned")
    public void noKeyHandleReturned() {
        if (!Handle.isNull(world.lastImportHandle)) {
            throw new Violation(Outcome.WRONG_BLOB, "a refused import stored a key handle in *phKey",
                    "*phKey left NULL", world.lastImportHandle.toString());
        }
    }

    /**
     * The export's status is one the vector accepts (its status or one of alsoAcceptable); a refusal wrote nothing,
     * and a success produced exactly the vector's blob, which the oracle also accepts.
     */
    @Then("the status is one vector {string} accepts")
    public void statusAcceptedByVector(String reference) {
        VectorTest v = world.vector(reference);
        NtStatus actual = last().status();
        if (!v.expected().accepts(actual.name())) {
            throw new Violation(Outcome.WRONG_STATUS, "BCryptExportKey returned a status the vector does not accept",
                    "one of " + v.expected().acceptableStatuses(), actual.toString());
        }
        if (!actual.isSuccess()) {
            nothingWritten();
        } else if (v.expected().hasBlob()) {
            blobEqualsVector(reference);
            blobParses(BlobType.named(v.blobType()), reference);
        }
    }

    /** The import's status is one the vector accepts; a refusal returned no key handle. */
    @Then("the import status is one vector {string} accepts")
    public void importStatusAcceptedByVector(String reference) {
        VectorTest v = world.vector(reference);
        NtStatus actual = world.lastImport;
        if (actual == null || !v.expected().accepts(actual.name())) {
            throw new Violation(Outcome.WRONG_STATUS, "BCryptImportKey returned a status the vector does not accept",
                    "one of " + v.expected().acceptableStatuses(), String.valueOf(actual));
        }
        if (!actual.isSuccess()) {
            noKeyHandleReturned();
        }
    }

    /** The imported key is the vector's key: its export as {@code type} encodes the vector's key material. */
    @Then("the imported key exports as the {blobType} of the key of vector {string}")
    public void importedKeyIsTheVectorsKey(BlobType type, String reference) {
        VectorTest v = world.vector(reference);
        if (world.importedKey == null) {
            throw new Violation(Outcome.WRONG_STATUS, "the import made no key", "a key handle from a successful import",
                    String.valueOf(world.lastImport));
        }
        world.requireExport(world.importedKey, type);
        ExportResult r = world.export(ExportCall.of(world.importedKey.handle(), type.wireName(),
                OutputBuffer.sized(ScenarioWorld.AMPLE)), type);
        ScenarioWorld.requireSuccess("BCryptExportKey(" + type.name() + ") of the imported key", r.status());
        List<BlobMismatch> problems = BlobCrossCheck.check(type.name(), v.group().vectorKey(), r.blob());
        if (!problems.isEmpty()) {
            throw laidOut(new Violation(Outcome.WRONG_BLOB, "the imported key is not the key of vector " + reference,
                    "a " + type.name() + " of the vector's key", describe(problems, type)), type, r.blob());
        }
    }

    @Then("the call is refused with STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED, or gives the blob of a plain {blobType} export")
    public void refusedOrIgnored(BlobType type) {
        ExportResult r = last();
        NtStatus s = r.status();
        if (s.value() == NtStatus.INVALID_PARAMETER.value() || s.value() == NtStatus.NOT_SUPPORTED.value()) {
            nothingWritten();
            return;
        }
        if (!s.isSuccess()) {
            throw new Violation(Outcome.WRONG_STATUS, "the call was neither refused as the page allows nor performed",
                    "STATUS_INVALID_PARAMETER, STATUS_NOT_SUPPORTED or STATUS_SUCCESS", s.toString());
        }
        byte[] plain = world.plainExport(type);
        requireSameBlob(plain, r.blob(), type, "the blob differs from an export with ordinary parameters");
    }

    @Then("*pcbResult is the size of the expected blob of vector {string}")
    public void pcbResultIsVectorSize(String reference) {
        pcbResultIs(world.vector(reference).expected().blob().length);
    }

    @Then("*pcbResult is the required size")
    public void pcbResultIsRequired() {
        BlobType type = blobTypeOfLastCall();
        pcbResultIs(world.requiredSize(type));
    }

    @Then("nothing was written to pbOutput")
    public void nothingWritten() {
        if (last().outputTouched()) {
            throw new Violation(Outcome.WRONG_BLOB, "a failing call wrote into pbOutput",
                    "pbOutput unchanged", "bytes before cbOutput changed");
        }
    }

    @Then("no byte after cbOutput was written")
    public void noOverrun() {
        ExportResult r = last();
        if (r.call().output().isNull()) {
            throw new IllegalStateException("this step needs a call with a real buffer");
        }
        int[] changed = r.call().output().overrunOffsets();
        if (changed.length > 0) {
            throw new Violation(Outcome.OVERRUN, "bytes after cbOutput changed", "canary intact", Arrays.toString(changed));
        }
    }

    @Then("the blob equals the expected blob of vector {string}")
    public void blobEqualsVector(String reference) {
        VectorTest v = world.vector(reference);
        BlobType type = BlobType.named(v.blobType());
        byte[] provided = last().blob();
        String reason = "the blob is not the one the vector expects";
        if (provided != null && BlobCrossCheck.supports(v.blobType())) {
            List<BlobMismatch> fields = BlobCrossCheck.check(v.blobType(), v.group().vectorKey(), provided);
            if (!fields.isEmpty()) {
                reason += "; layout check: " + describe(fields, type);
            }
        }
        requireSameBlob(v.expected().blob(), provided, type, reason);
    }

    @Then("the blob parses as the {blobType} of vector {string}")
    public void blobParses(BlobType type, String reference) {
        VectorTest v = world.vector(reference);
        if (!v.blobType().equals(type.name())) {
            throw new IllegalArgumentException("vector " + reference + " is a " + v.blobType() + " vector, not " + type.name());
        }
        requireLayout(type, v.group().vectorKey());
    }

    @Then("the blob equals the expected blob of the key's vector group")
    public void blobEqualsGroupExpectation() {
        BlobType type = blobTypeOfLastCall();
        byte[] expected = ScenarioWorld.expectedBlob(world.key, type);
        if (expected == null) {
            throw new IllegalStateException("the key's vector group expects no " + type.name());
        }
        requireSameBlob(expected, last().blob(), type, "the blob is not the one the vector group expects");
    }

    @Then("the blob matches its layout and the key's material")
    public void blobMatchesKeyMaterial() {
        BlobType type = blobTypeOfLastCall();
        if (world.key.vector() == null) {
            throw new IllegalStateException("this step needs a key made from a vector");
        }
        requireLayout(type, world.key.vector().group().vectorKey());
    }

    /**
     * For a key the implementation generated: the blob parses in the layout of its blob type, its components
     * satisfy the key's arithmetic (n = p q, d G = Q, y = g^x mod p...), and its lengths fit the key size.
     */
    @Then("the blob holds a consistent key in the layout of its blob type")
    public void blobHoldsConsistentKey() {
        blobHoldsConsistentKeyOf(world.key.keyBits());
    }

    /** The same for a key whose size the scenario changed after BCryptGenerateKeyPair (the KeyLength property). */
    @Then("the blob holds a consistent key of {int} bits in the layout of its blob type")
    public void blobHoldsConsistentKeyOf(int bits) {
        BlobType type = blobTypeOfLastCall();
        byte[] blob = world.exportedBlob();
        KeyMaterial material = BlobCrossCheck.checker(type.name()).material(blob).orElseThrow(() -> laidOut(new Violation(
                Outcome.WRONG_BLOB, "the blob does not parse as a " + type.name(), type.name(),
                world.session.evidence().bytes(blob, type.mayHoldSecrets())), type, blob));
        VectorKey key = new VectorKey(world.key.algorithmId(), bits,
                world.key.curve() == null ? material : material.onCurve(world.key.curve()));
        List<String> broken = KeyRelations.violations(key);
        if (!broken.isEmpty()) {
            throw laidOut(new Violation(Outcome.WRONG_BLOB, "the key in the blob is not consistent",
                    "components that satisfy the key's arithmetic", String.join("; ", broken)), type, blob);
        }
        requireLayout(type, key);
    }

    @Then("the blob carries the prime and generator of vector {string}")
    public void blobCarriesGroup(String reference) {
        BlobType type = blobTypeOfLastCall();
        KeyMaterial group = world.vector(reference).group().key();
        KeyMaterial read = BlobCrossCheck.checker(type.name()).material(world.exportedBlob()).orElseThrow(() -> new Violation(
                Outcome.WRONG_BLOB, "the blob does not parse as a " + type.name(), type.name(), "an unreadable blob"));
        for (String component : List.of("p", "g")) {
            if (!read.has(component) || !read.number(component).equals(group.number(component))) {
                throw new Violation(Outcome.WRONG_BLOB, "the key is not on the group that was set",
                        component + " of vector " + reference, "another " + component);
            }
        }
    }

    /**
     * Cross-format check: the key exports as both blob types, and every component the two blobs both carry (n, e,
     * p, q, ... or p, q, g, y, x, the DSA generation record) is the same number in both, whatever the byte order.
     */
    @Then("the {blobType} blob and the {blobType} blob of the key carry the same numbers")
    public void sameNumbers(BlobType first, BlobType second) {
        world.requireExport(world.key, first);
        world.requireExport(world.key, second);
        KeyMaterial a = exportedMaterial(first);
        KeyMaterial b = exportedMaterial(second);
        List<String> shared = a.components().keySet().stream().filter(b.components()::containsKey).toList();
        if (shared.isEmpty()) {
            throw new Violation(Outcome.WRONG_BLOB, "the two blobs share no key component", "the same key's numbers",
                    a.components().keySet() + " and " + b.components().keySet());
        }
        List<String> differing = shared.stream()
                .filter(c -> !Arrays.equals(KeyRelations.unsigned(a.component(c)), KeyRelations.unsigned(b.component(c))))
                .toList();
        if (!differing.isEmpty()) {
            throw new Violation(Outcome.WRONG_BLOB, "the " + first.name() + " and " + second.name()
                    + " exports of one key carry different numbers", "equal " + shared, "differing " + differing);
        }
    }

    private KeyMaterial exportedMaterial(BlobType type) {
        ExportResult r = world.export(ExportCall.of(world.key.handle(), type.wireName(), OutputBuffer.sized(ScenarioWorld.AMPLE)), type);
        ScenarioWorld.requireSuccess("BCryptExportKey(" + type.name() + ")", r.status());
        return BlobCrossCheck.checker(type.name()).material(r.blob()).orElseThrow(() -> laidOut(new Violation(Outcome.WRONG_BLOB,
                "the " + type.name() + " blob does not parse in its layout", type.name(),
                world.session.evidence().bytes(r.blob(), type.mayHoldSecrets())), type, r.blob()));
    }

    @Then("the magic of the blob is {string}")
    public void magicIs(String magic) {
        byte[] blob = world.exportedBlob();
        String actual = blob.length < 4 ? "(blob shorter than 4 bytes)"
                : new String(blob, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!actual.equals(magic)) {
            throw new Violation(Outcome.WRONG_BLOB, "the blob carries another magic", magic, actual);
        }
    }

    private void requireLayout(BlobType type, VectorKey key) {
        byte[] blob = world.exportedBlob();
        List<BlobMismatch> problems = BlobCrossCheck.check(type.name(), key, blob);
        if (!problems.isEmpty()) {
            throw laidOut(new Violation(Outcome.WRONG_BLOB, "the blob does not match the " + type.name() + " layout and the key material",
                    "fields equal to the key's material", describe(problems, type)), type, blob);
        }
    }

    /** Header fields are shown; fields that can hold key bytes only by name, unless secrets may be revealed. */
    private String describe(List<BlobMismatch> problems, BlobType type) {
        boolean reveal = world.session.settings().revealSecrets() || !type.mayHoldSecrets();
        return problems.stream().map(m -> reveal || isHeaderField(m.field()) ? m.toString() : m.field() + ": differs (redacted)")
                .collect(Collectors.joining("; "));
    }

    private static boolean isHeaderField(String field) {
        return field.startsWith("len_") || field.equals("magic") || field.equals("version") || field.equals("bit_length")
                || field.equals("structure") || field.equals("trailing") || field.equals("integrity");
    }

    private void pcbResultIs(long expected) {
        ExportResult r = last();
        if (r.pcbResult() == null) {
            throw new IllegalStateException("this step needs a call with a pcbResult");
        }
        if (!r.pcbResultWritten()) {
            throw new Violation(Outcome.WRONG_SIZE, "*pcbResult was not written", "*pcbResult = " + expected, "untouched");
        }
        if (r.pcbResult() != expected) {
            throw new Violation(Outcome.WRONG_SIZE, "*pcbResult is not the required size", "*pcbResult = " + expected,
                    "*pcbResult = " + r.pcbResult());
        }
    }

    private void requireSameBlob(byte[] expected, byte[] provided, BlobType type, String reason) {
        NtStatus status = last().status();
        if (provided == null && !status.isSuccess()) {
            throw new Violation(Outcome.WRONG_STATUS, "the export failed, so there is no blob to compare",
                    "STATUS_SUCCESS and the expected blob", status.toString());
        }
        if (provided == null || !Arrays.equals(expected, provided)) {
            Evidence evidence = world.session.evidence();
            boolean secret = type == null || type.mayHoldSecrets();
            String where = provided == null ? "no blob" : Evidence.firstDifference(expected, provided);
            BlobDiff diff = provided == null || type == null ? null
                    : BlobDiff.between(type, expected, provided, world.session.settings().revealSecrets());
            if (diff != null && diff.firstDifference() != null) {
                where += ", in field " + diff.firstDifference();
            }
            throw new Violation(Outcome.WRONG_BLOB, reason + " (" + where + ")",
                    evidence.bytes(expected, secret), evidence.bytes(provided, secret)).withBlobDiff(diff);
        }
    }

    /** The violation with the judged blob laid out field by field in its layout. */
    private Violation laidOut(Violation v, BlobType type, byte[] blob) {
        return blob == null ? v : v.withBlobDiff(BlobDiff.laidOut(type, blob, world.session.settings().revealSecrets()));
    }

    private BlobType blobTypeOfLastCall() {
        String wire = last().call().blobType();
        return Arrays.stream(BlobType.values()).filter(b -> b.wireName().equals(wire)).findFirst()
                .orElseThrow(() -> new IllegalStateException("the last call used no blob type of the page"));
    }

    private ExportResult last() {
        if (world.lastExport == null) {
            throw new IllegalStateException("no export was made in this scenario");
        }
        return world.lastExport;
    }
}
