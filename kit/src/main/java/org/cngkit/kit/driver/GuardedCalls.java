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
import org.cngkit.kit.nativeimpl.HarnessTimedOut;
import org.cngkit.kit.nativeimpl.ImplementationThrew;
import org.cngkit.kit.session.RunTimings;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;

/**
 * Runs each call into the implementation on a worker thread with a time limit, so that a hang becomes the
 * verdict TIMEOUT and an exception the verdict CRASHED instead of stopping the kit. A worker that hangs is
 * interrupted and abandoned and the next call gets a fresh one. An implementation in another process is called on
 * the calling thread instead: its harness kills the process when the answer is late, so nothing of a hung call
 * keeps running, and no thread hand-off is paid per call. A violation a remote provider finds
 * while reading the answer (OVERRUN past the array) is the call's verdict; an answer the kit cannot read is a
 * kit error.
 */
final class GuardedCalls implements AutoCloseable {
    private final Duration timeout;
    private final boolean selfTimed;
    private ExecutorService worker;
    private int consecutiveTimeouts;

    /**
     * @param selfTimed the implementation is in another process that enforces {@code timeout} itself (a
     *                  {@link org.cngkit.kit.nativeimpl.NativeProvider}): calls then run on the calling thread
     */
    GuardedCalls(Duration timeout, boolean selfTimed) {
        this.timeout = timeout;
        this.selfTimed = selfTimed;
        this.worker = selfTimed ? null : newWorker();
    }

    <T> T run(String what, Callable<T> call) {
        long start = System.nanoTime();
        try {
            return runTimed(what, call);
        } finally {
            int paren = what.indexOf('(');
            RunTimings.call(paren < 0 ? what : what.substring(0, paren), System.nanoTime() - start);
        }
    }

    private <T> T runTimed(String what, Callable<T> call) {
        if (selfTimed) {
            return direct(what, call);
        }
        Future<T> future = worker.submit(call);
        try {
            return answered(what, future.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw timedOut(what);
        } catch (ExecutionException e) {
            throw failure(what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + what, e);
        }
    }

    /** A call into another process, on this thread: the process's own deadline ends a hang by killing it. */
    private <T> T direct(String what, Callable<T> call) {
        try {
            return answered(what, call.call());
        } catch (HarnessTimedOut e) {
            throw timedOut(what);
        } catch (Exception e) {
            throw failure(what, e);
        }
    }

    private <T> T answered(String what, T result) {
        consecutiveTimeouts = 0;
        if (result == null) {
            throw new Violation(Outcome.CRASHED, what + " returned null instead of an NTSTATUS", "an NTSTATUS", "null");
        }
        return result;
    }

    private Violation timedOut(String what) {
        consecutiveTimeouts++;
        return new Violation(Outcome.TIMEOUT, what + " did not return within " + timeout.toMillis() + " ms",
                "a return within " + timeout.toMillis() + " ms", "no return");
    }

    private static Violation failure(String what, Throwable cause) {
        if (cause instanceof Violation v) {
            return v;
        }
        if (cause instanceof ImplementationThrew t) {
            return new Violation(Outcome.CRASHED, what + " threw " + t.type(), "an NTSTATUS", t.getMessage(), t);
        }
        if (cause instanceof ProtocolViolation p) {
            return new Violation(Outcome.KIT_ERROR, what + ": the kit could not read the answer: " + p.getMessage(),
                    null, null, p);
        }
        return new Violation(Outcome.CRASHED, what + " threw " + cause.getClass().getName(),
                "an NTSTATUS", cause.getClass().getName() + ": " + cause.getMessage(), cause);
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
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
