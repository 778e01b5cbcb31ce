package org.cngkit.vectors;

import static org.cngkit.vectors.VectorGroups.expected;
import static org.cngkit.vectors.VectorGroups.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The DSA layout checks: the version by key size, Count and Seed, the V2 header fields. */
class DsaKeyBlobCheckerTest {
    private static final String FILE_NAME = "dsa_blob_test.json";

    private static TestGroup group(int tgId) {
        return VectorGroups.group(FILE_NAME, tgId);
    }

    @Test
    void aV1BlobCarriesTheCounterBigEndianAndTheSeed() {
        TestGroup dsa1024 = group(2);
        byte[] blob = expected(dsa1024, "BCRYPT_DSA_PUBLIC_BLOB");
        assertEquals("44535042" + "80000000", HexFormat.of().formatHex(blob, 0, 8));
        assertEquals(HexFormat.of().formatHex(dsa1024.key().component("count")), HexFormat.of().formatHex(blob, 8, 12));
        assertEquals(52 + 3 * 128, blob.length);
        assertEquals(72 + 3 * 128, expected(dsa1024, "BCRYPT_DSA_PRIVATE_BLOB").length);
        byte[] littleEndianCount = blob.clone();
        for (int i = 0; i < 2; i++) {
            byte t = littleEndianCount[8 + i];
            littleEndianCount[8 + i] = littleEndianCount[11 - i];
            littleEndianCount[11 - i] = t;
        }
        assertEquals(List.of("count"), fields("BCRYPT_DSA_PUBLIC_BLOB", dsa1024.vectorKey(), littleEndianCount));
    }

    @Test
    void anUnknownSeedIsAllFf() {
        byte[] blob = expected(group(3), "BCRYPT_DSA_PRIVATE_BLOB");
        assertEquals("ff".repeat(24), HexFormat.of().formatHex(blob, 8, 32));
        assertEquals(List.of("count", "seed"), fields("BCRYPT_DSA_PRIVATE_BLOB", group(2).vectorKey(), blob));
    }

    @Test
    void aV2BlobHasTheFips1863HeaderForA2048BitKey() {
        TestGroup dsa2048 = group(4);
        byte[] blob = expected(dsa2048, "BCRYPT_DSA_PRIVATE_BLOB");
        // DPV2, cbKey 256, SHA-256, FIPS 186-3, cbSeedLength 32, cbGroupSize 32
        assertEquals("44505632" + "00010000" + "01000000" + "01000000" + "20000000" + "20000000",
                HexFormat.of().formatHex(blob, 0, 24));
        assertEquals(28 + 32 + 32 + 3 * 256 + 32, blob.length);
        byte[] sha1 = blob.clone();
        sha1[8] = 0;
        assertEquals(List.of("hash_algorithm"), fields("BCRYPT_DSA_PRIVATE_BLOB", dsa2048.vectorKey(), sha1));
    }

    @Test
    void aV1BlobForA2048BitKeyIsTheWrongMagic() {
        TestGroup dsa2048 = group(4);
        byte[] v2 = expected(dsa2048, "BCRYPT_DSA_PUBLIC_BLOB");
        byte[] v1Magic = v2.clone();
        System.arraycopy("DSPB".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, v1Magic, 0, 4);
        assertEquals(List.of("magic"), fields("BCRYPT_DSA_PUBLIC_BLOB", dsa2048.vectorKey(), v1Magic));
        assertEquals(List.of("magic"), fields("BCRYPT_PUBLIC_KEY_BLOB", dsa2048.vectorKey(), v1Magic));
        assertEquals(List.of("magic"), fields("BCRYPT_DSA_PUBLIC_BLOB", group(1).vectorKey(), v2));
    }

    @Test
    void theGenericBlobsAreTheDsaBlobs() {
        for (TestGroup g : VectorCatalog.load().file(FILE_NAME).testGroups()) {
            assertEquals(List.of(), fields("BCRYPT_PRIVATE_KEY_BLOB", g.vectorKey(), expected(g, "BCRYPT_DSA_PRIVATE_BLOB")));
            assertEquals(List.of(), fields("BCRYPT_PUBLIC_KEY_BLOB", g.vectorKey(), expected(g, "BCRYPT_DSA_PUBLIC_BLOB")));
        }
    }

    @Test
    void keyRelationsCatchAWrongPublicValue() {
        Map<String, byte[]> c = new LinkedHashMap<>(group(1).key().components());
        c.put("y", group(1).key().component("g"));
        assertEquals(List.of("y is not g^x mod p with 1 <= x < q"),
                KeyRelations.violations(new VectorKey("DSA", 512, new KeyMaterial(c))));
    }

    @Test
    void materialReadFromAV2BlobIsTheKey() {
        TestGroup dsa3072 = group(5);
        assertEquals(dsa3072.key(), BlobCrossCheck.checker("BCRYPT_DSA_PRIVATE_BLOB")
                .material(expected(dsa3072, "BCRYPT_DSA_PRIVATE_BLOB")).orElseThrow());
    }
}
