package org.cngkit.kit.steps;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.cucumber.java.en.Then;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.verdict.NotClaimed;

/**
 * Steps that apply one call-protocol rule to every blob type the implementation claims for the scenario's key
 * ({@link CallProtocolRules}); each (algorithm, blob type) pair is judged and reported on its own.
 */
public final class EveryBlobTypeSteps {
    private final ScenarioWorld world;
    private final CallProtocolRules rules;

    public EveryBlobTypeSteps(ScenarioWorld world) {
        this.world = world;
        this.rules = new CallProtocolRules(world);
    }

    @Then("every claimed blob type answers a size query with the size of its export")
    public void sizeQuery() {
        everyExport(rules::sizeQueryMustAnswerTheExportsSize);
    }

    @Then("every claimed blob type fills a buffer of exactly its size, and a larger one, with nothing after cbOutput")
    public void exactFit() {
        everyExport(rules::exportMustFitExactlyAndIntoALargerBuffer);
    }

    @Then("every claimed blob type leaves the bytes after the blob in a larger buffer as they were, or zeroed")
    public void bytesAfterTheBlob() {
        everyExport(rules::bytesAfterTheBlobShouldBeLeftAlone);
    }

    @Then("every claimed blob type, one byte short, is too small, reports its size and writes nothing")
    public void oneByteShort() {
        everyExport(rules::oneByteShortMustBeTooSmallAndWriteNothing);
    }

    @Then("every claimed blob type of the destroyed key is an invalid handle and writes nothing")
    public void destroyedKey() {
        everyExport(rules::destroyedKeyMustBeAnInvalidHandle);
    }

    @Then("every claimed blob type with an undefined dwFlags is refused, or gives the blob of dwFlags 0")
    public void undefinedFlags() {
        everyExport(rules::undefinedFlagsMustBeRefusedOrIgnored);
    }

    @Then("every claimed blob type of the unfinished key pair is refused and writes nothing")
    public void unfinishedKeyPair() {
        everyExport(rules::unfinishedKeyPairMustExportNothing);
    }

    @Then("every claimed blob type imports back into a key that exports the same blob")
    public void importsBack() {
        world.pairs.check(world.key.algorithmId(), fitting(ClaimedPairs.exportsAndImports(world.session.claims(),
                world.key.algorithmId())), "a blob type exported and imported", rules::blobMustImportBack);
    }

    @Then("every claimed blob type exports the same numbers twice and the numbers of every other type")
    public void oneSetOfNumbers() {
        Map<String, Map.Entry<BlobType, byte[]>> seen = CallProtocolRules.noNumbersYet();
        everyExport(type -> rules.keyMustExportOneSetOfNumbers(type, seen));
    }

    @Then("the claimed opaque blob imports after the key is destroyed and the algorithm handle reopened, as the same key")
    public void opaqueOutlivesKey() {
        List<BlobType> exports = ClaimedPairs.exports(world.session.claims(), world.key.algorithmId());
        BlobType reference = exports.stream().filter(t -> t != BlobType.BCRYPT_OPAQUE_KEY_BLOB
                && t != BlobType.BCRYPT_AES_WRAP_KEY_BLOB).findFirst().orElseThrow(() ->
                new NotClaimed("a plain blob type besides the opaque one for " + world.key.algorithmId() + " keys"));
        List<BlobType> opaque = ClaimedPairs.exportsAndImports(world.session.claims(), world.key.algorithmId()).stream()
                .filter(t -> t == BlobType.BCRYPT_OPAQUE_KEY_BLOB).toList();
        world.pairs.check(world.key.algorithmId(), opaque, "export and import of BCRYPT_OPAQUE_KEY_BLOB",
                type -> rules.opaqueBlobMustOutliveItsKey(type, reference));
    }

    @Then("every claimed import refuses a foreign magic, a parameter set of another family or case, and a short cbInput")
    public void importRefusals() {
        world.pairs.check(world.key.algorithmId(), fitting(ClaimedPairs.exportsAndImports(world.session.claims(),
                world.key.algorithmId())), "a blob type exported and imported", rules::importMustRefuseWhatIsNotItsBlob);
    }

    private void everyExport(Consumer<BlobType> rule) {
        world.pairs.check(world.key.algorithmId(), fitting(ClaimedPairs.exports(world.session.claims(),
                world.key.algorithmId())), "an exported blob type", rule);
    }

    /**
     * The types that can hold the scenario's key: the key-wrap blob only for keys RFC 3394 can wrap (16 bytes or more,
     * a multiple of 8), since a claim is per algorithm and a DES key is refused by design (blob-aes-wrap.feature).
     */
    private List<BlobType> fitting(List<BlobType> types) {
        int bits = world.key.keyBits();
        return types.stream().filter(t -> t != BlobType.BCRYPT_AES_WRAP_KEY_BLOB || bits >= 128 && bits % 64 == 0).toList();
    }
}
