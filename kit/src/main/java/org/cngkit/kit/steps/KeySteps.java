package org.cngkit.kit.steps;

import io.cucumber.java.en.Given;
import org.cngkit.kit.driver.Driver;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.spec.DhParameters;
import org.cngkit.kit.spec.EccCurves;
import org.cngkit.kit.spec.KeyFamily;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.vectors.KeyMaterial;
import org.cngkit.vectors.TestGroup;
import org.cngkit.vectors.VectorTest;

/** Steps that put keys into the implementation. */
public final class KeySteps {
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
     * Imports the expected blob of a vector into the implementation: BCryptImportKey for a symmetric blob type,
     * BCryptImportKeyPair for the others. For the curve-agnostic ECDH / ECDSA algorithms the algorithm handle
     * first gets the vector's curve as ECCCurveName.
     */
    @Given("a key imported from the expected blob of vector {string}")
    public void keyImported(String reference) {
        VectorTest v = world.vector(reference);
        TestGroup g = v.group();
        BlobType type = BlobType.named(v.blobType());
        world.requireKeySize(g.algorithm(), g.keyBits());
        world.requireImport(g.algorithm(), type);
        Handle algorithm = world.algorithm(g.algorithm());
        if (EccCurves.needsCurveName(g.algorithm())) {
            setCurve(algorithm, EccCurves.nistName(g.keyBits()));
        }
        byte[] blob = v.expected().blob();
        Driver.Opened key = KeyFamily.ofAlgorithm(g.algorithm()) == KeyFamily.SYMMETRIC
                ? world.driver.importKey(algorithm, type.wireName(), blob)
                : world.driver.importKeyPair(algorithm, type.wireName(), blob);
        String call = KeyFamily.ofAlgorithm(g.algorithm()) == KeyFamily.SYMMETRIC ? "BCryptImportKey" : "BCryptImportKeyPair";
        ScenarioWorld.requireSuccess(call + "(" + type.name() + ") of vector " + reference, key.status());
        world.ownKey(key.handle());
        world.key = KeyUnderTest.of(key.handle(), v);
    }

    @Given("a(n) {string} key pair of {int} bits, generated and finalized")
    public void keyPairGenerated(String algorithmId, int bits) {
        world.key = startKeyPair(algorithmId, bits, null);
        ScenarioWorld.requireSuccess("BCryptFinalizeKeyPair(" + algorithmId + ", " + bits + " bits)",
                world.driver.finalizeKeyPair(world.key.handle()));
    }

    @Given("a(n) {string} key pair of {int} bits, generated but not finalized")
    public void keyPairNotFinalized(String algorithmId, int bits) {
        world.key = startKeyPair(algorithmId, bits, null);
    }

    @Given("a(n) {string} key pair on the curve {string}, generated and finalized")
    public void keyPairOnCurve(String algorithmId, String curve) {
        int bits = Integer.parseInt(curve.replace("nistP", ""));
        world.key = startKeyPair(algorithmId, bits, curve);
        ScenarioWorld.requireSuccess("BCryptFinalizeKeyPair(" + algorithmId + ", " + curve + ")",
                world.driver.finalizeKeyPair(world.key.handle()));
    }

    /**
     * BCryptGenerateKeyPair, then BCryptSetProperty(DHParameters) on the new key with the prime and generator of a
     * vector's group (as Windows' own sample sets them on the key), then BCryptFinalizeKeyPair.
     */
    @Given("a {string} key pair of {int} bits on the group of vector {string}, generated and finalized")
    public void keyPairOnGroup(String algorithmId, int bits, String reference) {
        KeyMaterial group = world.vector(reference).group().key();
        world.key = startKeyPair(algorithmId, bits, null);
        byte[] parameters = DhParameters.of(group.number("p"), group.number("g"));
        ScenarioWorld.requireSuccess("BCryptSetProperty(DHParameters)",
                world.driver.setProperty(world.key.handle(), DhParameters.PROPERTY, parameters));
        ScenarioWorld.requireSuccess("BCryptFinalizeKeyPair(" + algorithmId + ", " + bits + " bits)",
                world.driver.finalizeKeyPair(world.key.handle()));
    }

    /** BCryptGenerateKeyPair, after setting ECCCurveName on the algorithm handle when {@code curve} is given. */
    private KeyUnderTest startKeyPair(String algorithmId, int bits, String curve) {
        world.requireKeySize(algorithmId, bits);
        Handle algorithm = world.algorithm(algorithmId);
        if (curve != null) {
            setCurve(algorithm, curve);
        }
        Driver.Opened key = world.driver.generateKeyPair(algorithm, bits);
        ScenarioWorld.requireSuccess("BCryptGenerateKeyPair(" + algorithmId + ", " + bits + " bits)", key.status());
        world.ownKey(key.handle());
        return new KeyUnderTest(key.handle(), algorithmId, bits, null);
    }

    private void setCurve(Handle algorithm, String curve) {
        ScenarioWorld.requireSuccess("BCryptSetProperty(ECCCurveName, " + curve + ")",
                world.driver.setProperty(algorithm, EccCurves.PROPERTY, EccCurves.propertyValue(curve)));
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
        byte[] secret = g.key().component("secret");
        Driver.Opened key = world.driver.generateSymmetricKey(world.algorithm(g.algorithm()), secret);
        ScenarioWorld.requireSuccess("BCryptGenerateSymmetricKey(" + g.algorithm() + ", " + secret.length + "-byte secret)", key.status());
        if (key.handle().isNull()) {
            throw new Violation(Outcome.WRONG_STATUS, "BCryptGenerateSymmetricKey succeeded without returning a handle",
                    "a key handle in *phKey", "NULL");
        }
        world.ownKey(key.handle());
        return KeyUnderTest.of(key.handle(), v);
    }
}
