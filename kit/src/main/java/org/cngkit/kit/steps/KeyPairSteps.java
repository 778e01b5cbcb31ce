package org.cngkit.kit.steps;

import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.cngkit.kit.driver.Driver;
import org.cngkit.kit.driver.ExportCall;
import org.cngkit.kit.driver.ExportResult;
import org.cngkit.kit.driver.OutputBuffer;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.verdict.Evidence;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.vectors.TestGroup;
import org.cngkit.vectors.VectorTest;

/**
 * Steps for key pairs sized by a parameter set (ML-KEM, ML-DSA, SLH-DSA, LMS, XMSS): importing them with
 * BCryptImportKeyPair, generating them with the ParameterSetName property, and importing damaged blobs.
 */
public final class KeyPairSteps {
    /** BCRYPT_PARAMETER_SET_NAME. */
    static final String PARAMETER_SET_NAME = "ParameterSetName";

    private final ScenarioWorld world;

    public KeyPairSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("a key pair imported from the expected blob of vector {string}")
    public void keyPairImported(String reference) {
        VectorTest v = world.vector(reference);
        TestGroup g = v.group();
        BlobType type = BlobType.named(v.blobType());
        requireClaims(g, type);
        Driver.Opened key = world.driver.importKeyPair(world.algorithm(g.algorithm()), type.wireName(), v.expected().blob());
        ScenarioWorld.requireSuccess("BCryptImportKeyPair(" + type.name() + ") of vector " + reference, key.status());
        world.ownKey(key.handle());
        world.key = new KeyUnderTest(key.handle(), g.algorithm(), v);
    }

    @Given("a key pair of {string} generated with parameter set {string}")
    public void keyPairGenerated(String algorithmId, String parameterSet) {
        Handle key = pendingKeyPair(algorithmId, parameterSet);
        ScenarioWorld.requireSuccess("BCryptFinalizeKeyPair", world.driver.finalizeKeyPair(key));
        world.key = new KeyUnderTest(key, algorithmId, null);
    }

    @Given("a key pair of {string} generated with parameter set {string}, not yet finalized")
    public void keyPairNotFinalized(String algorithmId, String parameterSet) {
        world.key = new KeyUnderTest(pendingKeyPair(algorithmId, parameterSet), algorithmId, null);
    }

    @When("the exported blob is imported as a key pair")
    public void importExported() {
        BlobType type = BlobType.withWireName(world.lastExport.call().blobType())
                .orElseThrow(() -> new IllegalStateException("the last export used no blob type of the page"));
        world.requireImport(world.key.algorithmId(), type);
        importKeyPair(world.key.algorithmId(), type, world.exportedBlob());
    }

    @When("the key is exported as {blobType}, a blob type its algorithm does not have")
    public void exportUnclaimed(BlobType type) {
        world.export(ExportCall.of(world.key.handle(), type.wireName(), OutputBuffer.sized(ScenarioWorld.AMPLE)), type);
    }

    @When("the expected blob of vector {string} is imported with the parameter set {string} in place of its own")
    public void importWithOtherSet(String reference, String other) {
        importDamaged(reference, new ParameterSetBlobEdit(world.vector(reference).expected().blob()).withParameterSet(other));
    }

    @When("the expected blob of vector {string} is imported without the NUL after its parameter set")
    public void importWithoutNul(String reference) {
        importDamaged(reference, new ParameterSetBlobEdit(world.vector(reference).expected().blob()).withoutNul());
    }

    @When("the expected blob of vector {string} is imported with cbParameterSet counting characters instead of bytes")
    public void importCountingCharacters(String reference) {
        importDamaged(reference, new ParameterSetBlobEdit(world.vector(reference).expected().blob())
                .withCbParameterSetInCharacters());
    }

    @When("the expected blob of vector {string} is imported with cbKey and the key one byte shorter")
    public void importShortKey(String reference) {
        importDamaged(reference, new ParameterSetBlobEdit(world.vector(reference).expected().blob()).withKeyOneByteShorter());
    }

    @Then("the import fails with one of {statuses} and returns no key handle")
    public void importFails(List<NtStatus> allowed) {
        NtStatus actual = world.lastImport;
        if (actual == null) {
            throw new IllegalStateException("no import was made in this scenario");
        }
        if (allowed.stream().noneMatch(s -> s.value() == actual.value())) {
            throw new Violation(Outcome.WRONG_STATUS, "BCryptImportKeyPair accepted or refused the damaged blob otherwise",
                    "one of " + allowed, actual.toString());
        }
        if (!world.lastImportHandle.isNull()) {
            throw new Violation(Outcome.WRONG_STATUS, "a refused import still returned a key handle",
                    "*phKey left NULL", world.lastImportHandle.toString());
        }
    }

    @Then("the imported key exports the same {blobType} as the key")
    public void importedKeyExportsTheSame(BlobType type) {
        if (world.importedKey == null) {
            throw new IllegalStateException("no key was imported in this scenario");
        }
        byte[] original = world.plainExport(type);
        ExportResult again = world.driver.export(ExportCall.of(world.importedKey.handle(), type.wireName(),
                OutputBuffer.sized(ScenarioWorld.AMPLE)));
        ScenarioWorld.requireSuccess("BCryptExportKey(" + type.name() + ") of the imported key", again.status());
        if (!java.util.Arrays.equals(original, again.blob())) {
            Evidence evidence = world.session.evidence();
            throw new Violation(Outcome.WRONG_BLOB, "the imported key is not the exported one ("
                    + Evidence.firstDifference(original, again.blob()) + ")",
                    evidence.bytes(original, type.mayHoldSecrets()), evidence.bytes(again.blob(), type.mayHoldSecrets()));
        }
    }

    private void requireClaims(TestGroup g, BlobType type) {
        world.requireParameterSet(g.algorithm(), g.key().parameterSet());
        world.requireImport(g.algorithm(), type);
    }

    private Handle pendingKeyPair(String algorithmId, String parameterSet) {
        world.requireParameterSet(algorithmId, parameterSet);
        Driver.Opened key = world.driver.generateKeyPair(world.algorithm(algorithmId));
        ScenarioWorld.requireSuccess("BCryptGenerateKeyPair(" + algorithmId + ")", key.status());
        world.ownKey(key.handle());
        ScenarioWorld.requireSuccess("BCryptSetProperty(" + PARAMETER_SET_NAME + ", " + parameterSet + ")",
                world.driver.setStringProperty(key.handle(), PARAMETER_SET_NAME, parameterSet));
        return key.handle();
    }

    private void importDamaged(String reference, byte[] blob) {
        VectorTest v = world.vector(reference);
        BlobType type = BlobType.named(v.blobType());
        requireClaims(v.group(), type);
        importKeyPair(v.group().algorithm(), type, blob);
    }

    private void importKeyPair(String algorithmId, BlobType type, byte[] blob) {
        Driver.Opened opened = world.driver.importKeyPair(world.algorithm(algorithmId), type.wireName(), blob);
        world.lastImport = opened.status();
        world.lastImportHandle = opened.handle();
        if (!opened.handle().isNull()) {
            world.ownKey(opened.handle());
        }
        if (opened.status().isSuccess()) {
            world.importedKey = world.key == null ? null : world.key.withHandle(opened.handle());
        }
    }
}
