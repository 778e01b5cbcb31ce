package org.cngkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The post-quantum checkers find every way a blob can disagree with its key, and say which field. */
class ParameterSetKeyBlobCheckerTest {
    private static final byte[] SEED = filled(64, 0x2a);
    private static final VectorKey KEY = new VectorKey("ML-KEM", 0, new KeyMaterial(Map.of(
            KeyMaterial.SEED, SEED, KeyMaterial.PUBLIC_KEY, filled(800, 0x11), KeyMaterial.PRIVATE_KEY, filled(1632, 0x22)),
            "512"));
    /** ML-KEM-512 seed blob: "MLKS", cbParameterSet 8, cbKey 64, "512" NUL, the seed. */
    private static final byte[] GOOD = concat(HexFormat.of().parseHex("4d4c4b53" + "08000000" + "40000000"
            + "3500310032000000"), SEED);
    private static final String SEED_BLOB = "BCRYPT_MLKEM_PRIVATE_SEED_BLOB";

    @Test
    void theWellFormedBlobPasses() {
        assertEquals(List.of(), BlobCrossCheck.check(SEED_BLOB, KEY, GOOD));
    }

    @Test
    void everyMlKemVectorBlobNamesItsSetAndSize() {
        VectorFile file = VectorCatalog.load().file("mlkem_key_blob_test.json");
        Map<String, List<Integer>> sizes = Map.of("512", List.of(800, 1632, 64), "768", List.of(1184, 2400, 64),
                "1024", List.of(1568, 3168, 64));
        for (TestGroup group : file.testGroups()) {
            List<Integer> expected = sizes.get(group.key().parameterSet());
            assertEquals(3, group.tests().size());
            for (int i = 0; i < 3; i++) {
                byte[] blob = group.tests().get(i).expected().blob();
                int cbParameterSet = group.key().parameterSet().length() * 2 + 2;
                assertEquals(12 + cbParameterSet + expected.get(i), blob.length, "tcId " + group.tests().get(i).tcId());
            }
        }
    }

    @Test
    void aMagicOfAnotherBlobTypeIsReported() {
        byte[] blob = GOOD.clone();
        blob[3] = 'R';
        // MLKR with a 64-byte key does not parse: the private key of 512 is 1632 bytes
        assertEquals(List.of("structure"), fields(BlobCrossCheck.check(SEED_BLOB, KEY, blob)));
        byte[] dsaSeed = concat(HexFormat.of().parseHex("44535353" + "06000000" + "20000000" + "340034000000"), filled(32, 1));
        VectorKey dsaKey = new VectorKey("ML-DSA", 0,
                new KeyMaterial(Map.of(KeyMaterial.SEED, filled(32, 1), KeyMaterial.PUBLIC_KEY, filled(1, 0)), "44"));
        assertEquals(List.of("magic"), fields(BlobCrossCheck.check(SEED_BLOB, dsaKey, dsaSeed)));
        assertEquals(List.of(), BlobCrossCheck.check("BCRYPT_PQDSA_PRIVATE_SEED_BLOB", dsaKey, dsaSeed));
    }

    @Test
    void anotherValidSetIsReportedAsTheParameterSet() {
        byte[] blob = GOOD.clone();
        blob[12] = '7';
        blob[14] = '6';
        blob[16] = '8';
        List<BlobMismatch> mismatches = BlobCrossCheck.check(SEED_BLOB, KEY, blob);
        assertEquals(List.of("parameter_set"), fields(mismatches));
        assertEquals("parameter_set: expected \"512\", got \"768\"", mismatches.get(0).toString());
    }

    @Test
    void cbParameterSetCountingCharactersIsAStructureError() {
        byte[] blob = GOOD.clone();
        blob[4] = 4;
        assertEquals(List.of("structure"), fields(BlobCrossCheck.check(SEED_BLOB, KEY, blob)));
    }

    @Test
    void aParameterSetWithoutNulIsAStructureError() {
        byte[] name = "512".getBytes(StandardCharsets.UTF_16LE);
        byte[] blob = concat(concat(HexFormat.of().parseHex("4d4c4b53" + "06000000" + "40000000"), name), SEED);
        assertEquals(List.of("structure"), fields(BlobCrossCheck.check(SEED_BLOB, KEY, blob)));
    }

    @Test
    void differentKeyBytesAreReportedWithoutShowingThem() {
        byte[] blob = GOOD.clone();
        blob[blob.length - 1] ^= 1;
        List<BlobMismatch> mismatches = BlobCrossCheck.check(SEED_BLOB, KEY, blob);
        assertEquals(List.of("key"), fields(mismatches));
        assertEquals("key: expected the 64-byte key.seed, got 64 bytes, differing from it at byte offset 63",
                mismatches.get(0).toString());
    }

    @Test
    void trailingAndMissingBytesAreReported() {
        assertEquals(List.of("trailing"), fields(BlobCrossCheck.check(SEED_BLOB, KEY, Arrays.copyOf(GOOD, GOOD.length + 2))));
        List<BlobMismatch> truncated = BlobCrossCheck.check(SEED_BLOB, KEY, Arrays.copyOf(GOOD, GOOD.length - 1));
        assertEquals(List.of("structure"), fields(truncated));
        assertTrue(truncated.get(0).expected().startsWith("84 bytes"), truncated.get(0).toString());
        byte[] huge = GOOD.clone();
        huge[11] = (byte) 0xff;
        assertEquals(List.of("structure"), fields(BlobCrossCheck.check(SEED_BLOB, KEY, huge)));
    }

    @Test
    void aKeyWithoutParameterSetOrComponentCannotBeChecked() {
        VectorKey symmetric = new VectorKey("AES", 128, new KeyMaterial(Map.of(KeyMaterial.SECRET, filled(16, 0))));
        assertThrows(IllegalArgumentException.class, () -> BlobCrossCheck.check(SEED_BLOB, symmetric, GOOD));
        VectorKey publicOnly = new VectorKey("ML-KEM", 0, new KeyMaterial(Map.of(KeyMaterial.PUBLIC_KEY, filled(800, 0)), "512"));
        assertThrows(IllegalArgumentException.class, () -> BlobCrossCheck.check(SEED_BLOB, publicOnly, GOOD));
    }

    private static List<String> fields(List<BlobMismatch> mismatches) {
        return mismatches.stream().map(BlobMismatch::field).toList();
    }

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
