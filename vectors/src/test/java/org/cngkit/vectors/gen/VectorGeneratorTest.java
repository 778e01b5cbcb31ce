package org.cngkit.vectors.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.cngkit.vectors.TestGroup;
import org.cngkit.vectors.VectorCatalog;
import org.junit.jupiter.api.Test;

/** (c) the committed vector files are exactly what the generator writes now. */
// Tagged slow: it regenerates every vector file (seeded RSA prime and DSA domain searches): minutes of CPU. `mvn verify` leaves it out; CI runs it (.ci/run, -Dgroups=slow).
@org.junit.jupiter.api.Tag("slow")
class VectorGeneratorTest {

    private static Path vectorsDir() {
        return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    }

    @Test
    void committedFilesAreWhatTheGeneratorWrites() throws IOException {
        Map<String, byte[]> generated = VectorGenerator.generate(vectorsDir());
        assertEquals(java.util.Set.of(VectorGenerator.KEY_DATA_FILE, RsaVectors.FILE, EccVectors.FILE, NamedCurveVectors.FILE, DsaVectors.FILE,
                        DhVectors.FILE, LegacyVectors.FILE, AesWrapKeyBlobVectors.FILE, MlKemVectors.FILE, MlDsaVectors.FILE,
                        SlhDsaVectors.FILE, LmsVectors.FILE, XmssVectors.FILE, VectorGenerator.INDEX_FILE),
                generated.keySet());
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            byte[] committed = Files.readAllBytes(vectorsDir().resolve(file.getKey()));
            assertTrue(Arrays.equals(file.getValue(), committed), file.getKey() + " differs from the generator's output;"
                    + " regenerate with: vectors/regenerate");
        }
    }

    @Test
    void outputIsDeterministicAndEndsWithANewline() {
        Map<String, byte[]> first = VectorGenerator.generate(vectorsDir());
        Map<String, byte[]> second = VectorGenerator.generate(vectorsDir());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name), second.get(name), name);
            String text = new String(first.get(name), StandardCharsets.UTF_8);
            assertTrue(text.endsWith("\n"), name);
            assertFalse(text.contains("\r"), name);
        }
    }

    @Test
    void seededBytesMatchAnIndependentSha256Computation() {
        // python3: hashlib.sha256(b'abc' + bytes(4)).digest() + hashlib.sha256(b'abc' + b'\0\0\0\1').digest()[:8]
        assertEquals("cf2db1ac9867debdf8ce91f99f141e5544bf26ca36b3fd4f8e4035eec42cab0d" + "46c386ebccef82ba",
                HexFormat.of().formatHex(new SeededBytes("abc").next(40)));
        SeededBytes split = new SeededBytes("abc");
        byte[] a = split.next(30);
        byte[] b = split.next(10);
        byte[] joined = Arrays.copyOf(a, 40);
        System.arraycopy(b, 0, joined, 30, 10);
        assertArrayEquals(new SeededBytes("abc").next(40), joined);
    }

    @Test
    void seededAes256KeyIsTheFirstBlockOfItsSeed() {
        // python3: hashlib.sha256(b'cngkit/key_data_blob_test/AES-256/1' + bytes(4)).hexdigest()
        TestGroup group = VectorCatalog.load().file(VectorGenerator.KEY_DATA_FILE).testGroups().stream()
                .filter(g -> g.source().ref().equals("seed cngkit/key_data_blob_test/AES-256/1")).findFirst().orElseThrow();
        assertEquals("c00f063aca8d229812ded70f5d088b3d96fddde124b5f3c4bebe1e5f6864fbc8",
                HexFormat.of().formatHex(group.key().component("secret")));
    }

    @Test
    void tripleDesKeysHaveOddParityAndDistinctParts() {
        long count = VectorCatalog.load().file(VectorGenerator.KEY_DATA_FILE).testGroups().stream()
                .filter(g -> g.algorithm().equals("3DES"))
                .peek(g -> {
                    byte[] key = g.key().component("secret");
                    assertEquals(192, g.keyBits());
                    assertTrue(DesKeys.hasOddParity(key));
                    assertTrue(DesKeys.isUsableTripleDesKey(key));
                    assertArrayEquals(key, DesKeys.withOddParity(key), "setting parity again changes nothing");
                })
                .count();
        assertEquals(2, count);
    }

    @Test
    void weakDesKeysAndRepeatedPartsAreRefused() {
        byte[] weak = HexFormat.of().parseHex("0101010101010101" + "0123456789abcdef" + "fedcba9876543210");
        assertFalse(DesKeys.isUsableTripleDesKey(weak));
        byte[] repeated = HexFormat.of().parseHex("0123456789abcdef" + "0123456789abcdef" + "fedcba9876543210");
        assertFalse(DesKeys.isUsableTripleDesKey(repeated));
        assertTrue(DesKeys.isUsableTripleDesKey(
                HexFormat.of().parseHex("0123456789abcdef" + "23456789abcdef01" + "456789abcdef0123")));
    }

    @Test
    void theWriterReproducesTheBlobSeenOnWindows() {
        byte[] key = new byte[16];
        Arrays.fill(key, (byte) 0x11);
        assertEquals(VectorGenerator.WINDOWS_AES128_BLOB, HexFormat.of().formatHex(KeyDataBlobWriter.write(key)));
    }
}
