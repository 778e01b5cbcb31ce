package org.cngkit.kit.steps;

import io.cucumber.java.en.Given;
import org.cngkit.kit.driver.Driver;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.NtStatus;
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

    @Given("a symmetric key imported from the expected blob of vector {string}")
    public void symmetricKeyImported(String reference) {
        VectorTest v = world.vector(reference);
        TestGroup g = v.group();
        BlobType type = BlobType.named(v.blobType());
        world.requireKeySize(g.algorithm(), g.keyBits());
        world.requireImport(g.algorithm(), type);
        Driver.Opened key = world.driver.importKey(world.algorithm(g.algorithm()), type.wireName(), v.expected().blob());
        ScenarioWorld.requireSuccess("BCryptImportKey(" + type.name() + ") of vector " + reference, key.status());
        world.ownKey(key.handle());
        world.key = new KeyUnderTest(key.handle(), g.algorithm(), v);
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
        return new KeyUnderTest(key.handle(), g.algorithm(), v);
    }
}
