package org.cngkit.vectors.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The constants the RFC prime formulas need, checked against digits everyone knows. */
class DhGroupsTest {

    @Test
    void piAndEInFixedPoint() {
        // pi = 3.14159265358979..., 2^8 pi = 804.24..., 2^32 pi = 13493037704.5...
        assertEquals(BigInteger.valueOf(804), DhGroups.pi(8));
        assertEquals(new BigInteger("13493037704"), DhGroups.pi(32));
        // e = 2.718281828459045..., 2^8 e = 695.87..., 2^32 e = 11674931554.5...
        assertEquals(BigInteger.valueOf(695), DhGroups.e(8));
        assertEquals(new BigInteger("11674931554"), DhGroups.e(32));
    }

    @Test
    void everyGroupIsASafePrimeOfItsSize() {
        for (DhGroups.Group group : DhGroups.all()) {
            assertEquals(0, group.bits() % 64, group.name());
            // the formula and Bouncy Castle's transcription were compared when the list was built
            BigInteger q = group.prime().subtract(BigInteger.ONE).shiftRight(1);
            assertEquals(true, q.isProbablePrime(20) || group.bits() > 2048, group.name());
        }
    }

    @Test
    void the512BitFormulaGroupTakesTheSmallestKThatGivesASafePrime() {
        DhGroups.Group group = DhGroups.formula512();
        assertEquals(512, group.bits());
        assertEquals(DhGroups.formulaPrime(512, DhGroups.FORMULA_512_K), group.prime());
        for (int k = 0; k < DhGroups.FORMULA_512_K; k++) {
            BigInteger p = DhGroups.formulaPrime(512, k);
            boolean safe = p.isProbablePrime(40) && p.subtract(BigInteger.ONE).shiftRight(1).isProbablePrime(40);
            assertEquals(false, safe, "k = " + k);
        }
        // 2 generates the subgroup of order q = (p - 1) / 2
        BigInteger q = group.prime().subtract(BigInteger.ONE).shiftRight(1);
        assertEquals(BigInteger.ONE, BigInteger.TWO.modPow(q, group.prime()));
    }
}
