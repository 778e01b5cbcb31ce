package org.cngkit.kit.hostile;

/** Calls {@code System.exit(0)} in an export: in-process, the kit used to exit 0 with no report. */
public final class ExitsMidRun extends Hostile {
    @Override
    public String name() {
        return "hostile-exits";
    }

    @Override
    void misbehave() {
        System.exit(0);
    }
}
