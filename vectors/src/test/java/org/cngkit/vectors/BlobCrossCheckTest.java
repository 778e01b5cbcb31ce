package org.cngkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** (b) every expected blob agrees with its key under the Kaitai parser; and the checker catches disagreement. */
class BlobCrossCheckTest {
    private static final VectorKey KEY = new VectorKey("AES", 128, new KeyMaterial(Map.of(KeyMaterial.SECRET, filled(16, 0x11))));
    private static final byte[] GOOD = HexFormat.of().parseHex("4b44424d0100000010000000" + "11".repeat(16));

    @TestFactory
    Stream<DynamicTest> everyExpectedBlobPassesTheLayoutCheck() {
        return VectorCatalog.load().files().stream()
                .flatMap(f -> f.tests().stream().map(t -> Map.entry(f.name(), t)))
                .filter(e -> e.getValue().expected().hasBlob())
                .map(e -> DynamicTest.dynamicTest(e.getKey() + " tcId " + e.getValue().tcId(),
                        () -> assertEquals(List.of(), BlobCrossCheck.check(e.getValue()))));
    }

    @Test
    void theWindowsObservedBlobPasses() {
        assertEquals(List.of(), BlobCrossCheck.check("BCRYPT_KEY_DATA_BLOB", KEY, GOOD));
    }

    @Test
    void aBadMagicIsReportedAsAStructureError() {
        byte[] blob = GOOD.clone();
        blob[0] = 'X';
        assertEquals(List.of("structure"), fields(BlobCrossCheck.check("BCRYPT_KEY_DATA_BLOB", KEY, blob)));
    }

    @Test
    void aBadVersionIsReportedAsAStructureError() {
        byte[] blob = GOOD.clone();
        blob[4] = 2;
        assertEquals(List.of("structure"), fields(BlobCrossCheck.check("BCRYPT_KEY_DATA_BLOB", KEY, blob)));
    }

    @Test
    void aWrongLengthFieldIsReported() {
        byte[] blob = GOOD.clone();
        blob[8] = 15;
        assertEquals(List.of("len_key_data", "key_data", "trailing"),
                fields(BlobCrossCheck.check("BCRYPT_KEY_DATA_BLOB", KEY, blob)));
    }

    @Test
    void differentKeyBytesAreReported() {
        byte[] blob = GOOD.clone();
        blob[27] ^= 1;
        List<BlobMismatch> mismatches = BlobCrossCheck.check("BCRYPT_KEY_DATA_BLOB", KEY, blob);
        assertEquals(List.of("key_data"), fields(mismatches));
        assertTrue(mismatches.get(0).toString().startsWith("key_data: expected "), mismatches.get(0).toString());
    }

    @Test
    void trailingBytesAreReported() {
        byte[] blob = Arrays.copyOf(GOOD, GOOD.length + 1);
        assertEquals(List.of("trailing"), fields(BlobCrossCheck.check("BCRYPT_KEY_DATA_BLOB", KEY, blob)));
    }

    @Test
    void aTruncatedBlobIsReported() {
        byte[] blob = Arrays.copyOf(GOOD, GOOD.length - 1);
        assertEquals(List.of("structure"), fields(BlobCrossCheck.check("BCRYPT_KEY_DATA_BLOB", KEY, blob)));
        assertEquals(List.of("structure"), fields(BlobCrossCheck.check("BCRYPT_KEY_DATA_BLOB", KEY, new byte[3])));
    }

    @Test
    void aBlobTypeWithoutCheckerFailsLoudly() {
        assertFalse(BlobCrossCheck.supports("BCRYPT_ECCFULLPUBLIC_BLOB"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BlobCrossCheck.check("BCRYPT_ECCFULLPUBLIC_BLOB", KEY, GOOD));
        assertTrue(e.getMessage().contains("BCRYPT_ECCFULLPUBLIC_BLOB"), e.getMessage());
        assertTrue(e.getMessage().contains("BCRYPT_KEY_DATA_BLOB"), e.getMessage());
    }

    @Test
    void aTestWithoutExpectedBlobCannotBeChecked() {
        VectorTest opaque = VectorCatalog.load().file("key_data_blob_test.json").tests().stream()
                .filter(t -> !t.expected().hasBlob()).findFirst().orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> BlobCrossCheck.check(opaque));
    }

    @Test
    void registeredBlobTypes() {
        assertEquals(List.of("BCRYPT_AES_WRAP_KEY_BLOB", "BCRYPT_DH_PRIVATE_BLOB", "BCRYPT_DH_PUBLIC_BLOB",
                        "BCRYPT_DSA_PRIVATE_BLOB", "BCRYPT_DSA_PUBLIC_BLOB", "BCRYPT_ECCPRIVATE_BLOB", "BCRYPT_ECCPUBLIC_BLOB",
                        "BCRYPT_KEY_DATA_BLOB", "BCRYPT_MLKEM_PRIVATE_BLOB", "BCRYPT_MLKEM_PRIVATE_SEED_BLOB",
                        "BCRYPT_MLKEM_PUBLIC_BLOB", "BCRYPT_PQDSA_PRIVATE_BLOB", "BCRYPT_PQDSA_PRIVATE_SEED_BLOB",
                        "BCRYPT_PQDSA_PUBLIC_BLOB", "BCRYPT_PRIVATE_KEY_BLOB", "BCRYPT_PUBLIC_KEY_BLOB",
                        "BCRYPT_RSAFULLPRIVATE_BLOB", "BCRYPT_RSAPRIVATE_BLOB", "BCRYPT_RSAPUBLIC_BLOB",
                        "LEGACY_DH_PRIVATE_BLOB", "LEGACY_DH_PUBLIC_BLOB", "LEGACY_DSA_PRIVATE_BLOB", "LEGACY_DSA_PUBLIC_BLOB",
                        "LEGACY_DSA_V2_PRIVATE_BLOB", "LEGACY_RSAPRIVATE_BLOB", "LEGACY_RSAPUBLIC_BLOB"),
                List.copyOf(BlobCrossCheck.blobTypes()));
    }

    private static List<String> fields(List<BlobMismatch> mismatches) {
        return mismatches.stream().map(BlobMismatch::field).toList();
    }

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }
}
