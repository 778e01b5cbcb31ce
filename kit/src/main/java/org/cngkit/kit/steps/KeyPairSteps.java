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
import org.cngkit.kit.spec.DhParameters;
import org.cngkit.kit.spec.EccCurves;
import org.cngkit.kit.verdict.Evidence;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.vectors.KeyMaterial;
import org.cngkit.vectors.VectorTest;

/**
 * Steps for key pairs: generating them (sized by dwLength, on a curve, on a DH group, or with a parameter set),
 * finalized or not, and importing the blobs of key pairs sized by a parameter set, damaged ones included. Importing
 * a vector's expected blob is {@link KeySteps#keyImported}, for key pairs as for symmetric keys.
 */
public final class KeyPairSteps {
    /** BCRYPT_PARAMETER_SET_NAME. */
    static final String PARAMETER_SET_NAME = "ParameterSetName";

    private final ScenarioWorld world;

    public KeyPairSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("a(n) {string} key pair of {int} bits, generated and finalized")
    public void keyPairGenerated(String algorithmId, int bits) {
        world.requireKeySize(algorithmId, bits);
        world.key = generated(world.algorithm(algorithmId), algorithmId, bits);
        finalizeKeyPair();
    }

    @Given("a(n) {string} key pair of {int} bits, generated but not finalized")
    public void keyPairNotFinalized(String algorithmId, int bits) {
        world.requireKeySize(algorithmId, bits);
        world.key = generated(world.algorithm(algorithmId), algorithmId, bits);
    }

    /** ECCCurveName set on the algorithm handle, then BCryptGenerateKeyPair with the curve's size. */
    @Given("a(n) {string} key pair on the curve {string}, generated and finalized")
    public void keyPairOnCurve(String algorithmId, String curve) {
        int bits = EccCurves.bits(curve);
        if (curve.startsWith("nistP")) {
            world.requireKeySize(algorithmId, bits);
        } else {
            world.requireCurve(algorithmId, curve);
        }
        Handle algorithm = world.algorithm(algorithmId);
        world.setCurveName(algorithm, curve);
        KeyUnderTest key = generated(algorithm, algorithmId, bits);
        world.key = new KeyUnderTest(key.handle(), algorithmId, bits, null, curve);
        finalizeKeyPair();
    }

    /** BCryptSetProperty(ECCCurveName) on a new algorithm handle: the step examines its status. */
    @When("ECCCurveName {string} is set on an algorithm handle for {string}")
    public void setCurveName(String curve, String algorithmId) {
        world.requireAlgorithm(algorithmId);
        world.lastSetProperty = world.driver.setStringProperty(world.algorithm(algorithmId), EccCurves.PROPERTY, curve);
    }

    @Then("the property is refused with one of {statuses}")
    public void propertyRefused(List<NtStatus> allowed) {
        NtStatus actual = world.lastSetProperty;
        if (actual == null || allowed.stream().noneMatch(s -> s.value() == actual.value())) {
            throw new Violation(Outcome.WRONG_STATUS, "BCryptSetProperty returned a status outside the acceptable set",
                    "one of " + allowed, String.valueOf(actual));
        }
    }

    /**
     * BCryptGenerateKeyPair, then BCryptSetProperty(DHParameters) on the new key with the prime and generator of a
     * vector's group (as Windows' own sample sets them on the key), then BCryptFinalizeKeyPair.
     */
    @Given("a {string} key pair of {int} bits on the group of vector {string}, generated and finalized")
    public void keyPairOnGroup(String algorithmId, int bits, String reference) {
        KeyMaterial group = world.vector(reference).group().key();
        world.requireKeySize(algorithmId, bits);
        world.key = generated(world.algorithm(algorithmId), algorithmId, bits);
        ScenarioWorld.requireSuccess("BCryptSetProperty(" + DhParameters.PROPERTY + ")", world.driver.setProperty(
                world.key.handle(), DhParameters.PROPERTY, DhParameters.of(group.number("p"), group.number("g"))));
        finalizeKeyPair();
    }

    @Given("a(n) {string} key pair with parameter set {string}, generated and finalized")
    public void keyPairWithParameterSet(String algorithmId, String parameterSet) {
        keyPairWithParameterSetNotFinalized(algorithmId, parameterSet);
        finalizeKeyPair();
    }

    /** BCryptGenerateKeyPair with dwLength 0, then BCryptSetProperty(ParameterSetName) on the new key. */
    @Given("a(n) {string} key pair with parameter set {string}, generated but not finalized")
    public void keyPairWithParameterSetNotFinalized(String algorithmId, String parameterSet) {
        world.requireParameterSet(algorithmId, parameterSet);
        world.key = generated(world.algorithm(algorithmId), algorithmId, 0);
        ScenarioWorld.requireSuccess("BCryptSetProperty(" + PARAMETER_SET_NAME + ", " + parameterSet + ")",
                world.driver.setStringProperty(world.key.handle(), PARAMETER_SET_NAME, parameterSet));
    }

    @When("the exported blob is imported as a key pair")
    public void importExported() {
        BlobType type = BlobType.withWireName(world.lastExport.call().blobType())
                .orElseThrow(() -> new IllegalStateException("the last export used no blob type of the page"));
        world.requireImport(world.key.algorithmId(), type);
        importKeyPair(world.key.algorithmId(), type, world.exportedBlob());
    }

    /**
     * An import test of a key-pair vector: BCryptImportKeyPair of its input as its blob type, whether or not the
     * implementation claims that import (the scenario is about a type the page says is not importable).
     */
    @When("the input of vector {string} is imported as a key pair")
    public void importInputAsKeyPair(String reference) {
        VectorTest v = world.vector(reference);
        if (!v.isImport()) {
            throw new IllegalArgumentException("vector " + reference + " exports; it has no input to import");
        }
        BlobType type = BlobType.named(v.blobType());
        world.requireAlgorithm(v.group().algorithm());
        world.markSubject(type);
        world.importBlob(v.group().algorithm(), type, v.input());
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

    /** BCryptGenerateKeyPair on {@code algorithm}; the new key pair is not finalized. */
    private KeyUnderTest generated(Handle algorithm, String algorithmId, int bits) {
        Driver.Opened key = world.driver.generateKeyPair(algorithm, bits);
        ScenarioWorld.requireSuccess("BCryptGenerateKeyPair(" + algorithmId + ", " + bits + " bits)", key.status());
        world.ownKey(key.handle());
        return new KeyUnderTest(key.handle(), algorithmId, bits, null);
    }

    private void finalizeKeyPair() {
        ScenarioWorld.requireSuccess("BCryptFinalizeKeyPair(" + world.key.algorithmId() + ")",
                world.driver.finalizeKeyPair(world.key.handle()));
    }

    private void importDamaged(String reference, byte[] blob) {
        VectorTest v = world.vector(reference);
        BlobType type = BlobType.named(v.blobType());
        world.requireKeyOf(v.group());
        world.requireImport(v.group().algorithm(), type);
        importKeyPair(v.group().algorithm(), type, blob);
    }

    private void importKeyPair(String algorithmId, BlobType type, byte[] blob) {
        Driver.Opened opened = world.importBlob(algorithmId, type, blob);
        if (opened.status().isSuccess()) {
            world.importedKey = world.key == null ? null : world.key.withHandle(opened.handle());
        }
    }
}
