package org.cngkit.kit.nativeimpl;

import java.util.LinkedHashSet;
import java.util.Set;

import org.cngkit.child.LineCodec;
import org.cngkit.spi.NtStatus;

/**
 * Whether the native implementation opens an algorithm, and the key lengths it reports for it
 * ({@code BCRYPT_KEY_LENGTHS}); {@code PROBE} in the protocol.
 *
 * @param algorithmId the {@code pszAlgId} tried
 * @param opened      what BCryptOpenAlgorithmProvider returned
 * @param minBits     dwMinLength, or {@code null} when the property could not be read
 * @param maxBits     dwMaxLength, or {@code null}
 * @param stepBits    dwIncrement, or {@code null}
 */
public record Probe(String algorithmId, NtStatus opened, Integer minBits, Integer maxBits, Integer stepBits) {

    static Probe ask(NativeHarness harness, String algorithmId) {
        NativeHarness.Answer a = harness.call(g -> "PROBE " + LineCodec.string(algorithmId)).expect(6, "PROBE");
        return new Probe(algorithmId, NtStatus.of(LineCodec.status(a.token(1))), number(a.token(3)), number(a.token(4)),
                number(a.token(5)));
    }

    private static Integer number(String token) {
        return token.equals("-") ? null : LineCodec.parseUlong(token);
    }

    public boolean opens() {
        return opened.isSuccess();
    }

    /** The key lengths the property describes; empty when it could not be read. */
    public Set<Integer> keyBits() {
        Set<Integer> bits = new LinkedHashSet<>();
        if (minBits == null || maxBits == null || minBits > maxBits) {
            return bits;
        }
        if (stepBits == null || stepBits == 0) {
            bits.add(minBits);
            bits.add(maxBits);
            return bits;
        }
        for (long b = minBits; b <= maxBits; b += stepBits) {
            bits.add((int) b);
        }
        return bits;
    }
}
