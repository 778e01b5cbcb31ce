package org.cngkit.kit.steps;

import io.cucumber.java.en.When;
import org.cngkit.kit.driver.Driver;
import org.cngkit.kit.driver.ExportCall;
import org.cngkit.kit.driver.ExportResult;
import org.cngkit.kit.driver.OutputBuffer;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.spi.Handle;

/** Steps that call BCryptExportKey (and import what it gave back). */
public final class ExportSteps {
    private final ScenarioWorld world;

    public ExportSteps(ScenarioWorld world) {
        this.world = world;
    }

    @When("the key is exported as {blobType}")
    public void export(BlobType type) {
        world.requireExport(world.key, type);
        world.export(ExportCall.of(world.key.handle(), type.wireName(), OutputBuffer.sized(ScenarioWorld.AMPLE)), type);
    }

    @When("the size of a {blobType} export is queried")
    public void sizeQuery(BlobType type) {
        sizeQuery(type, 0);
    }

    @When("the size of a {blobType} export is queried with cbOutput {int}")
    public void sizeQuery(BlobType type, int cbOutput) {
        world.requireExport(world.key, type);
        world.export(ExportCall.of(world.key.handle(), type.wireName(), OutputBuffer.nullPointer(cbOutput)), type);
    }

    @When("the key is exported as {blobType} into a buffer of exactly the required size")
    public void exportExact(BlobType type) {
        world.requireExport(world.key, type);
        exportInto(type, world.requiredSize(type));
    }

    @When("the key is exported as {blobType} into a buffer {int} byte(s) shorter than required")
    public void exportShort(BlobType type, int shortBy) {
        world.requireExport(world.key, type);
        exportInto(type, world.requiredSize(type) - shortBy);
    }

    @When("the key is exported as {blobType} into a buffer of {int} bytes")
    public void exportInto(BlobType type, int cbOutput) {
        world.requireExport(world.key, type);
        exportInto(type, (long) cbOutput);
    }

    @When("the key is exported as {blobType} with a NULL pcbResult and a NULL pbOutput")
    public void exportNullPcbResultNullOutput(BlobType type) {
        world.requireExport(world.key, type);
        world.export(ExportCall.of(world.key.handle(), type.wireName(), OutputBuffer.nullPointer(0)).withNullPcbResult(), type);
    }

    @When("the key is exported as {blobType} with a NULL pcbResult and a buffer of the required size")
    public void exportNullPcbResult(BlobType type) {
        world.requireExport(world.key, type);
        OutputBuffer buffer = OutputBuffer.sized(Math.toIntExact(world.requiredSize(type)));
        world.export(ExportCall.of(world.key.handle(), type.wireName(), buffer).withNullPcbResult(), type);
    }

    @When("the key is exported with a NULL pszBlobType")
    public void exportNullBlobType() {
        world.export(ExportCall.of(world.key.handle(), null, OutputBuffer.sized(ScenarioWorld.AMPLE)), null);
    }

    @When("the key is exported as the blob type {string}")
    public void exportRawBlobType(String blobType) {
        world.export(ExportCall.of(world.key.handle(), blobType, OutputBuffer.sized(ScenarioWorld.AMPLE)), null);
    }

    /**
     * An export whose refusal the scenario expects, so it needs no claim of the blob type for this key's algorithm
     * (a 5-byte RC2 key cannot be wrapped; Vista has no key wrap at all). The key itself must be claimed.
     */
    @When("the key is exported as {blobType} regardless of what its algorithm claims")
    public void exportUnclaimed(BlobType type) {
        world.export(ExportCall.of(world.key.handle(), type.wireName(), OutputBuffer.sized(ScenarioWorld.AMPLE)), type);
    }

    @When("the key is exported as {blobType} with the algorithm handle as hExportKey")
    public void exportWithAlgorithmHandle(BlobType type) {
        world.requireExport(world.key, type);
        world.export(ExportCall.of(world.key.handle(), type.wireName(), OutputBuffer.sized(ScenarioWorld.AMPLE))
                .withExportKey(world.algorithmHandle), type);
    }

    @When("the key is exported as {blobType} with the second key as hExportKey")
    public void exportWithExportKey(BlobType type) {
        world.requireExport(world.key, type);
        world.export(ExportCall.of(world.key.handle(), type.wireName(), OutputBuffer.sized(ScenarioWorld.AMPLE))
                .withExportKey(world.secondKey.handle()), type);
    }

    @When("the key is exported as {blobType} with dwFlags {flags}")
    public void exportWithFlags(BlobType type, Integer flags) {
        world.requireExport(world.key, type);
        world.export(ExportCall.of(world.key.handle(), type.wireName(), OutputBuffer.sized(ScenarioWorld.AMPLE))
                .withFlags(flags), type);
    }

    @When("a NULL key handle is exported as {blobType}")
    public void exportNullKey(BlobType type) {
        world.export(ExportCall.of(Handle.NULL, type.wireName(), OutputBuffer.sized(ScenarioWorld.AMPLE)), type);
    }

    @When("the algorithm handle is exported as {blobType}")
    public void exportAlgorithmHandle(BlobType type) {
        world.export(ExportCall.of(world.algorithmHandle, type.wireName(), OutputBuffer.sized(ScenarioWorld.AMPLE)), type);
    }

    @When("the exported blob is imported as {blobType}")
    public void importExported(BlobType type) {
        world.requireImport(world.key.algorithmId(), type);
        Driver.Opened opened = world.importBlob(world.key.algorithmId(), type, world.exportedBlob());
        if (opened.status().isSuccess()) {
            world.importedKey = world.key.withHandle(opened.handle());
        }
    }

    @When("the imported key is exported as {blobType}")
    public void exportImported(BlobType type) {
        world.key = world.importedKey;
        export(type);
    }

    private void exportInto(BlobType type, long cbOutput) {
        OutputBuffer buffer = OutputBuffer.sized(Math.toIntExact(Math.max(0, cbOutput)));
        world.export(ExportCall.of(world.key.handle(), type.wireName(), buffer), type);
    }
}
