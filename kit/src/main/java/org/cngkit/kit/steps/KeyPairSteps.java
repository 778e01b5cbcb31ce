package org.cngkit.kit.steps;

import java.util.List;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import org.cngkit.kit.driver.Driver;
import org.cngkit.kit.driver.ExportCall;
import org.cngkit.kit.driver.ExportResult;
import org.cngkit.kit.driver.OutputBuffer;
import org.cngkit.kit.layout.BlobDiff;
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

    /**
     * A size the BCryptGenerateKeyPair page does not list (Windows takes RSA sizes in steps of 8, the page says 64):
     * the scenario needs the algorithm, not a claim of the size, since a claim list follows the page.
     */
    @Given("a(n) {string} key pair of {int} bits, generated and finalized, though the page does not list the size")
    public void keyPairOfUnlistedSize(String algorithmId, int bits) {
        world.requireAlgorithm(algorithmId);
        world.key = generated(world.algorithm(algorithmId), algorithmId, bits);
        finalizeKeyPair();
    }

    @When("a(n) {string} key pair of {int} bits is generated")
    public void generateOnly(String algorithmId, int bits) {
        world.requireAlgorithm(algorithmId);
        Driver.Opened key = world.driver.generateKeyPair(world.algorithm(algorithmId), bits);
        world.lastKeyPairCall = key.status();
        if (!Handle.isNull(key.handle())) {
            world.ownKey(key.handle());
        }
    }

    @Then("BCryptGenerateKeyPair returned {status}")
    public void generateReturned(NtStatus expected) {
        requireStatus("BCryptGenerateKeyPair", world.lastKeyPairCall, List.of(expected));
    }

    /** BCryptSetProperty on the scenario's key pair with a ULONG value (4 bytes, little-endian). */
    @When("the key pair's {string} property is set to {int}")
    public void setUlongProperty(String property, int value) {
        ScenarioWorld.requireSuccess("BCryptSetProperty(" + property + ", " + value + ")",
                world.driver.setProperty(world.key.handle(), property, ulong(value)));
    }

    @When("the key pair is finalized")
    public void finalizeThePair() {
        finalizeKeyPair();
    }

    /** BCryptFinalizeKeyPair on the scenario's key, which is already usable (imported, or generated and finalized). */
    @When("BCryptFinalizeKeyPair is called on the key")
    public void finalizeAgain() {
        world.lastKeyPairCall = world.driver.finalizeKeyPair(world.key.handle());
    }

    /** BCryptSetProperty on the scenario's key (whatever state it is in) with a ULONG value; the status is kept. */
    @When("BCryptSetProperty {string} is called on the key with the ULONG {int}")
    public void setPropertyOnKey(String property, int value) {
        world.lastSetProperty = world.driver.setProperty(world.key.handle(), property, ulong(value));
    }

    @Then("BCryptSetProperty returned {status}")
    public void setPropertyReturned(NtStatus expected) {
        setPropertyReturnedOneOf(List.of(expected));
    }

    @Then("BCryptSetProperty returned one of {statuses}")
    public void setPropertyReturnedOneOf(List<NtStatus> allowed) {
        requireStatus("BCryptSetProperty", world.lastSetProperty, allowed);
    }

    @Then("BCryptGenerateKeyPair returned one of {statuses}")
    public void generateReturnedOneOf(List<NtStatus> allowed) {
        requireStatus("BCryptGenerateKeyPair", world.lastKeyPairCall, allowed);
    }

    /** BCryptDestroyKey once more on the scenario's key, which a Given step destroyed; the status is kept. */
    @When("BCryptDestroyKey is called on the key again")
    public void destroyAgain() {
        world.lastKeyPairCall = world.driver.destroyKey(world.key.handle());
    }

    @Then("BCryptDestroyKey returned {status}")
    public void destroyReturned(NtStatus expected) {
        requireStatus("BCryptDestroyKey", world.lastKeyPairCall, List.of(expected));
    }

    /** BCryptGenerateKeyPair on a handle of {@code algorithmId} that was closed before the call. */
    @When("a(n) {string} key pair of {int} bits is generated on an algorithm handle that was closed")
    public void generateOnClosedHandle(String algorithmId, int bits) {
        world.requireKeySize(algorithmId, bits);
        Handle algorithm = world.algorithm(algorithmId);
        world.closeAlgorithms();
        Driver.Opened key = world.driver.generateKeyPair(algorithm, bits);
        world.lastKeyPairCall = key.status();
        if (!Handle.isNull(key.handle())) {
            world.ownKey(key.handle());
        }
    }

    /**
     * BCryptSetProperty(DHParameters) on a handle of {@code algorithmId} with the group of a vector, one u32 of the
     * BCRYPT_DH_PARAMETER_HEADER one larger (cbLength at 0, dwMagic at 4, cbKeyLength at 8).
     */
    @When("the DHParameters of vector {string} with the u32 at offset {int} one larger are set on an algorithm handle for {string}")
    public void damagedDhParameters(String reference, int offset, String algorithmId) {
        KeyMaterial group = world.vector(reference).group().key();
        world.requireAlgorithm(algorithmId);
        byte[] value = DhParameters.of(group.number("p"), group.number("g"));
        int u32 = (value[offset] & 0xff) | (value[offset + 1] & 0xff) << 8 | (value[offset + 2] & 0xff) << 16
                | (value[offset + 3] & 0xff) << 24;
        u32++;
        for (int i = 0; i < 4; i++) {
            value[offset + i] = (byte) (u32 >>> (8 * i));
        }
        world.lastSetProperty = world.driver.setProperty(world.algorithm(algorithmId), DhParameters.PROPERTY, value);
    }

    @Then("BCryptFinalizeKeyPair returned {status}")
    public void finalizeReturned(NtStatus expected) {
        requireStatus("BCryptFinalizeKeyPair", world.lastKeyPairCall, List.of(expected));
    }

    /** Fails WRONG_STATUS unless the call's status is one of {@code allowed}. */
    private static void requireStatus(String function, NtStatus actual, List<NtStatus> allowed) {
        if (actual == null || allowed.stream().noneMatch(s -> s.value() == actual.value())) {
            throw new Violation(Outcome.WRONG_STATUS, function + " returned another status",
                    allowed.size() == 1 ? allowed.get(0).toString() : "one of " + allowed, String.valueOf(actual));
        }
    }

    /** A ULONG property value: 4 bytes, little-endian. */
    private static byte[] ulong(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
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

    /** One little-endian u32 of the blob's header one larger, e.g. cbPublicExp of an RSA blob at offset 8. */
    @When("the expected blob of vector {string} is imported with the u32 at offset {int} one larger")
    public void importWithHeaderFieldOneLarger(String reference, int offset) {
        byte[] blob = world.vector(reference).expected().blob();
        int value = (blob[offset] & 0xff) | (blob[offset + 1] & 0xff) << 8 | (blob[offset + 2] & 0xff) << 16
                | (blob[offset + 3] & 0xff) << 24;
        value++;
        for (int i = 0; i < 4; i++) {
            blob[offset + i] = (byte) (value >>> (8 * i));
        }
        importDamaged(reference, blob);
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
            BlobDiff diff = again.blob() == null ? null
                    : BlobDiff.between(type, original, again.blob(), world.session.settings().revealSecrets());
            String where = again.blob() == null ? "no blob" : Evidence.firstDifference(original, again.blob())
                    + (diff == null || diff.firstDifference() == null ? "" : ", in field " + diff.firstDifference());
            throw new Violation(Outcome.WRONG_BLOB, "the imported key is not the exported one (" + where + ")",
                    evidence.bytes(original, type.mayHoldSecrets()), evidence.bytes(again.blob(), type.mayHoldSecrets()))
                    .withBlobDiff(diff);
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
