package org.cngkit.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The key-wrap oracle: RFC 3394 through the JDK, and what it reports about blobs that are not the wrap of the key. */
class AesWrapKeyBlobCheckerTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final String TYPE = "BCRYPT_AES_WRAP_KEY_BLOB";
    /** RFC 3394 section 4.1. */
    private static final byte[] KEK = HEX.parseHex("000102030405060708090a0b0c0d0e0f");
    private static final byte[] KEY = HEX.parseHex("00112233445566778899aabbccddeeff");
    private static final byte[] WRAPPED = HEX.parseHex("1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5");
    private static final VectorKey MATERIAL = new VectorKey("AES", 128,
            new KeyMaterial(Map.of(KeyMaterial.KEK, KEK, KeyMaterial.SECRET, KEY)));

    @Test
    void theJdkReproducesRfc3394Section41BothWays() {
        assertArrayEquals(WRAPPED, AesKeyWrap.wrap(KEK, KEY));
        assertArrayEquals(KEY, AesKeyWrap.unwrap(KEK, WRAPPED).orElseThrow());
        assertEquals(List.of(), BlobCrossCheck.check(TYPE, MATERIAL, WRAPPED));
    }

    @Test
    void anotherKeyEncryptionKeyFailsTheIntegrityCheck() {
        byte[] otherKek = KEK.clone();
        otherKek[0] ^= 1;
        VectorKey other = new VectorKey("AES", 128, new KeyMaterial(Map.of(KeyMaterial.KEK, otherKek, KeyMaterial.SECRET, KEY)));
        assertEquals(List.of("integrity"), fields(BlobCrossCheck.check(TYPE, other, WRAPPED)));
    }

    @Test
    void anotherInitialValueFailsTheIntegrityCheck() throws Exception {
        Cipher kw = Cipher.getInstance("AES/KW/NoPadding");
        kw.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(KEK, "AES"), new IvParameterSpec(HEX.parseHex("a6a6a6a6a6a6a6a7")));
        byte[] otherIv = kw.doFinal(KEY);
        assertEquals(WRAPPED.length, otherIv.length);
        assertEquals(List.of("integrity"), fields(BlobCrossCheck.check(TYPE, MATERIAL, otherIv)));
    }

    @Test
    void aKeyDataHeaderInFrontIsReported() {
        byte[] prefixed = new byte[12 + WRAPPED.length];
        System.arraycopy(HEX.parseHex("4b44424d0100000010000000"), 0, prefixed, 0, 12);
        System.arraycopy(WRAPPED, 0, prefixed, 12, WRAPPED.length);
        assertEquals(List.of("len_wrapped_key", "integrity"), fields(BlobCrossCheck.check(TYPE, MATERIAL, prefixed)));
    }

    @Test
    void theWrapOfAnotherKeyIsReportedWithoutItsBytes() {
        byte[] otherKey = KEY.clone();
        otherKey[5] ^= 0x40;
        List<BlobMismatch> mismatches = BlobCrossCheck.check(TYPE, MATERIAL, AesKeyWrap.wrap(KEK, otherKey));
        assertEquals(List.of("key_data"), fields(mismatches));
        assertTrue(mismatches.get(0).actual().contains("offset 5"), mismatches.get(0).toString());
        String text = mismatches.toString();
        assertFalse(text.contains(HEX.formatHex(KEY)) || text.contains(HEX.formatHex(otherKey)), text);
    }

    @Test
    void malformedLengthsNeverThrow() {
        for (int length : new int[] {0, 1, 8, 15, 23, 25}) {
            List<BlobMismatch> mismatches = BlobCrossCheck.check(TYPE, MATERIAL, new byte[length]);
            assertTrue(fields(mismatches).contains("integrity"), length + ": " + mismatches);
        }
    }

    @Test
    void aSingleSemiblockIsOneAesBlockOfTheInitialValueAndTheKey() {
        // Wycheproof aes_wrap_test.json tcId 12 (ShortKey, result "acceptable")
        byte[] kek = HEX.parseHex("574957151fc2afe0fa3dc7a9a7da6495");
        byte[] key = HEX.parseHex("0001020304050607");
        byte[] wrapped = HEX.parseHex("6f0b501f1f2f59e3ae605aa679ce43a6");
        assertArrayEquals(key, AesKeyWrap.unwrap(kek, wrapped).orElseThrow());
        byte[] damaged = wrapped.clone();
        damaged[15] ^= 1;
        assertTrue(AesKeyWrap.unwrap(kek, damaged).isEmpty());
    }

    @TestFactory
    Stream<DynamicTest> everyRefusedUnwrapInputFailsTheOracleToo() {
        VectorFile file = VectorCatalog.load().file("aes_wrap_key_blob_test.json");
        return file.tests().stream()
                .filter(t -> t.isImport() && !t.expected().accepts("STATUS_SUCCESS"))
                .map(t -> DynamicTest.dynamicTest("tcId " + t.tcId(), () -> assertTrue(
                        AesKeyWrap.unwrap(t.key().component(KeyMaterial.KEK), t.input()).isEmpty(),
                        "the oracle unwraps an input the vector says must be refused")));
    }

    @Test
    void theFileCoversEveryUpstreamSource() {
        VectorFile file = VectorCatalog.load().file("aes_wrap_key_blob_test.json");
        List<String> sources = file.testGroups().stream().map(g -> g.source().name()).distinct().toList();
        assertEquals(List.of("rfc3394", "windows-observed", "nist-cavp", "wycheproof", "cngkit-vectorgen"), sources);
        long windows = file.tests().stream().filter(t -> t.group().source().name().equals("windows-observed")
                && !t.isImport()).filter(t -> t.expected().blob().length == 40).count();
        assertEquals(1, windows, "the 40-byte blob seen on Windows");
        assertTrue(file.tests().stream().anyMatch(t -> t.group().source().ref().contains("COUNT = 1") && t.isImport()
                && !t.expected().accepts("STATUS_SUCCESS")), "a NIST FAIL case");
    }

    private static List<String> fields(List<BlobMismatch> mismatches) {
        return mismatches.stream().map(BlobMismatch::field).toList();
    }
}
