package org.cngkit.vectors;

import static org.cngkit.vectors.VectorGroups.expected;
import static org.cngkit.vectors.VectorGroups.fields;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cngkit.formats.BcryptEcckeyBlob.Magic;
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
        assertEquals(List.of("(x, y) is not a point of nistP256"),
                KeyRelations.violations(new VectorKey("ECDH_P256", 256, new KeyMaterial(c))));
    }

    private static VectorKey named(int tgId) {
        return VectorGroups.group("ecc_named_curve_blob_test.json", tgId).vectorKey();
    }

    private static byte[] namedBlob(int tgId, String blobType) {
        return expected(VectorGroups.group("ecc_named_curve_blob_test.json", tgId), blobType);
    }

    /** Group 7: ECDH on brainpoolP256r1; group 19: ECDH on nistP256 through ECCCurveName. */
    @Test
    void aNamedCurveKeyTakesTheGenericMagicAndOnlyANistCurveAlsoItsPerCurveMagic() {
        assertEquals(Set.of(Magic.ECDH_PRIVATE_GENERIC), EccKeyBlobChecker.acceptedMagics(named(7), true));
        assertEquals(Set.of(Magic.ECDH_PUBLIC_GENERIC, Magic.ECDH_PUBLIC_P256),
                EccKeyBlobChecker.acceptedMagics(named(19), false));
        byte[] blob = namedBlob(7, "BCRYPT_ECCPUBLIC_BLOB");
        blob[0] = '1'; // "ECK1": the P-256 magic on a brainpool key
        blob[3] = '1';
        assertFalse(BlobCrossCheck.check("BCRYPT_ECCPUBLIC_BLOB", named(7), blob).isEmpty());
    }

    /** Group 23: secP160r1, whose 161-bit order makes cbKey 20 or 21 acceptable (UNCONFIRMED which). */
    @Test
    void aCurveWithALongerOrderAcceptsCbKeyOfTheFieldOrOfTheOrder() {
        VectorKey key = named(23);
        byte[] blob = namedBlob(23, "BCRYPT_ECCPRIVATE_BLOB");
        assertEquals(List.of(), BlobCrossCheck.check("BCRYPT_ECCPRIVATE_BLOB", key, blob));
        byte[] wide = new byte[8 + 3 * 21];
        System.arraycopy(blob, 0, wide, 0, 8);
        wide[4] = 21;
        for (int i = 0; i < 3; i++) {
            System.arraycopy(blob, 8 + 20 * i, wide, 8 + 21 * i + 1, 20);
        }
        assertEquals(List.of(), BlobCrossCheck.check("BCRYPT_ECCPRIVATE_BLOB", key, wide));
        wide[4] = 22;
        assertFalse(BlobCrossCheck.check("BCRYPT_ECCPRIVATE_BLOB", key, wide).isEmpty());
    }

    /** Group 15: curve25519; Y is not examined, X is. */
    @Test
    void aCurve25519BlobIsCheckedOnXAndDButNotOnY() {
        VectorKey key = named(15);
        byte[] blob = namedBlob(15, "BCRYPT_ECCPRIVATE_BLOB");
        assertEquals(8 + 3 * 32, blob.length);
        blob[8 + 32] = 0x5a;
        assertEquals(List.of(), BlobCrossCheck.check("BCRYPT_ECCPRIVATE_BLOB", key, blob));
        blob[8] ^= 1;
        assertFalse(BlobCrossCheck.check("BCRYPT_ECCPRIVATE_BLOB", key, blob).isEmpty());
    }
}
