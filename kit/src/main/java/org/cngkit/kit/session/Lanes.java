package org.cngkit.kit.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

import org.cngkit.kit.driver.Driver;
import org.cngkit.spi.CngProvider;

/**
 * The implementation instances a run calls, one per lane, each behind a {@link Driver} of its own. A scenario
 * leases a lane for its whole length and gives it back at its end, so no two scenarios ever call the same instance
 * at once and the implementation is never called from two threads at a time. A run with several lanes runs
 * several scenarios at once: each extra lane is a further process of the same implementation (a child JVM or a
 * native harness), started in the background when the run opens.
 */
final class Lanes implements AutoCloseable {
    private final Duration callTimeout;
    private final BlockingQueue<Driver> idle = new LinkedBlockingQueue<>();
    private final List<Driver> all = new CopyOnWriteArrayList<>();
    private final List<CompletableFuture<CngProvider>> starting = new ArrayList<>();
    private final List<AutoCloseable> started = new CopyOnWriteArrayList<>();

    /**
     * @param first   the instance of the first lane (its owner closes it)
     * @param another starts a further instance, or {@code null} when the implementation runs in one lane only
     * @param lanes   how many lanes at most
     */
    Lanes(CngProvider first, Supplier<CngProvider> another, int lanes, Duration callTimeout) {
        this.callTimeout = callTimeout;
        idle.add(add(first));
        if (another != null) {
            for (int i = 1; i < lanes; i++) {
                starting.add(CompletableFuture.supplyAsync(another));
            }
        }
    }

    /** A lane of its own for one scenario; waits while all lanes are busy. */
    Driver lease() {
        Driver d = idle.poll();
        if (d != null) {
            return d;
        }
        CompletableFuture<CngProvider> next = null;
        synchronized (starting) {
            if (!starting.isEmpty()) {
                next = starting.remove(0);
            }
        }
        if (next != null) {
            try {
                CngProvider provider = next.join();
                if (provider instanceof AutoCloseable c) {
                    started.add(c);
                }
                return add(provider);
            } catch (RuntimeException e) {
                // The first lane serves; the run goes on with fewer lanes, and says so.
                System.err.println("certify: a further lane of the implementation did not start ("
                        + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + "); fewer scenarios run at once");
            }
        }
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a lane", e);
        }
    }

    void release(Driver driver) {
        idle.add(driver);
    }

    /** The longest run of consecutive TIMEOUTs in any lane. */
    int consecutiveTimeouts() {
        return all.stream().mapToInt(Driver::consecutiveTimeouts).max().orElse(0);
    }

    /** How many lanes are serving. */
    int size() {
        return all.size();
    }

    private Driver add(CngProvider provider) {
        Driver d = new Driver(provider, callTimeout);
        all.add(d);
        return d;
    }

    @Override
    public void close() {
        all.forEach(Driver::close);
        synchronized (starting) {
            starting.forEach(f -> f.thenAccept(p -> {
                if (p instanceof AutoCloseable c) {
                    closeQuietly(c);
                }
            }));
            starting.clear();
        }
        started.forEach(Lanes::closeQuietly);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // the lane's process is gone already
        }
    }
}
