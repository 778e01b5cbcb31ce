package org.cngkit.kit.hostile;

import java.util.ArrayList;
import java.util.List;

/** Keeps allocating in an export until the heap is gone. */
public final class HoardsHeap extends Hostile {
    private final List<byte[]> hoard = new ArrayList<>();

    @Override
    public String name() {
        return "hostile-hoards-heap";
    }

    @Override
    void misbehave() {
        while (true) {
            hoard.add(new byte[1 << 20]);
        }
    }
}
