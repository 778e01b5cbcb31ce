package org.cngkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The RSA layout checks catch the mistakes an implementation can make, and accept what two correct ones may differ in. */
class RsaKeyBlobCheckerTest {
    private static final TestGroup RSA512 = VectorGroups.group("rsa_blob_test.json", 1);

    private static byte[] expected(String blobType) {
        return VectorGroups.expected(RSA512, blobType);
    }

    private static List<String> fields(String blobType, byte[] blob) {
        return VectorGroups.fields(blobType, RSA512.vectorKey(), blob);
    }

    @Test
    void theVectorsOwnBlobsPassAndTheSmallestKeyHasTheWindowsObservedSizes() {
        byte[] blob = expected("BCRYPT_RSAPRIVATE_BLOB");
        assertEquals(List.of(), fields("BCRYPT_RSAPRIVATE_BLOB", blob));
        // Windows: a 512-bit key exports cbPublicExp 3, cbModulus 64, cbPrime1 = cbPrime2 = 32
        assertEquals("52534132" + "00020000" + "03000000" + "40000000" + "20000000" + "20000000",
                java.util.HexFormat.of().formatHex(blob, 0, 24));
    }

    @Test
    void aLittleEndianModulusIsReported() {
        byte[] blob = expected("BCRYPT_RSAPUBLIC_BLOB");
        int offset = 24 + 3;
        reverse(blob, offset, 64);
        assertEquals(List.of("modulus"), fields("BCRYPT_RSAPUBLIC_BLOB", blob));
    }

    @Test
    void cbPrime1LeftZeroInAPrivateBlobIsAStructureError() {
        byte[] blob = expected("BCRYPT_RSAPRIVATE_BLOB");
        blob[16] = 0;
        assertEquals(List.of("structure"), fields("BCRYPT_RSAPRIVATE_BLOB", blob));
    }

    @Test
    void aPaddedPublicExponentIsReported() {
        byte[] pub = expected("BCRYPT_RSAPUBLIC_BLOB");
        byte[] padded = new byte[pub.length + 1];
        System.arraycopy(pub, 0, padded, 0, 24);
        padded[8] = 4;
        System.arraycopy(pub, 24, padded, 25, pub.length - 24);
        assertEquals(List.of("len_public_exp", "public_exp"), fields("BCRYPT_RSAPUBLIC_BLOB", padded));
    }

    @Test
    void theWrongMagicForTheBlobTypeIsReported() {
        assertEquals(List.of("magic"), fields("BCRYPT_RSAPUBLIC_BLOB", expected("BCRYPT_RSAPRIVATE_BLOB")));
        assertEquals(List.of("magic"), fields("BCRYPT_PRIVATE_KEY_BLOB", expected("BCRYPT_RSAPUBLIC_BLOB")));
    }

    @Test
    void theGenericPrivateBlobMayBeRsa2OrRsa3() {
        assertEquals(List.of(), fields("BCRYPT_PRIVATE_KEY_BLOB", expected("BCRYPT_RSAPRIVATE_BLOB")));
        assertEquals(List.of(), fields("BCRYPT_PRIVATE_KEY_BLOB", expected("BCRYPT_RSAFULLPRIVATE_BLOB")));
        assertEquals(List.of(), fields("BCRYPT_PUBLIC_KEY_BLOB", expected("BCRYPT_RSAPUBLIC_BLOB")));
    }

    @Test
    void aPrivateExponentModuloPhiIsAcceptedButNotAnInvalidOne() {
        KeyMaterial k = RSA512.key();
        BigInteger p = k.number("p");
        BigInteger q = k.number("q");
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger dPhi = k.number("e").modInverse(phi);
        assertTrue(!dPhi.equals(k.number("d")), "this key's two exponents differ");
        byte[] blob = expected("BCRYPT_RSAFULLPRIVATE_BLOB");
        int dOffset = blob.length - 64;
        System.arraycopy(pad(dPhi, 64), 0, blob, dOffset, 64);
        assertEquals(List.of(), fields("BCRYPT_RSAFULLPRIVATE_BLOB", blob));
        blob[blob.length - 1] ^= 2;
        assertEquals(List.of("private_exponent"), fields("BCRYPT_RSAFULLPRIVATE_BLOB", blob));
    }

    @Test
    void aWrongCoefficientIsReported() {
        byte[] blob = expected("BCRYPT_RSAFULLPRIVATE_BLOB");
        int coefficient = 24 + 3 + 64 + 32 + 32 + 32 + 32;
        blob[coefficient + 31] ^= 1;
        assertEquals(List.of("coefficient"), fields("BCRYPT_RSAFULLPRIVATE_BLOB", blob));
    }

    @Test
    void trailingBytesAreReported() {
        byte[] blob = Arrays.copyOf(expected("BCRYPT_RSAPUBLIC_BLOB"), 24 + 3 + 64 + 1);
        assertEquals(List.of("trailing"), fields("BCRYPT_RSAPUBLIC_BLOB", blob));
        assertEquals(List.of("trailing"), fields("BCRYPT_PUBLIC_KEY_BLOB", blob));
    }

    @Test
    void materialReadFromABlobIsTheVectorsKey() {
        KeyMaterial read = BlobCrossCheck.checker("BCRYPT_RSAFULLPRIVATE_BLOB")
                .material(expected("BCRYPT_RSAFULLPRIVATE_BLOB")).orElseThrow();
        assertEquals(RSA512.key(), read);
    }

    @Test
    void keyRelationsCatchAnInconsistentKey() {
        assertEquals(List.of(), KeyRelations.violations(RSA512.vectorKey()));
        Map<String, byte[]> c = new LinkedHashMap<>(RSA512.key().components());
        c.put("qinv", RSA512.key().component("dq"));
        List<String> broken = KeyRelations.violations(new VectorKey("RSA", 512, new KeyMaterial(c)));
        assertEquals(List.of("qinv is not q^-1 mod p"), broken);
    }

    private static void reverse(byte[] b, int offset, int length) {
        for (int i = 0; i < length / 2; i++) {
            byte t = b[offset + i];
            b[offset + i] = b[offset + length - 1 - i];
            b[offset + length - 1 - i] = t;
        }
    }

    private static byte[] pad(BigInteger v, int width) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[width];
        int n = Math.min(raw.length, width);
        System.arraycopy(raw, raw.length - n, out, width - n, n);
        return out;
    }
}
