package org.cngkit.kit.steps;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.cucumber.java.en.Then;
import org.cngkit.kit.driver.ExportResult;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.verdict.Evidence;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.NtStatus;
import org.cngkit.vectors.BlobCrossCheck;
import org.cngkit.vectors.BlobMismatch;
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
            List<BlobMismatch> fields = BlobCrossCheck.check(v.blobType(), v.group().key(), provided);
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
        byte[] blob = last().blob();
        if (blob == null) {
            throw new Violation(Outcome.WRONG_BLOB, "the export produced no blob", type.name(), "nothing");
        }
        List<BlobMismatch> problems = BlobCrossCheck.check(v.blobType(), v.group().key(), blob);
        if (!problems.isEmpty()) {
            throw new Violation(Outcome.WRONG_BLOB, "the blob does not match the " + type.name() + " layout and the key material",
                    "fields equal to the vector's key material",
                    describe(problems, type));
        }
    }

    /** Header fields are shown; fields that can hold key bytes only by name, unless secrets may be revealed. */
    private String describe(List<BlobMismatch> problems, BlobType type) {
        boolean reveal = world.session.settings().revealSecrets() || !type.mayHoldSecrets();
        return problems.stream().map(m -> reveal || isHeaderField(m.field()) ? m.toString() : m.field() + ": differs (redacted)")
                .collect(Collectors.joining("; "));
    }

    private static boolean isHeaderField(String field) {
        return field.startsWith("len_") || field.equals("magic") || field.equals("version")
                || field.equals("structure") || field.equals("trailing");
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
        if (provided == null || !Arrays.equals(expected, provided)) {
            Evidence evidence = world.session.evidence();
            boolean secret = type == null || type.mayHoldSecrets();
            String where = provided == null ? "no blob" : Evidence.firstDifference(expected, provided);
            throw new Violation(Outcome.WRONG_BLOB, reason + " (" + where + ")",
                    evidence.bytes(expected, secret), evidence.bytes(provided, secret));
        }
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
