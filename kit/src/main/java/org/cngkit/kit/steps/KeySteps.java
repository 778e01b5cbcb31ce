package org.cngkit.kit.steps;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;
import org.cngkit.kit.driver.Driver;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.spec.EccCurves;
import org.cngkit.kit.verdict.NotClaimed;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.vectors.KeyMaterial;
import org.cngkit.vectors.TestGroup;
import org.cngkit.vectors.VectorTest;

/** Steps that put keys into the implementation: generated from a secret, or imported from a blob. */
public final class KeySteps {
    private static final String AES = "AES";

    private final ScenarioWorld world;

    public KeySteps(ScenarioWorld world) {
        this.world = world;
    }

    @Given("a symmetric key made from the secret of vector {string}")
    public void symmetricKeyFromSecret(String reference) {
        world.key = keyFromSecret(world.vector(reference));
    }

    @Given("a second symmetric key made from the secret of vector {string}")
    public void secondSymmetricKeyFromSecret(String reference) {
        world.secondKey = keyFromSecret(world.vector(reference));
    }

    /**
     * Imports the expected blob of a vector into the implementation: BCryptImportKey for a symmetric key,
     * BCryptImportKeyPair for a key pair. For the curve-agnostic ECDH / ECDSA algorithms the algorithm handle first
     * gets the vector's curve as ECCCurveName.
     */
    @Given("a key imported from the expected blob of vector {string}")
    public void keyImported(String reference) {
        keyImportedAs(world.vector(reference).group().algorithm(), reference);
    }

    /** The same under another algorithm that takes the family's blobs (RSA_SIGN for an RSA vector). */
    @Given("a key imported as {string} from the expected blob of vector {string}")
    public void keyImportedAs(String algorithmId, String reference) {
        VectorTest v = world.vector(reference);
        importKey(algorithmId, reference, v, v.expected().blob(), false, false);
    }

    /**
     * As {@link #keyImported}, for a key whose size the implementation need not claim (an RSA modulus of 516
     * bits, say, where key lengths go in steps of 64): if the size is claimed, the import must succeed; if not,
     * refusing the key with STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED makes the scenario NOT_CLAIMED, and
     * accepting it obliges the implementation to export it correctly.
     */
    @Given("a key imported from the expected blob of vector {string}, unless its size is not claimed and the import is refused")
    public void keyImportedUnlessRefusedSize(String reference) {
        VectorTest v = world.vector(reference);
        TestGroup g = v.group();
        boolean claimed = world.session.claims().claimsKeySize(g.algorithm(), g.keyBits());
        importKey(g.algorithm(), reference, v, v.expected().blob(), false, !claimed);
    }

    /**
     * BCryptImportKeyPair of an import vector's input (with the vector's curve as ECCCurveName where its algorithm
     * needs one); it must succeed, and the key is then the group's key (the input may lack what the implementation
     * derives, such as a curve25519 public value).
     */
    @Given("a key imported from the input of vector {string}")
    public void keyImportedFromInput(String reference) {
        VectorTest v = world.vector(reference);
        if (!v.isImport()) {
            throw new IllegalArgumentException("vector " + reference + " exports; it has no input to import");
        }
        importKey(v.group().algorithm(), reference, v, v.input(), true, false);
    }

    /**
     * Imports {@code blob} as the vector's blob type into {@code algorithmId} (curve set first where the algorithm
     * needs one); the key is then the group's key. {@code examined}: the import is the scenario's subject (so it
     * must be claimed), not a setup step. {@code sizeRefusalExcused}: the key's size is not claimed, so a refusal
     * with STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED makes the scenario NOT_CLAIMED.
     */
    private void importKey(String algorithmId, String reference, VectorTest v, byte[] blob, boolean examined,
                           boolean sizeRefusalExcused) {
        TestGroup g = v.group();
        BlobType type = BlobType.named(v.blobType());
        if (sizeRefusalExcused) {
            world.requireAlgorithm(algorithmId);
        } else {
            world.requireKeyOf(g);
            if (!algorithmId.equals(g.algorithm())) {
                world.requireKeySize(algorithmId, g.keyBits());
            }
        }
        if (examined) {
            world.requireImport(algorithmId, type);
        } else {
            world.requireImportForSetup(algorithmId, type);
        }
        Handle algorithm = world.algorithm(algorithmId);
        if (EccCurves.needsCurveName(algorithmId)) {
            world.setCurveName(algorithm, EccCurves.curveOf(g));
        }
        Driver.Opened key = world.importBlob(algorithm, algorithmId, type, blob);
        if (sizeRefusalExcused && (key.status().equals(NtStatus.INVALID_PARAMETER) || key.status().equals(NtStatus.NOT_SUPPORTED))) {
            throw new NotClaimed(algorithmId + " keys of " + g.keyBits() + " bits (not claimed; the import was refused with "
                    + key.status() + ")");
        }
        ScenarioWorld.requireSuccess(ScenarioWorld.importFunction(algorithmId) + "(" + type.name() + ") of vector "
                + reference, key.status());
        world.key = new KeyUnderTest(key.handle(), algorithmId, g.keyBits(), v, g.key().curve());
    }

    /**
     * Sets the scenario's wrapping key: the AES key-encryption key of a key-wrap vector, which every
     * BCRYPT_AES_WRAP_KEY_BLOB export and import of the scenario then passes as hExportKey / hImportKey.
     */
    @Given("the wrapping key is an AES key made from the KEK of vector {string}")
    public void wrappingKey(String reference) {
        world.wrappingKey = aesKeyFromKek(world.vector(reference));
    }

    @Given("the wrapping key has been destroyed")
    public void wrappingKeyDestroyed() {
        ScenarioWorld.requireSuccess("BCryptDestroyKey of the wrapping key", world.driver.destroyKey(world.wrappingKey.handle()));
    }

    /** An import test of a vector: its input, under its key.kek, into its group's algorithm. */
    @When("the input of vector {string} is imported")
    public void importInput(String reference) {
        importInput(reference, true);
    }

    /** The same, for a scenario that expects a refusal whatever the implementation claims (Vista has no key wrap). */
    @When("the input of vector {string} is imported regardless of what its algorithm claims")
    public void importInputUnclaimed(String reference) {
        importInput(reference, false);
    }

    @When("the expected blob of vector {string} is imported under the wrapping key")
    public void importExpectedBlobUnderWrappingKey(String reference) {
        VectorTest v = world.vector(reference);
        BlobType type = BlobType.named(v.blobType());
        world.requireImport(v.group().algorithm(), type);
        world.importBlob(v.group().algorithm(), type, v.expected().blob());
    }

    @Given("the key has been destroyed")
    public void keyDestroyed() {
        NtStatus status = world.driver.destroyKey(world.key.handle());
        ScenarioWorld.requireSuccess("BCryptDestroyKey", status);
    }

    @Given("an algorithm handle for {string}")
    public void algorithmHandle(String algorithmId) {
        world.requireAlgorithm(algorithmId);
        world.algorithmHandle = world.algorithm(algorithmId);
    }

    private KeyUnderTest keyFromSecret(VectorTest v) {
        TestGroup g = v.group();
        world.requireKeySize(g.algorithm(), g.keyBits());
        return newSymmetricKey(g.algorithm(), g.key().component(KeyMaterial.SECRET), v);
    }

    private void importInput(String reference, boolean claimed) {
        VectorTest v = world.vector(reference);
        if (!v.isImport()) {
            throw new IllegalArgumentException("vector " + reference + " exports; it has no input to import");
        }
        TestGroup g = v.group();
        BlobType type = BlobType.named(v.blobType());
        world.requireKeySize(g.algorithm(), g.keyBits());
        if (claimed) {
            world.requireImport(g.algorithm(), type);
        }
        world.wrappingKey = aesKeyFromKek(v);
        Driver.Opened opened = world.importBlob(g.algorithm(), type, v.input());
        if (opened.status().isSuccess()) {
            world.importedKey = KeyUnderTest.of(opened.handle(), v);
        }
    }

    /** The vector group's key.kek as an AES key (the scenario's algorithm stays that of the key it examines). */
    private KeyUnderTest aesKeyFromKek(VectorTest v) {
        byte[] kek = v.group().key().component(KeyMaterial.KEK);
        world.requireKeySize(AES, kek.length * 8);
        return newSymmetricKey(AES, kek, null);
    }

    private KeyUnderTest newSymmetricKey(String algorithmId, byte[] secret, VectorTest v) {
        Driver.Opened key = world.driver.generateSymmetricKey(world.algorithm(algorithmId), secret);
        ScenarioWorld.requireSuccess("BCryptGenerateSymmetricKey(" + algorithmId + ", " + secret.length + "-byte secret)", key.status());
        if (key.handle().isNull()) {
            throw new Violation(Outcome.WRONG_STATUS, "BCryptGenerateSymmetricKey succeeded without returning a handle",
                    "a key handle in *phKey", "NULL");
        }
        world.ownKey(key.handle());
        return new KeyUnderTest(key.handle(), algorithmId, secret.length * 8, v);
    }
}
