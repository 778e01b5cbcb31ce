package org.cngkit.kit.hostile;

/** Interrupts every thread of its JVM in every export, then exports correctly. In-process this was a KIT_ERROR. */
public final class InterruptsThreads extends Hostile {
    @Override
    public String name() {
        return "hostile-interrupts-threads";
    }

    @Override
    void misbehave() {
        Thread.getAllStackTraces().keySet().forEach(Thread::interrupt);
    }
}
