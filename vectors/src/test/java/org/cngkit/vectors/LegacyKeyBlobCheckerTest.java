package org.cngkit.vectors;

import static org.cngkit.vectors.VectorGroups.expected;
import static org.cngkit.vectors.VectorGroups.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CryptoAPI layout checks: little-endian numbers, the header, the accepted DSS versions, DSSSEED. */
class LegacyKeyBlobCheckerTest {
    private static final String FILE_NAME = "legacy_blob_test.json";

    private static TestGroup group(int tgId) {
        return VectorGroups.group(FILE_NAME, tgId);
    }

    @Test
    void anRsaPublicBlobIsLittleEndianWithTheExponentAsAU32() {
        TestGroup rsa512 = group(1);
        byte[] blob = expected(rsa512, "LEGACY_RSAPUBLIC_BLOB");
        assertEquals("0602000000a40000" + "52534131" + "00020000" + "01000100", HexFormat.of().formatHex(blob, 0, 20));
        assertEquals(20 + 64, blob.length);
        byte[] bigEndian = blob.clone();
        for (int i = 0; i < 32; i++) {
            byte t = bigEndian[20 + i];
            bigEndian[20 + i] = bigEndian[20 + 63 - i];
            bigEndian[20 + 63 - i] = t;
        }
        assertEquals(List.of("modulus"), fields("LEGACY_RSAPUBLIC_BLOB", rsa512.vectorKey(), bigEndian));
    }

    @Test
    void theRsaHeaderIsChecked() {
        TestGroup rsa512 = group(1);
        byte[] blob = expected(rsa512, "LEGACY_RSAPRIVATE_BLOB").clone();
        blob[0] = 0x06;
        blob[1] = 0x03;
        assertEquals(List.of("b_type", "version"), fields("LEGACY_RSAPRIVATE_BLOB", rsa512.vectorKey(), blob));
        byte[] sign = expected(rsa512, "LEGACY_RSAPRIVATE_BLOB").clone();
        sign[5] = 0x24;
        assertEquals(List.of(), fields("LEGACY_RSAPRIVATE_BLOB", rsa512.vectorKey(), sign), "CALG_RSA_SIGN conforms");
    }

    @Test
    void aDsaPublicBlobMayBeVersion2OrVersion3ButTheV2PrivateBlobOnlyVersion2() {
        TestGroup dsa512 = group(6);
        VectorKey key = dsa512.vectorKey();
        byte[] v2 = expected(dsa512, "LEGACY_DSA_V2_PRIVATE_BLOB");
        assertEquals(List.of(), fields("LEGACY_DSA_PRIVATE_BLOB", key, v2));
        byte[] v3 = expected(dsa512, "LEGACY_DSA_PRIVATE_BLOB");
        assertEquals(3, v3[1]);
        assertEquals(List.of("version"), fields("LEGACY_DSA_V2_PRIVATE_BLOB", key, v3));
    }

    @Test
    void aMissingDssSeedIsReported() {
        TestGroup dsa1024 = group(7);
        byte[] blob = expected(dsa1024, "LEGACY_DSA_V2_PRIVATE_BLOB");
        byte[] withoutSeed = java.util.Arrays.copyOf(blob, blob.length - 24);
        List<String> found = fields("LEGACY_DSA_V2_PRIVATE_BLOB", dsa1024.vectorKey(), withoutSeed);
        assertEquals(List.of("structure"), found);
    }

    @Test
    void theCounterIsLittleEndianAndTheSeedReversed() {
        TestGroup dsa1024 = group(7);
        byte[] blob = expected(dsa1024, "LEGACY_DSA_V2_PRIVATE_BLOB").clone();
        int seedStart = blob.length - 20;
        byte t = blob[seedStart];
        blob[seedStart] = blob[blob.length - 1];
        blob[blob.length - 1] = t;
        assertTrue(fields("LEGACY_DSA_V2_PRIVATE_BLOB", dsa1024.vectorKey(), blob).contains("seed.seed (byte-reversed)"));
    }

    @Test
    void aDhBlobMayCarryEitherDhAlgId() {
        TestGroup dh768 = group(10);
        byte[] blob = expected(dh768, "LEGACY_DH_PRIVATE_BLOB").clone();
        assertEquals(0x02, blob[4]);
        blob[4] = 0x01;
        assertEquals(List.of(), fields("LEGACY_DH_PRIVATE_BLOB", dh768.vectorKey(), blob));
        blob[4] = 0x03;
        assertEquals(List.of("ai_key_alg"), fields("LEGACY_DH_PRIVATE_BLOB", dh768.vectorKey(), blob));
    }
}
