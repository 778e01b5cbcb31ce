package org.cngkit.kit.hostile;

/** A thread of its own holds the lock every export needs, forever: entering a monitor cannot be interrupted. */
public final class HangsHoldingItsLock extends Hostile {
    private static final Object LOCK = new Object();

    public HangsHoldingItsLock() {
        Thread holder = new Thread(() -> {
            synchronized (LOCK) {
                while (true) {
                    try {
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (InterruptedException e) {
                        // keeps holding
                    }
                }
            }
        }, "hostile-lock-holder");
        holder.setDaemon(true);
        holder.start();
        while (!Thread.holdsLock(LOCK) && holder.getState() != Thread.State.TIMED_WAITING) {
            Thread.onSpinWait();
        }
    }

    @Override
    public String name() {
        return "hostile-hangs-holding-its-lock";
    }

    @Override
    void misbehave() {
        synchronized (LOCK) {
            LOCK.notifyAll();
        }
    }
}
