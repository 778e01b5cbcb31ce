package org.cngkit.vectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The curve file's numbers, curve by curve, so that a mistyped digit cannot hide: p and n are prime, G is on the
 * curve, n G is the point at infinity (and G is not), the group order h n lies within the Hasse bound of p + 1,
 * and the field and order sizes are those the curve's name and standard give. The list of names is bcrypt.h's
 * (blob-layouts digest 2.3) less the three NUMS curves. Together these take well under a second.
 */
class EccCurveTableTest {

    /** The ECCCurveName values of bcrypt.h with the field size in bits each one's standard gives. */
    private static final List<Object[]> SIZES = List.of(
            new Object[] {"brainpoolP160r1", 160}, new Object[] {"brainpoolP160t1", 160},
            new Object[] {"brainpoolP192r1", 192}, new Object[] {"brainpoolP192t1", 192},
            new Object[] {"brainpoolP224r1", 224}, new Object[] {"brainpoolP224t1", 224},
            new Object[] {"brainpoolP256r1", 256}, new Object[] {"brainpoolP256t1", 256},
            new Object[] {"brainpoolP320r1", 320}, new Object[] {"brainpoolP320t1", 320},
            new Object[] {"brainpoolP384r1", 384}, new Object[] {"brainpoolP384t1", 384},
            new Object[] {"brainpoolP512r1", 512}, new Object[] {"brainpoolP512t1", 512},
            new Object[] {"curve25519", 255}, new Object[] {"ec192wapi", 192},
            new Object[] {"nistP192", 192}, new Object[] {"nistP224", 224}, new Object[] {"nistP256", 256},
            new Object[] {"nistP384", 384}, new Object[] {"nistP521", 521},
            new Object[] {"secP160k1", 160}, new Object[] {"secP160r1", 160}, new Object[] {"secP160r2", 160},
            new Object[] {"secP192k1", 192}, new Object[] {"secP192r1", 192}, new Object[] {"secP224k1", 224},
            new Object[] {"secP224r1", 224}, new Object[] {"secP256k1", 256}, new Object[] {"secP256r1", 256},
            new Object[] {"secP384r1", 384}, new Object[] {"secP521r1", 521},
            new Object[] {"wtls7", 160}, new Object[] {"wtls9", 160}, new Object[] {"wtls12", 224},
            new Object[] {"x962P192v1", 192}, new Object[] {"x962P192v2", 192}, new Object[] {"x962P192v3", 192},
            new Object[] {"x962P239v1", 239}, new Object[] {"x962P239v2", 239}, new Object[] {"x962P239v3", 239},
            new Object[] {"x962P256v1", 256});

    static Stream<NamedCurve> curves() {
        return EccCurveTable.all().stream();
    }

    @Test
    void theFileHasEveryNamedCurveOfBcryptHButTheNumsCurvesWithItsFieldSize() {
        Set<String> expected = SIZES.stream().map(s -> (String) s[0]).collect(Collectors.toSet());
        assertEquals(expected, EccCurveTable.all().stream().map(NamedCurve::name).collect(Collectors.toSet()));
        for (Object[] s : SIZES) {
            assertEquals(s[1], EccCurveTable.curve((String) s[0]).fieldBits(), (String) s[0]);
        }
    }

    @ParameterizedTest
    @MethodSource("curves")
    void fieldPrimeAndOrderArePrimeAndTheGroupOrderIsWithinHassesBound(NamedCurve c) {
        assertTrue(c.p().isProbablePrime(64), c + ": p is not prime");
        assertTrue(c.n().isProbablePrime(64), c + ": n is not prime");
        assertTrue(c.h() >= 1, c + ": cofactor");
        // |#E - (p + 1)| <= 2 sqrt(p), #E = h n
        BigInteger trace = c.n().multiply(BigInteger.valueOf(c.h())).subtract(c.p().add(BigInteger.ONE)).abs();
        assertTrue(trace.pow(2).compareTo(c.p().shiftLeft(2)) <= 0, c + ": h n is outside the Hasse bound");
        assertTrue(!c.standard().isBlank(), c + ": no standard cited");
    }

    @ParameterizedTest
    @MethodSource("curves")
    void theBasePointIsOnTheCurveAndHasOrderN(NamedCurve c) {
        if (c.form() == NamedCurve.Form.MONTGOMERY) {
            MontgomeryCurve m = c.montgomery();
            assertTrue(m.isOnCurve(c.gx(), c.gy()), c + ": G is not on the curve");
            assertEquals(BigInteger.ZERO, m.ladder(c.n(), c.gx())[1], c + ": n G is not infinity");
            assertNotEquals(BigInteger.ZERO, m.ladder(c.n().subtract(BigInteger.ONE), c.gx())[1], c + ": (n-1) G");
            return;
        }
        PrimeCurve w = PrimeCurve.of(c);
        assertTrue(w.isOnCurve(w.generator()), c + ": G is not on the curve");
        assertTrue(w.multiply(w.generator(), c.n()).isInfinity(), c + ": n G is not infinity");
        assertEquals(w.negate(w.generator()), w.multiply(w.generator(), c.n().subtract(BigInteger.ONE)), c + ": (n-1) G");
        // the discriminant 4 a^3 + 27 b^2 is not 0: the curve is not singular
        BigInteger disc = c.a().pow(3).shiftLeft(2).add(c.b().pow(2).multiply(BigInteger.valueOf(27))).mod(c.p());
        assertNotEquals(BigInteger.ZERO, disc, c + " is singular");
    }

    @Test
    void namesThatShareNumbersAreTheSameCurveAndNoOthersAre() {
        List<List<String>> same = List.of(List.of("nistP192", "secP192r1", "x962P192v1"),
                List.of("nistP224", "secP224r1", "wtls12"), List.of("nistP256", "secP256r1", "x962P256v1"),
                List.of("nistP384", "secP384r1"), List.of("nistP521", "secP521r1"), List.of("secP160r2", "wtls7"));
        for (NamedCurve a : EccCurveTable.all()) {
            for (NamedCurve b : EccCurveTable.all()) {
                boolean listed = a.name().equals(b.name())
                        || same.stream().anyMatch(g -> g.contains(a.name()) && g.contains(b.name()));
                assertEquals(listed, a.sameParametersAs(b), a + " / " + b);
            }
        }
    }

    @Test
    void namesAreCaseSensitive() {
        assertTrue(EccCurveTable.named("nistP256").isPresent());
        assertFalse(EccCurveTable.named("NISTP256").isPresent());
        assertFalse(EccCurveTable.named("brainpoolp256r1").isPresent());
    }

    @Test
    void orderLongerThanTheFieldOnlyWhereTheStandardsSaySo() {
        Set<String> longer = EccCurveTable.all().stream().filter(c -> c.orderBytes() > c.fieldBytes())
                .map(NamedCurve::name).collect(Collectors.toSet());
        assertEquals(Set.of("secP160k1", "secP160r1", "secP160r2", "secP224k1", "wtls7", "wtls9"), longer);
    }

    /** RFC 7748 section 6.1: Alice's and Bob's key pairs and their shared secret. */
    @Test
    void x25519GivesTheKeysOfRfc7748Section6() {
        MontgomeryCurve m = EccCurveTable.curve("curve25519").montgomery();
        HexFormat hex = HexFormat.of();
        byte[] alice = hex.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        byte[] alicePublic = hex.parseHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        byte[] bob = hex.parseHex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        byte[] bobPublic = hex.parseHex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        assertArrayEquals(alicePublic, m.publicKey(alice));
        assertArrayEquals(bobPublic, m.publicKey(bob));
        assertArrayEquals(hex.parseHex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742"),
                m.x25519(alice, bobPublic));
    }

    /** The Jacobian multiplication against the affine group law on a small and a large curve. */
    @ParameterizedTest
    @MethodSource("curves")
    void scalarMultiplicationAgreesWithRepeatedAffineAddition(NamedCurve c) {
        if (c.form() != NamedCurve.Form.SHORT_WEIERSTRASS) {
            return;
        }
        PrimeCurve w = PrimeCurve.of(c);
        PrimeCurve.Point sum = PrimeCurve.Point.INFINITY;
        for (int k = 1; k <= 5; k++) {
            sum = w.add(sum, w.generator());
            assertEquals(sum, w.multiply(w.generator(), BigInteger.valueOf(k)), c + ": " + k + " G");
        }
    }
}
