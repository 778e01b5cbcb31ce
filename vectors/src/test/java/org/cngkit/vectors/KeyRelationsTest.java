package org.cngkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The key oracle is total: garbage numbers (zero, one, p = q, a point off the curve) give violations, never an
 * exception, and its messages carry no key bytes.
 */
class KeyRelationsTest {
    private static final byte[] ZERO = {0};
    private static final byte[] ONE = {1};

    private static Map<String, byte[]> components(String file, int tgId) {
        return new LinkedHashMap<>(VectorGroups.group(file, tgId).key().components());
    }

    private static List<String> violations(String algorithm, int keyBits, Map<String, byte[]> c) {
        List<String> found = KeyRelations.violations(new VectorKey(algorithm, keyBits, new KeyMaterial(c)));
        for (String message : found) {
            for (byte[] value : c.values()) {
                if (value.length >= 4) {
                    String hex = HexFormat.of().formatHex(value);
                    assertFalse(message.toLowerCase().contains(hex) || message.contains(new BigInteger(1, value).toString()),
                            "a message carries key bytes: " + message);
                }
            }
        }
        return found;
    }

    @Test
    void everyVectorKeyIsConsistent() {
        for (VectorFile file : VectorCatalog.load().files()) {
            for (TestGroup g : file.testGroups()) {
                assertEquals(List.of(), KeyRelations.violations(g.vectorKey()), file.name() + " tgId " + g.tgId());
            }
        }
    }

    @Test
    void anRsaKeyWithAZeroPrimeGivesViolations() {
        Map<String, byte[]> c = components("rsa_blob_test.json", 1);
        c.put("p", ZERO);
        List<String> found = violations("RSA", 512, c);
        assertTrue(found.contains("n is not p q"), found.toString());
        assertTrue(found.contains("p is not greater than 1"), found.toString());
    }

    @Test
    void anRsaKeyWithPAndQOneGivesViolations() {
        Map<String, byte[]> c = components("rsa_blob_test.json", 1);
        c.put("p", ONE);
        c.put("q", ONE);
        assertEquals(List.of("n is not p q", "p is not greater than 1", "q is not greater than 1"),
                violations("RSA", 512, c));
        c.remove("d");
        c.remove("dp");
        c.remove("dq");
        c.remove("qinv");
        assertEquals(List.of("n is not p q", "p is not greater than 1", "q is not greater than 1"),
                violations("RSA", 512, c));
    }

    @Test
    void anRsaKeyWithEqualOrNonCoprimePrimesGivesViolations() {
        Map<String, byte[]> c = components("rsa_blob_test.json", 1);
        c.put("q", c.get("p"));
        assertTrue(violations("RSA", 512, c).contains("p equals q"));
        c.put("q", BigInteger.valueOf(6).toByteArray());
        c.put("p", BigInteger.valueOf(9).toByteArray());
        assertTrue(violations("RSA", 512, c).contains("q has no inverse modulo p"));
    }

    @Test
    void anRsaKeyOfZerosGivesViolations() {
        Map<String, byte[]> c = components("rsa_blob_test.json", 1);
        c.replaceAll((name, bytes) -> ZERO);
        List<String> found = violations("RSA", 512, c);
        assertTrue(found.contains("e is not an odd number of at least 3"), found.toString());
        assertTrue(found.contains("p is not greater than 1"), found.toString());
    }

    @Test
    void theRsaHelpersRefuseDegeneratePrimesWithoutDividingByZero() {
        BigInteger e = BigInteger.valueOf(65537);
        assertFalse(KeyRelations.isRsaPrivateExponent(e, BigInteger.ONE, BigInteger.ONE, BigInteger.ONE));
        assertFalse(KeyRelations.isRsaPrivateExponent(e, BigInteger.ONE, BigInteger.ZERO, BigInteger.valueOf(7)));
        assertThrows(ArithmeticException.class, () -> KeyRelations.lambda(BigInteger.ONE, BigInteger.ONE));
        assertEquals(BigInteger.valueOf(60), KeyRelations.lambda(BigInteger.valueOf(11), BigInteger.valueOf(13)));
    }

    @Test
    void aDsaKeyWithAZeroModulusGivesViolations() {
        Map<String, byte[]> c = components("dsa_blob_test.json", 1);
        c.put("p", ZERO);
        assertEquals(List.of("p has 0 bits, keyBits says 512", "p is not greater than 1"), violations("DSA", 512, c));
        c.put("p", ONE);
        assertEquals(List.of("p has 1 bits, keyBits says 512", "p is not greater than 1"), violations("DSA", 512, c));
    }

    @Test
    void aDsaKeyWithAZeroSubgroupOrderGivesViolations() {
        Map<String, byte[]> c = components("dsa_blob_test.json", 1);
        c.put("q", ZERO);
        assertEquals(List.of("q is not greater than 1"), violations("DSA", 512, c));
    }

    @Test
    void aDhKeyWithAZeroModulusGivesViolations() {
        Map<String, byte[]> c = components("dh_blob_test.json", 4);
        int bits = VectorGroups.group("dh_blob_test.json", 4).vectorKey().keyBits();
        c.put("p", ZERO);
        assertEquals(List.of("p is not an odd number of " + bits + " bits", "p is not greater than 1"),
                violations("DH", bits, c));
    }

    @Test
    void anEccKeyWithGarbageNumbersGivesViolations() {
        Map<String, byte[]> c = components("ecc_blob_test.json", 1);
        Map<String, byte[]> zeroD = new LinkedHashMap<>(c);
        zeroD.put("d", ZERO);
        assertEquals(List.of("d is not in [1, n-1]"), violations("ECDH_P256", 256, zeroD));
        Map<String, byte[]> bigD = new LinkedHashMap<>(c);
        bigD.put("d", PrimeCurve.nist(256).order().toByteArray());
        assertEquals(List.of("d is not in [1, n-1]"), violations("ECDH_P256", 256, bigD));
        Map<String, byte[]> origin = new LinkedHashMap<>(c);
        origin.put("x", ZERO);
        origin.put("y", ZERO);
        assertEquals(List.of("(x, y) is not a point of nistP256"), violations("ECDH_P256", 256, origin));
        Map<String, byte[]> unreduced = new LinkedHashMap<>(c);
        unreduced.put("x", KeyRelations.unsigned(new BigInteger(1, c.get("x")).add(PrimeCurve.nist(256).p()).toByteArray()));
        assertEquals(List.of("(x, y) is not a point of nistP256"), violations("ECDH_P256", 256, unreduced));
        assertEquals(List.of("keyBits 255 names no NIST curve"), violations("ECDH", 255, c));
    }

    @Test
    void anEccPublicKeyIsCheckedWithoutD() {
        Map<String, byte[]> c = components("ecc_blob_test.json", 1);
        c.remove("d");
        assertEquals(List.of(), violations("ECDH_P256", 256, c));
        c.put("y", c.get("x"));
        assertEquals(List.of("(x, y) is not a point of nistP256"), violations("ECDH_P256", 256, c));
    }

    private static List<String> onCurve(String curve, String algorithm, int keyBits, Map<String, byte[]> c) {
        return KeyRelations.violations(new VectorKey(algorithm, keyBits, new KeyMaterial(c, null, curve)));
    }

    /** ecc_named_curve_blob_test.json group 7 is brainpoolP256r1 (Wycheproof), group 15 curve25519 (Wycheproof). */
    @Test
    void aNamedCurveKeyIsCheckedOnItsOwnCurveNotOnTheNistCurveOfItsSize() {
        Map<String, byte[]> c = components("ecc_named_curve_blob_test.json", 7);
        assertEquals(List.of(), onCurve("brainpoolP256r1", "ECDH", 256, c));
        assertEquals(List.of("(x, y) is not a point of nistP256"), onCurve("nistP256", "ECDH", 256, c));
        assertEquals(List.of("(x, y) is not a point of brainpoolP256t1"), onCurve("brainpoolP256t1", "ECDH", 256, c));
        assertEquals(List.of("keyBits 255 is not the 256 bits of brainpoolP256r1"), onCurve("brainpoolP256r1", "ECDH", 255, c));
        assertEquals(List.of("curve 'BrainpoolP256r1' is no CNG curve"), onCurve("BrainpoolP256r1", "ECDH", 256, c));
        Map<String, byte[]> wrongD = new LinkedHashMap<>(c);
        wrongD.put("d", BigInteger.TWO.toByteArray());
        assertEquals(List.of("(x, y) is not d G"), onCurve("brainpoolP256r1", "ECDH", 256, wrongD));
    }

    @Test
    void aCurve25519KeyNeedsXToBeX25519OfD() {
        Map<String, byte[]> c = components("ecc_named_curve_blob_test.json", 15);
        assertEquals(List.of(), onCurve("curve25519", "ECDH", 255, c));
        Map<String, byte[]> flipped = new LinkedHashMap<>(c);
        byte[] x = flipped.get("x").clone();
        x[x.length - 1] ^= 1;
        flipped.put("x", x);
        assertEquals(List.of("x is not X25519(d, 9)"), onCurve("curve25519", "ECDH", 255, flipped));
        Map<String, byte[]> longD = new LinkedHashMap<>(c);
        longD.put("d", new byte[33]);
        longD.get("d")[0] = 1;
        assertEquals(List.of("d is longer than 32 bytes"), onCurve("curve25519", "ECDH", 255, longD));
        c.remove("d");
        assertEquals(List.of(), onCurve("curve25519", "ECDH", 255, c));
    }

    @Test
    void evaluateListsEveryRelationTestedWithItsResult() {
        List<KeyRelation> relations = KeyRelations.evaluate(VectorGroups.group("rsa_blob_test.json", 1).vectorKey());
        assertTrue(relations.stream().allMatch(KeyRelation::holds), relations.toString());
        assertTrue(relations.stream().map(KeyRelation::relation).toList().containsAll(
                List.of("n = p q", "e d = 1 mod lcm(p-1, q-1)", "qinv = q^-1 mod p")), relations.toString());
        Map<String, byte[]> c = components("rsa_blob_test.json", 1);
        c.put("qinv", ONE);
        List<KeyRelation> broken = KeyRelations.evaluate(new VectorKey("RSA", 512, new KeyMaterial(c)));
        assertEquals(List.of("qinv = q^-1 mod p"), broken.stream().filter(r -> !r.holds()).map(KeyRelation::relation).toList());
        assertEquals(relations.size(), broken.size());
    }

    @Test
    void anMlKemKeyWithABrokenHashOrAnUnreducedCoefficientGivesViolations() {
        TestGroup group = VectorGroups.group("mlkem_key_blob_test.json", 1);
        KeyMaterial good = group.key();
        List<KeyRelation> relations = KeyRelations.evaluate(group.vectorKey());
        assertEquals(5, relations.size(), relations.toString());
        assertTrue(relations.stream().allMatch(KeyRelation::holds), relations.toString());

        Map<String, byte[]> c = new LinkedHashMap<>(good.components());
        byte[] dk = c.get(KeyMaterial.PRIVATE_KEY).clone();
        dk[dk.length - 40] ^= 1; // inside H(ek): dk ends with H(ek) (32 bytes) and z (32 bytes)
        c.put(KeyMaterial.PRIVATE_KEY, dk);
        assertEquals(List.of("the H(ek) inside dk is not SHA3-256 of the ek inside dk"),
                KeyRelations.violations(new VectorKey("ML-KEM", 0, new KeyMaterial(c, good.parameterSet()))));

        Map<String, byte[]> unreduced = new LinkedHashMap<>(good.components());
        byte[] ek = unreduced.get(KeyMaterial.PUBLIC_KEY).clone();
        ek[0] = (byte) 0xff;
        ek[1] = (byte) (ek[1] | 0x0f); // first coefficient 4095
        unreduced.put(KeyMaterial.PUBLIC_KEY, ek);
        assertEquals(List.of("ek holds a coefficient of q = 3329 or more", "the ek inside dk is not the public key"),
                KeyRelations.violations(new VectorKey("ML-KEM", 0, new KeyMaterial(unreduced, good.parameterSet()))));
    }
}
