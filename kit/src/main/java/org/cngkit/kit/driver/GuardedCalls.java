package org.cngkit.kit.driver;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.cngkit.child.ProtocolViolation;
import org.cngkit.kit.nativeimpl.ImplementationThrew;
import org.cngkit.kit.session.RunTimings;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;

/**
 * Runs each call into the implementation on a worker thread with a time limit, so that a hang becomes the
 * verdict TIMEOUT and an exception the verdict CRASHED instead of stopping the kit. A worker that hangs is
 * interrupted and abandoned and the next call gets a fresh one; for an implementation in another process the
 * interrupt kills that process, so nothing of a hung call keeps running. A violation a remote provider finds
 * while reading the answer (OVERRUN past the array) is the call's verdict; an answer the kit cannot read is a
 * kit error.
 */
final class GuardedCalls implements AutoCloseable {
    private final Duration timeout;
    private ExecutorService worker = newWorker();
    private int consecutiveTimeouts;

    GuardedCalls(Duration timeout) {
        this.timeout = timeout;
    }

    <T> T run(String what, Callable<T> call) {
        long start = System.nanoTime();
        try {
            return runTimed(what, call);
        } finally {
            RunTimings.call(what.replaceFirst("\\(.*", ""), System.nanoTime() - start);
        }
    }

    private <T> T runTimed(String what, Callable<T> call) {
        Future<T> future = worker.submit(call);
        try {
            T result = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            consecutiveTimeouts = 0;
            if (result == null) {
                throw new Violation(Outcome.CRASHED, what + " returned null instead of an NTSTATUS", "an NTSTATUS", "null");
            }
            return result;
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            consecutiveTimeouts++;
            throw new Violation(Outcome.TIMEOUT, what + " did not return within " + timeout.toMillis() + " ms",
                    "a return within " + timeout.toMillis() + " ms", "no return");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Violation v) {
                throw v;
            }
            if (cause instanceof ImplementationThrew t) {
                throw new Violation(Outcome.CRASHED, what + " threw " + t.type(), "an NTSTATUS", t.getMessage(), t);
            }
            if (cause instanceof ProtocolViolation p) {
                throw new Violation(Outcome.KIT_ERROR, what + ": the kit could not read the answer: " + p.getMessage(),
                        null, null, p);
            }
            throw new Violation(Outcome.CRASHED, what + " threw " + cause.getClass().getName(),
                    "an NTSTATUS", cause.getClass().getName() + ": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    /** How many calls in a row ended in TIMEOUT (0 after any call that returned). */
    int consecutiveTimeouts() {
        return consecutiveTimeouts;
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "cngkit-call");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
