package org.cngkit.kit.hostile;

/** Spins in an export without ever looking at its interrupt flag: a thread nobody can stop but by its process. */
public final class SpinsUninterruptibly extends Hostile {
    private static volatile long spins;

    @Override
    public String name() {
        return "hostile-spins";
    }

    @Override
    void misbehave() {
        while (spins >= 0) {
            spins++;
        }
    }
}
