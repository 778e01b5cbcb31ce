package org.cngkit.kit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.cngkit.kit.spec.BlobType;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.cngkit.vectors.TestGroup;
import org.cngkit.vectors.VectorCatalog;
import org.cngkit.vectors.VectorFile;
import org.cngkit.vectors.VectorTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every post-quantum vector, not only the ones the features sample: the bundled reference imports the group's
 * richest blob (seed, else private key, else public key) through the SPI and must export every blob of the group
 * byte for byte. For ML-KEM and ML-DSA this is the check that it expands every upstream seed to the upstream keys.
 */
class ReferenceReproducesPqVectorsTest {
    private static final List<String> FILES = List.of("mlkem_key_blob_test.json", "mldsa_key_blob_test.json",
            "slhdsa_key_blob_test.json", "lms_key_blob_test.json", "xmss_key_blob_test.json");

    private final CngProvider reference = ServiceLoader.load(CngProvider.class).stream()
            .filter(p -> p.type().getPackageName().equals("org.cngkit.reference"))
            .findFirst().orElseThrow().get();

    @TestFactory
    Stream<DynamicTest> everyGroupRoundTripsFromItsRichestBlob() {
        VectorCatalog catalog = VectorCatalog.load();
        return FILES.stream().map(catalog::file).flatMap(file -> file.testGroups().stream()
                .map(group -> DynamicTest.dynamicTest(file.name() + " tgId " + group.tgId() + " (" + group.source().ref() + ")",
                        () -> roundTrip(file, group))));
    }

    private void roundTrip(VectorFile file, TestGroup group) {
        VectorTest richest = group.tests().stream().max(Comparator.comparingInt(ReferenceReproducesPqVectorsTest::richness))
                .orElseThrow();
        HandleOut algorithm = new HandleOut();
        assertEquals(NtStatus.SUCCESS, reference.openAlgorithmProvider(algorithm, group.algorithm(), null, 0));
        byte[] input = richest.expected().blob();
        HandleOut key = new HandleOut();
        assertEquals(NtStatus.SUCCESS, reference.importKeyPair(algorithm.get(), Handle.NULL,
                BlobType.named(richest.blobType()).wireName(), key, input, input.length, 0), "import of tcId " + richest.tcId());
        for (VectorTest test : group.tests()) {
            byte[] out = new byte[1 << 14];
            ULongOut size = new ULongOut();
            assertEquals(NtStatus.SUCCESS, reference.exportKey(key.get(), Handle.NULL,
                    BlobType.named(test.blobType()).wireName(), out, out.length, size, 0), file.name() + " tcId " + test.tcId());
            assertArrayEquals(test.expected().blob(), java.util.Arrays.copyOf(out, size.get()), file.name() + " tcId " + test.tcId());
        }
        reference.destroyKey(key.get());
        reference.closeAlgorithmProvider(algorithm.get(), 0);
    }

    private static int richness(VectorTest test) {
        String type = test.blobType();
        return type.endsWith("_PRIVATE_SEED_BLOB") ? 3 : type.endsWith("_PRIVATE_BLOB") ? 2 : 1;
    }
}
