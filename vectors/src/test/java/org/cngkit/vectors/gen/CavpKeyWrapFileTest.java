package org.cngkit.vectors.gen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.cngkit.vectors.AesKeyWrap;
import org.junit.jupiter.api.Test;

/** The CAVP key-wrap text reader, and the upstream files it reads. */
class CavpKeyWrapFileTest {

    @Test
    void readsEncryptAndDecryptRecordsIncludingFail() {
        List<CavpKeyWrapFile.Record> records = CavpKeyWrapFile.parse(List.of(
                "# CAVS 17.4", "", "[PLAINTEXT LENGTH = 128]", "",
                "COUNT = 0", "K = 00", "P = 11", "C = 22", "",
                "COUNT = 1", "K = 33", "C = 44", "FAIL", "",
                "[PLAINTEXT LENGTH = 256]", "COUNT = 0", "K = 55", "C = 66", "P = 77"), "inline");
        assertEquals(3, records.size());
        assertArrayEquals(new byte[] {0x11}, records.get(0).keyData());
        assertTrue(records.get(1).fail());
        assertNull(records.get(1).keyData());
        assertEquals(256, records.get(2).plaintextBits());
        assertEquals("f.txt [PLAINTEXT LENGTH = 256] COUNT = 0", records.get(2).locator("f.txt"));
    }

    @Test
    void anIncompleteRecordIsAnError() {
        assertThrows(IllegalStateException.class, () -> CavpKeyWrapFile.parse(List.of(
                "[PLAINTEXT LENGTH = 128]", "COUNT = 0", "K = 00"), "inline"));
        assertThrows(IllegalStateException.class, () -> CavpKeyWrapFile.parse(List.of("X = 1"), "inline"));
    }

    @Test
    void theCopiedNistFilesAgreeWithTheJdk() {
        Path dir = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        List<CavpKeyWrapFile.Record> encrypt = CavpKeyWrapFile.read(dir.resolve(AesWrapKeyBlobVectors.CAVP_ENCRYPT));
        List<CavpKeyWrapFile.Record> decrypt = CavpKeyWrapFile.read(dir.resolve(AesWrapKeyBlobVectors.CAVP_DECRYPT));
        assertEquals(10, encrypt.size());
        assertEquals(11, decrypt.size());
        assertEquals(3, decrypt.stream().filter(CavpKeyWrapFile.Record::fail).count());
        for (CavpKeyWrapFile.Record r : encrypt) {
            assertArrayEquals(r.wrapped(), AesKeyWrap.wrap(r.kek(), r.keyData()), r.locator("KW_AE_128.txt"));
        }
        for (CavpKeyWrapFile.Record r : decrypt) {
            if (r.fail()) {
                assertFalse(AesKeyWrap.unwrap(r.kek(), r.wrapped()).isPresent(), r.locator("KW_AD_128.txt"));
            } else {
                assertArrayEquals(r.keyData(), AesKeyWrap.unwrap(r.kek(), r.wrapped()).orElseThrow(), r.locator("KW_AD_128.txt"));
            }
        }
    }

    @Test
    void theWrapSeenOnWindowsIsPlainRfc3394() {
        byte[] kek = new byte[16];
        byte[] key = new byte[32];
        Arrays.fill(kek, (byte) 0x11);
        Arrays.fill(key, (byte) 0x22);
        assertEquals(AesWrapKeyBlobVectors.WINDOWS_WRAPPED, HexFormat.of().formatHex(AesKeyWrap.wrap(kek, key)));
    }
}
