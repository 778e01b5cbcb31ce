package org.cngkit.kit.hostile;

/** Halts the JVM in an export: no shutdown hook runs. */
public final class HaltsMidRun extends Hostile {
    @Override
    public String name() {
        return "hostile-halts";
    }

    @Override
    void misbehave() {
        Runtime.getRuntime().halt(0);
    }
}
