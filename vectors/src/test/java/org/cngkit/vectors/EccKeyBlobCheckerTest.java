package org.cngkit.vectors;

import static org.cngkit.vectors.VectorGroups.expected;
import static org.cngkit.vectors.VectorGroups.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ECC layout checks: padding, magics per algorithm, and the generic-algorithm acceptance set. */
class EccKeyBlobCheckerTest {
    private static final String FILE_NAME = "ecc_blob_test.json";

    private static TestGroup group(int tgId) {
        return VectorGroups.group(FILE_NAME, tgId);
    }

    @Test
    void p521NumbersArePaddedTo66Bytes() {
        TestGroup p521 = group(4);
        byte[] blob = expected(p521, "BCRYPT_ECCPRIVATE_BLOB");
        assertEquals("45434b36" + "42000000", HexFormat.of().formatHex(blob, 0, 8));
        assertEquals(8 + 3 * 66, blob.length);
        assertEquals(0, blob[8]);
    }

    @Test
    void unpaddedP521CoordinatesAreAStructureError() {
        TestGroup p521 = group(4);
        byte[] blob = expected(p521, "BCRYPT_ECCPRIVATE_BLOB");
        byte[] unpadded = new byte[8 + 3 * 65];
        System.arraycopy(blob, 0, unpadded, 0, 8);
        unpadded[4] = 65;
        for (int i = 0; i < 3; i++) {
            System.arraycopy(blob, 8 + 66 * i + 1, unpadded, 8 + 65 * i, 65);
        }
        assertEquals(List.of("structure"), fields("BCRYPT_ECCPRIVATE_BLOB", p521.vectorKey(), unpadded));
    }

    @Test
    void aNamedCurveAlgorithmNeedsItsPerCurveMagic() {
        TestGroup ecdsa256 = group(5);
        byte[] blob = expected(ecdsa256, "BCRYPT_ECCPUBLIC_BLOB");
        assertEquals(List.of(), fields("BCRYPT_ECCPUBLIC_BLOB", ecdsa256.vectorKey(), blob));
        byte[] ecdhMagic = blob.clone();
        ecdhMagic[2] = 'K';
        assertEquals(List.of("magic"), fields("BCRYPT_ECCPUBLIC_BLOB", ecdsa256.vectorKey(), ecdhMagic));
        byte[] generic = blob.clone();
        generic[2] = 'D';
        generic[3] = 'P';
        assertEquals(List.of("magic"), fields("BCRYPT_ECCPUBLIC_BLOB", ecdsa256.vectorKey(), generic));
        assertEquals(List.of("magic"), fields("BCRYPT_ECCPRIVATE_BLOB", ecdsa256.vectorKey(), blob));
    }

    @Test
    void aGenericAlgorithmMayCarryTheGenericOrThePerCurveMagic() {
        TestGroup genericEcdh = group(8);
        byte[] blob = expected(genericEcdh, "BCRYPT_ECCPRIVATE_BLOB");
        assertEquals("ECKV", new String(blob, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(List.of(), fields("BCRYPT_ECCPRIVATE_BLOB", genericEcdh.vectorKey(), blob));
        byte[] perCurve = blob.clone();
        perCurve[3] = '2';
        assertEquals(List.of(), fields("BCRYPT_ECCPRIVATE_BLOB", genericEcdh.vectorKey(), perCurve));
        assertEquals(List.of(), fields("BCRYPT_PRIVATE_KEY_BLOB", genericEcdh.vectorKey(), perCurve));
        byte[] otherCurve = blob.clone();
        otherCurve[3] = '4';
        assertEquals(List.of("structure"), fields("BCRYPT_ECCPRIVATE_BLOB", genericEcdh.vectorKey(), otherCurve));
        byte[] wrongLength = blob.clone();
        wrongLength[4] = 31;
        assertEquals("len_x", fields("BCRYPT_ECCPRIVATE_BLOB", genericEcdh.vectorKey(), wrongLength).get(0));
    }

    @Test
    void aTruncatedOrLongerBlobIsReported() {
        TestGroup p256 = group(1);
        byte[] blob = expected(p256, "BCRYPT_ECCPUBLIC_BLOB");
        assertEquals(List.of("structure"), fields("BCRYPT_ECCPUBLIC_BLOB", p256.vectorKey(), Arrays.copyOf(blob, 71)));
        assertEquals(List.of("trailing"), fields("BCRYPT_ECCPUBLIC_BLOB", p256.vectorKey(), Arrays.copyOf(blob, 73)));
    }

    @Test
    void keyRelationsCatchAPointOffTheCurveAndAWrongScalar() {
        assertEquals(List.of(), KeyRelations.violations(group(7).vectorKey()));
        Map<String, byte[]> c = new LinkedHashMap<>(group(1).key().components());
        c.put("d", group(1).key().component("x"));
        assertEquals(List.of("(x, y) is not d G"), KeyRelations.violations(new VectorKey("ECDH_P256", 256, new KeyMaterial(c))));
        c.put("y", group(1).key().component("x"));
        assertEquals(List.of("(x, y) is not a point of P-256"),
                KeyRelations.violations(new VectorKey("ECDH_P256", 256, new KeyMaterial(c))));
    }
}
