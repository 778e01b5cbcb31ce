package org.cngkit.kit.steps;

import io.cucumber.java.en.When;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.spi.Handle;
import org.cngkit.vectors.VectorTest;

/**
 * Imports of a blob where it does not belong: the scenario key's own blob given to another algorithm (or to a
 * curve-agnostic one with another curve set), or under another blob type, and a vector's blob with a cbInput of the
 * scenario's choosing. The status is the scenario's last import; {@code the import fails with one of ...} judges it.
 */
public final class MisplacedImportSteps {
    private final ScenarioWorld world;

    public MisplacedImportSteps(ScenarioWorld world) {
        this.world = world;
    }

    /** The key's blob of {@code type}, imported as the same type into a fresh handle of {@code algorithmId}. */
    @When("the key's {blobType} blob is imported into {string}")
    public void importedIntoAnother(BlobType type, String algorithmId) {
        byte[] blob = exported(type);
        world.requireImport(algorithmId, type);
        world.importBlob(algorithmId, type, blob);
    }

    /** The same into a curve-agnostic ECC algorithm whose ECCCurveName is set to {@code curve} first. */
    @When("the key's {blobType} blob is imported into {string} with ECCCurveName {string}")
    public void importedIntoAnotherCurve(BlobType type, String algorithmId, String curve) {
        byte[] blob = exported(type);
        world.requireImport(algorithmId, type);
        world.requireCurve(algorithmId, curve);
        Handle algorithm = world.algorithm(algorithmId);
        world.setCurveName(algorithm, curve);
        world.importBlob(algorithm, algorithmId, type, blob);
    }

    /** The key's blob of {@code exported}, given to the key's own algorithm as a blob of type {@code as}. */
    @When("the key's {blobType} blob is imported as {blobType}")
    public void importedAsAnotherType(BlobType exported, BlobType as) {
        byte[] blob = exported(exported);
        world.requireImport(world.key.algorithmId(), as);
        world.importBlob(world.algorithmFor(world.key), world.key.algorithmId(), as, blob);
    }

    /** The same, for a type the key's algorithm does not read: no claim is asked for the import. */
    @When("the key's {blobType} blob is imported as {blobType}, a blob type its algorithm does not have")
    public void importedAsUnclaimedType(BlobType exported, BlobType as) {
        byte[] blob = exported(exported);
        world.importBlob(world.algorithmFor(world.key), world.key.algorithmId(), as, blob);
    }

    /** The key's blob of {@code type} on an algorithm handle of its algorithm that was closed before the call. */
    @When("the key's {blobType} blob is imported on an algorithm handle that was closed")
    public void importedOnClosedHandle(BlobType type) {
        byte[] blob = exported(type);
        world.requireImport(world.key.algorithmId(), type);
        Handle algorithm = world.algorithmFor(world.key);
        world.closeAlgorithms();
        world.importBlob(algorithm, world.key.algorithmId(), type, blob);
    }

    /** A vector's expected blob, whole, with cbInput {@code cbInput} (at most the blob's length: C reads no further). */
    @When("the expected blob of vector {string} is imported with cbInput {int}")
    public void importedWithCbInput(String reference, int cbInput) {
        VectorTest v = world.vector(reference);
        byte[] blob = v.expected().blob();
        if (cbInput < 0 || cbInput > blob.length) {
            throw new IllegalArgumentException("cbInput " + cbInput + " is outside the blob of " + reference);
        }
        BlobType type = BlobType.named(v.blobType());
        world.requireKeyOf(v.group());
        world.requireImport(v.group().algorithm(), type);
        Handle algorithm = world.algorithm(v.group().algorithm());
        world.importBlob(algorithm, v.group().algorithm(), type, blob, cbInput);
    }

    /** A vector's expected blob with one little-endian u32 of its header replaced, e.g. aiKeyAlg at offset 4. */
    @When("the expected blob of vector {string} is imported with the u32 at offset {int} set to {flags}")
    public void importedWithHeaderField(String reference, int offset, Integer value) {
        VectorTest v = world.vector(reference);
        byte[] blob = v.expected().blob();
        for (int i = 0; i < 4; i++) {
            blob[offset + i] = (byte) (value >>> (8 * i));
        }
        BlobType type = BlobType.named(v.blobType());
        world.requireKeyOf(v.group());
        world.requireImport(v.group().algorithm(), type);
        world.importBlob(v.group().algorithm(), type, blob);
    }

    private byte[] exported(BlobType type) {
        world.requireExport(world.key, type);
        world.markSubject(type);
        return world.plainExport(type);
    }
}
