package org.cngkit.vectors.gen;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * DES key rules the generator applies to 3DES keys: odd parity in every byte (the low bit of each
 * byte makes its count of one bits odd, FIPS 46-3), three distinct 8-byte keys, and none of
 * them one of the 4 weak or 12 semi-weak DES keys.
 */
final class DesKeys {
    private static final List<String> WEAK_AND_SEMI_WEAK = List.of(
            "0101010101010101", "fefefefefefefefe", "e0e0e0e0f1f1f1f1", "1f1f1f1f0e0e0e0e",
            "011f011f010e010e", "1f011f010e010e01", "01e001e001f101f1", "e001e001f101f101",
            "01fe01fe01fe01fe", "fe01fe01fe01fe01", "1fe01fe00ef10ef1", "e01fe01ff10ef10e",
            "1ffe1ffe0efe0efe", "fe1ffe1ffe0efe0e", "e0fee0fef1fef1fe", "fee0fee0fef1fef1");

    private DesKeys() {
    }

    /** A copy of {@code key} with the low bit of every byte set for odd parity. */
    static byte[] withOddParity(byte[] key) {
        byte[] out = key.clone();
        for (int i = 0; i < out.length; i++) {
            int high7 = out[i] & 0xfe;
            out[i] = (byte) (Integer.bitCount(high7) % 2 == 0 ? high7 | 1 : high7);
        }
        return out;
    }

    static boolean hasOddParity(byte[] key) {
        for (byte b : key) {
            if (Integer.bitCount(b & 0xff) % 2 == 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a 24-byte 3DES key has three distinct DES keys, none weak or semi-weak. */
    static boolean isUsableTripleDesKey(byte[] key) {
        if (key.length != 24) {
            return false;
        }
        byte[][] parts = {Arrays.copyOfRange(key, 0, 8), Arrays.copyOfRange(key, 8, 16), Arrays.copyOfRange(key, 16, 24)};
        for (int i = 0; i < 3; i++) {
            if (WEAK_AND_SEMI_WEAK.contains(HexFormat.of().formatHex(parts[i]))) {
                return false;
            }
            for (int j = i + 1; j < 3; j++) {
                if (Arrays.equals(parts[i], parts[j])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The first usable odd-parity 3DES key drawn from {@code bytes} (24 bytes per draw). */
    static byte[] tripleDesKey(SeededBytes bytes) {
        while (true) {
            byte[] key = withOddParity(bytes.next(24));
            if (isUsableTripleDesKey(key)) {
                return key;
            }
        }
    }
}
