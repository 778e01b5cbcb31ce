package org.cngkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import javax.crypto.KeyAgreement;
import org.cngkit.vectors.PrimeCurve.Point;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The oracle's own curve arithmetic against answers that do not come from it: the published SEC 2 / FIPS 186
 * constants of P-256 and a published multiple of its base point, the group laws (1 G = G, n G = infinity,
 * (n-1) G = -G), and key pairs and ECDH results of the JDK's SunEC provider.
 */
class PrimeCurveTest {

    private static BigInteger hex(String h) {
        return new BigInteger(h, 16);
    }

    private static String stdName(int bits) {
        return switch (bits) {
            case 256 -> "secp256r1";
            case 384 -> "secp384r1";
            default -> "secp521r1";
        };
    }

    @Test
    void theCurveFileParametersOfP256AreThePublishedOnes() {
        PrimeCurve c = PrimeCurve.nist(256);
        BigInteger p = hex("FFFFFFFF00000001000000000000000000000000FFFFFFFFFFFFFFFFFFFFFFFF");
        assertEquals(p, c.p());
        assertEquals(p.subtract(BigInteger.valueOf(3)), c.a());
        assertEquals(hex("5AC635D8AA3A93E7B3EBBD55769886BC651D06B0CC53B0F63BCE3C3E27D2604B"), c.b());
        assertEquals(new Point(hex("6B17D1F2E12C4247F8BCE6E563A440F277037D812DEB33A0F4A13945D898C296"),
                hex("4FE342E2FE1A7F9B8EE7EB4A7C0F9E162BCE33576B315ECECBB6406837BF51F5")), c.generator());
        assertEquals(hex("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551"), c.order());
    }

    @Test
    void twiceTheP256BaseIsThePublishedPoint() {
        PrimeCurve c = PrimeCurve.nist(256);
        Point expected = new Point(hex("7CF27B188D034F7E8A52380304B51AC3C08969E277F21B35A60B48FC47669978"),
                hex("07775510DB8ED040293D9AC69F7430DBBA7DADE63CE982299E04B79D227873D1"));
        Point g = c.generator();
        assertEquals(expected, c.multiply(g, BigInteger.TWO));
        assertEquals(expected, c.add(g, g));
        assertEquals(expected, c.twice(g));
        Point three = new Point(hex("5ECBE4D1A6330A44C8F7EF951D4BF165E6C6B721EFADA985FB41661BC6E7FD6C"),
                hex("8734640C4998FF7E374B06CE1A64A2ECD82AB036384FB83D9A79B127A27D5032"));
        assertEquals(three, c.multiply(g, BigInteger.valueOf(3)));
        assertEquals(three, c.add(expected, g));
        assertEquals(three, c.add(g, expected));
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 384, 521})
    void theGroupLawsHold(int bits) {
        PrimeCurve c = PrimeCurve.nist(bits);
        Point g = c.generator();
        BigInteger n = c.order();
        assertTrue(c.isOnCurve(g));
        assertEquals(g, c.multiply(g, BigInteger.ONE));
        assertEquals(Point.INFINITY, c.multiply(g, BigInteger.ZERO));
        assertEquals(Point.INFINITY, c.multiply(g, n));
        assertEquals(g, c.multiply(g, n.add(BigInteger.ONE)));
        Point minusG = c.multiply(g, n.subtract(BigInteger.ONE));
        assertEquals(new Point(g.x(), c.p().subtract(g.y())), minusG);
        assertEquals(c.negate(g), minusG);
        assertEquals(minusG, c.multiply(g, BigInteger.ONE.negate()));
        assertEquals(Point.INFINITY, c.add(g, minusG));
        assertEquals(g, c.add(g, Point.INFINITY));
        assertEquals(g, c.add(Point.INFINITY, g));
        assertEquals(Point.INFINITY, c.twice(Point.INFINITY));
        assertEquals(c.multiply(g, BigInteger.TWO), c.add(g, g));
        BigInteger k = new BigInteger(bits - 1, new SecureRandom());
        BigInteger m = new BigInteger(bits - 1, new SecureRandom());
        assertEquals(c.multiply(g, k.add(m)), c.add(c.multiply(g, k), c.multiply(g, m)));
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 384, 521})
    void aJdkKeyPairSatisfiesDGEqualsQ(int bits) throws Exception {
        PrimeCurve c = PrimeCurve.nist(bits);
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC", "SunEC");
        kpg.initialize(new ECGenParameterSpec(stdName(bits)));
        for (int i = 0; i < 3; i++) {
            KeyPair pair = kpg.generateKeyPair();
            BigInteger d = ((ECPrivateKey) pair.getPrivate()).getS();
            java.security.spec.ECPoint w = ((ECPublicKey) pair.getPublic()).getW();
            Point q = new Point(w.getAffineX(), w.getAffineY());
            assertTrue(c.isScalar(d));
            assertTrue(c.isOnCurve(q));
            assertEquals(q, c.multiply(c.generator(), d));
            assertFalse(c.multiply(c.generator(), d.add(BigInteger.ONE)).equals(q));
        }
    }

    /** ECDH of the JDK with private scalar k and public point G gives x(k G): an oracle for any multiple. */
    @ParameterizedTest
    @ValueSource(ints = {256, 384, 521})
    void multiplesAgreeWithJdkEcdh(int bits) throws Exception {
        PrimeCurve c = PrimeCurve.nist(bits);
        KeyPairGenerator kpg = KeyPairGenerator.getInstance("EC", "SunEC");
        kpg.initialize(new ECGenParameterSpec(stdName(bits)));
        ECParameterSpec spec = ((ECPublicKey) kpg.generateKeyPair().getPublic()).getParams();
        KeyFactory kf = KeyFactory.getInstance("EC", "SunEC");
        PublicKey g = kf.generatePublic(new ECPublicKeySpec(spec.getGenerator(), spec));
        SecureRandom random = new SecureRandom();
        BigInteger[] scalars = {BigInteger.TWO, BigInteger.valueOf(3), c.order().subtract(BigInteger.TWO),
            new BigInteger(bits - 2, random).add(BigInteger.ONE), new BigInteger(bits - 2, random).add(BigInteger.ONE)};
        for (BigInteger k : scalars) {
            PrivateKey priv = kf.generatePrivate(new ECPrivateKeySpec(k, spec));
            KeyAgreement ka = KeyAgreement.getInstance("ECDH", "SunEC");
            ka.init(priv);
            ka.doPhase(g, true);
            assertEquals(new BigInteger(1, ka.generateSecret()), c.multiply(c.generator(), k).x());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 384, 521})
    void offCurveAndOutOfRangePointsAndScalarsAreRejected(int bits) {
        PrimeCurve c = PrimeCurve.nist(bits);
        Point g = c.generator();
        assertFalse(c.isOnCurve(new Point(g.x(), g.y().add(BigInteger.ONE))));
        assertFalse(c.isOnCurve(new Point(g.y(), g.x())));
        assertFalse(c.isOnCurve(new Point(BigInteger.ZERO, BigInteger.ZERO)));
        assertFalse(c.isOnCurve(new Point(g.x().add(c.p()), g.y())), "x not reduced");
        assertFalse(c.isOnCurve(new Point(g.x(), g.y().add(c.p()))), "y not reduced");
        assertFalse(c.isOnCurve(new Point(g.x(), g.y().subtract(c.p()))), "negative y");
        assertFalse(c.isOnCurve(Point.INFINITY));
        assertFalse(c.isScalar(BigInteger.ZERO));
        assertFalse(c.isScalar(BigInteger.ONE.negate()));
        assertFalse(c.isScalar(c.order()));
        assertTrue(c.isScalar(BigInteger.ONE));
        assertTrue(c.isScalar(c.order().subtract(BigInteger.ONE)));
        assertTrue(c.inField(BigInteger.ZERO));
        assertFalse(c.inField(c.p()));
    }

    @Test
    void onlyNistPrimeCurvesAndConsistentParametersAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> PrimeCurve.nist(255));
        PrimeCurve c = PrimeCurve.nist(256);
        Point offCurve = new Point(c.generator().x(), c.generator().y().add(BigInteger.ONE));
        assertThrows(IllegalArgumentException.class,
                () -> new PrimeCurve("bad", c.p(), c.a(), c.b(), offCurve, c.order()));
        assertThrows(IllegalArgumentException.class, () -> new Point(BigInteger.ONE, null));
        assertFalse(Point.INFINITY.toString().contains(c.generator().x().toString(16)));
        assertFalse(c.generator().toString().contains(c.generator().x().toString()));
    }
}
