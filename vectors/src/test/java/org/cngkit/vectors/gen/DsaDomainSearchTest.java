package org.cngkit.vectors.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The DSA generation records the generator keeps are what Bouncy Castle's search finds on the seeded stream (3072
 * bits is left out: its search takes seconds; {@code DsaDomainSearch.main} repeats it), and a wrong counter does
 * not rebuild the domain.
 */
class DsaDomainSearchTest {

    @ParameterizedTest(name = "DSA-{0}")
    @ValueSource(ints = {512, 1024, 2048})
    void theRecordIsWhatTheSearchFinds(int bits) {
        DsaVectors.Record recorded = DsaVectors.RECORDS.stream().filter(r -> r.bits() == bits).findFirst().orElseThrow();
        assertEquals(recorded, DsaDomainSearch.search(bits));
    }

    @ParameterizedTest(name = "DSA-{0}")
    @ValueSource(ints = {512, 2048})
    void anotherCounterGivesNoPrime(int bits) {
        DsaVectors.Record recorded = DsaVectors.RECORDS.stream().filter(r -> r.bits() == bits).findFirst().orElseThrow();
        byte[] seed = HexFormat.of().parseHex(recorded.seedHex());
        assertThrows(IllegalStateException.class, () -> {
            if (bits <= 1024) {
                FipsDomain.fips186_2(bits, seed, recorded.counter() - 1);
            } else {
                FipsDomain.fips186_3(bits, 256, seed, recorded.counter() - 1);
            }
        });
    }
}
