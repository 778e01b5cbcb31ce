package org.cngkit.kit.driver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The buffers the kit handed to the implementation during one scenario, each with the bytes it must keep from the
 * moment its call returned: an output buffer as the call left it, an input buffer as the kit filled it. Checked
 * again when the scenario ends, so a write made later (by a background thread, or during a later call) is found.
 */
final class CallLedger {
    private record Entry(String call, String blobType, String parameter, byte[] memory, byte[] settled) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void output(String call, String blobType, byte[] memory) {
        if (memory != null) {
            entries.add(new Entry(call, blobType, "pbOutput", memory, memory.clone()));
        }
    }

    synchronized void input(String call, String blobType, InputBuffer input) {
        byte[] memory = input.pointer();
        entries.add(new Entry(call, blobType, input.parameter(), memory, memory.clone()));
    }

    /** Every buffer that no longer holds its settled bytes. */
    synchronized List<LateWrite> changed() {
        List<LateWrite> found = new ArrayList<>();
        for (Entry e : entries) {
            if (Arrays.equals(e.memory, e.settled)) {
                continue;
            }
            int[] offsets = IntStream.range(0, e.memory.length).filter(i -> e.memory[i] != e.settled[i]).toArray();
            if (offsets.length > 0) {
                found.add(new LateWrite(e.call, e.blobType, e.parameter + ": " + offsets.length
                        + " byte(s) changed after the call returned, offsets " + Offsets.describe(offsets)));
            }
        }
        return found;
    }

    synchronized void clear() {
        entries.clear();
    }
}
