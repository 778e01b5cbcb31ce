package org.cngkit.kit.nativeimpl;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Kills a harness process whose answer is late. The kit reads each answer on the calling thread (a blocking read:
 * no thread hand-off per call); this one daemon thread looks at the waiting processes every
 * {@value #PERIOD_MILLIS} ms and kills any whose deadline has passed, which ends the blocked read.
 */
final class Watchdog {
    static final long PERIOD_MILLIS = 20;
    private static final Set<HarnessProcess> WATCHED = ConcurrentHashMap.newKeySet();

    static {
        Thread t = new Thread(Watchdog::watch, "cngkit-harness-watchdog");
        t.setDaemon(true);
        t.start();
    }

    private Watchdog() {
    }

    static void watch(HarnessProcess process) {
        WATCHED.add(process);
    }

    static void forget(HarnessProcess process) {
        WATCHED.remove(process);
    }

    private static void watch() {
        while (true) {
            try {
                Thread.sleep(PERIOD_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            long now = System.nanoTime();
            for (HarnessProcess p : WATCHED) {
                p.expireIfLate(now);
            }
        }
    }
}
