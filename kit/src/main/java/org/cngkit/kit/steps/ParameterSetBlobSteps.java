package org.cngkit.kit.steps;

import java.nio.BufferUnderflowException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.cucumber.java.en.Then;
import io.kaitai.struct.KaitaiStream;
import org.cngkit.formats.BcryptParameterSetKeyBlob;
import org.cngkit.formats.BlobStream;
import org.cngkit.kit.layout.BlobDiff;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.vectors.BlobCrossCheck;
import org.cngkit.vectors.BlobMismatch;
import org.cngkit.vectors.KeyMaterial;
import org.cngkit.vectors.VectorKey;

/**
 * Checks of post-quantum blobs that no vector describes, such as those of keys the implementation generated:
 * the layout, the magic of the blob type, the parameter set and the two lengths of the header.
 */
public final class ParameterSetBlobSteps {
    private final ScenarioWorld world;

    public ParameterSetBlobSteps(ScenarioWorld world) {
        this.world = world;
    }

    @Then("the blob is a {blobType} of parameter set {string} with cbParameterSet {int} and cbKey {int}")
    public void blobIsWellFormed(BlobType type, String parameterSet, int cbParameterSet, int cbKey) {
        byte[] blob = world.exportedBlob();
        BcryptParameterSetKeyBlob parsed;
        try {
            parsed = new BcryptParameterSetKeyBlob(BlobStream.of(blob));
        } catch (KaitaiStream.ValidationFailedError | BufferUnderflowException | IllegalArgumentException e) {
            throw new Violation(Outcome.WRONG_BLOB, "the blob does not parse as BCRYPT_PARAMETER_SET_KEY_BLOB",
                    "a " + type.name() + " of parameter set " + parameterSet, e.getClass().getSimpleName() + ": " + e.getMessage())
                    .withBlobDiff(laidOut(type, blob));
        }
        if (parsed.lenParameterSet() != cbParameterSet || parsed.lenKey() != cbKey) {
            throw new Violation(Outcome.WRONG_BLOB, "the header lengths are not those of the parameter set",
                    "cbParameterSet " + cbParameterSet + ", cbKey " + cbKey,
                    "cbParameterSet " + parsed.lenParameterSet() + ", cbKey " + parsed.lenKey()).withBlobDiff(laidOut(type, blob));
        }
        // The key bytes are the blob's own (no vector knows them); the cross-check then judges the magic of the
        // blob type, the set name and that nothing follows the key.
        byte[] key = parsed.key();
        KeyMaterial material = new KeyMaterial(Map.of(KeyMaterial.PUBLIC_KEY, key, KeyMaterial.PRIVATE_KEY, key,
                KeyMaterial.SEED, key), parameterSet);
        List<BlobMismatch> problems = BlobCrossCheck.check(type.name(), new VectorKey(world.key.algorithmId(), 0, material), blob);
        if (!problems.isEmpty()) {
            throw new Violation(Outcome.WRONG_BLOB, "the blob is not a " + type.name() + " of parameter set " + parameterSet,
                    "magic of " + type.name() + ", parameter set \"" + parameterSet + "\"",
                    problems.stream().map(BlobMismatch::toString).collect(Collectors.joining("; "))).withBlobDiff(laidOut(type, blob));
        }
    }

    private BlobDiff laidOut(BlobType type, byte[] blob) {
        return BlobDiff.laidOut(type, blob, world.session.settings().revealSecrets());
    }
}
