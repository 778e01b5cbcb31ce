package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.junit.jupiter.api.Test;

class RecentResultsTest {
    @Test
    void aRecentArgumentIsAnsweredWithoutCallingAgainAndEqualArgumentsShareTheAnswer() {
        List<BigInteger> calls = new ArrayList<>();
        RecentResults<BigInteger, BigInteger> squares = new RecentResults<>(2);
        assertEquals(BigInteger.valueOf(49), squares.get(BigInteger.valueOf(7), k -> { calls.add(k); return k.multiply(k); }));
        // an equal number, not the same object: answered from memory
        assertEquals(BigInteger.valueOf(49), squares.get(new BigInteger("7"), k -> { calls.add(k); return BigInteger.ZERO; }));
        assertEquals(List.of(BigInteger.valueOf(7)), calls);
    }

    @Test
    void theLeastRecentlyUsedGoesFirst() {
        List<Integer> calls = new ArrayList<>();
        RecentResults<Integer, Integer> doubled = new RecentResults<>(2);
        for (int k : new int[] {1, 2, 1, 3, 1, 2}) {
            doubled.get(k, x -> { calls.add(x); return 2 * x; });
        }
        // 1 stays (used again before 3 came), 2 left when 3 came and is computed again
        assertEquals(List.of(1, 2, 3, 2), calls);
    }

    @Test
    void aDhPrivateKeyThatDoesNotMatchIsRefusedEvenAfterTheMatchingOneWasValidated() {
        BigInteger group = DHStandardGroups.rfc2409_768.getP(); // RFC 2409's First Oakley Group
        BigInteger g = BigInteger.TWO;
        BigInteger x = BigInteger.valueOf(123456789);
        BigInteger y = g.modPow(x, group);
        assertEquals(768, group.bitLength());
        assertFalse(DhKey.of(768, group, g, y, x).isRefused());
        assertFalse(DhKey.of(768, group, g, y, x).isRefused(), "the same key again");
        assertTrue(DhKey.of(768, group, g, y, x.add(BigInteger.ONE)).isRefused(), "another x, the same y");
        assertTrue(DhKey.of(768, group, g, y.add(BigInteger.ONE), x).isRefused(), "the same x, another y");
    }
}
