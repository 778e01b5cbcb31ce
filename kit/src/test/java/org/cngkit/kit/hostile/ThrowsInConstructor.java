package org.cngkit.kit.hostile;

/** Cannot be created: its constructor throws. */
public final class ThrowsInConstructor extends Hostile {
    public ThrowsInConstructor() {
        throw new IllegalStateException("no licence file found");
    }

    @Override
    public String name() {
        return "hostile-throws-in-constructor";
    }

    @Override
    void misbehave() {
    }
}
