package org.cngkit.kit.driver;

import java.util.Arrays;

/** How the kit names changed byte offsets in a verdict: the first few, never the bytes themselves. */
final class Offsets {
    private static final int SHOWN = 8;

    private Offsets() {
    }

    static String describe(int[] offsets) {
        int[] first = Arrays.copyOf(offsets, Math.min(offsets.length, SHOWN));
        return Arrays.toString(first) + (offsets.length > first.length ? "..." : "");
    }
}
