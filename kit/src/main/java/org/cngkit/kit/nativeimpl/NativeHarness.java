package org.cngkit.kit.nativeimpl;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.cngkit.child.LineCodec;

/**
 * The harness of one certification run: one long-lived process in the normal case, a fresh one after a crash or
 * a hang. Each process is a <em>generation</em>; a request is built knowing the generation that will receive it,
 * so that handles of a dead generation are never sent to a live one.
 *
 * <p>Calls are serialised. A call that gets no answer within the call limit (the kit's per-call timeout) kills
 * the process ({@link HarnessTimedOut}, the verdict TIMEOUT), and the next call starts another.
 */
public final class NativeHarness implements AutoCloseable {
    private final List<String> command;
    private final Duration callLimit;
    private final Duration startLimit;
    private final List<Duration> startups = new ArrayList<>();
    private final Thread killOnExit;
    private HarnessProcess current;
    private int generations;
    private boolean closed;

    /**
     * Starts the first process.
     *
     * @param command    the harness command line, e.g. {@code [wine, harness/target/cngkit-harness.exe]}
     * @param callLimit  longest wait for one answer before the process is judged hung and killed
     * @param startLimit longest wait for the hello line of a starting process (Wine's first start in a fresh
     *                   prefix takes many seconds)
     */
    public NativeHarness(List<String> command, Duration callLimit, Duration startLimit) {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty harness command");
        }
        this.command = List.copyOf(command);
        this.callLimit = callLimit;
        this.startLimit = startLimit;
        this.killOnExit = new Thread(this::killNow, "cngkit-harness-kill-on-exit");
        Runtime.getRuntime().addShutdownHook(killOnExit);
        try {
            ensureStarted();
        } catch (RuntimeException e) {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
            throw e;
        }
    }

    public List<String> command() {
        return command;
    }

    /** The longest wait for one answer. */
    public Duration callLimit() {
        return callLimit;
    }

    /** The longest wait for a starting process's hello line. */
    public Duration startLimit() {
        return startLimit;
    }

    /**
     * Makes one request and returns the tokens of its {@code OK} answer. {@code request} receives the generation
     * of the process that will answer; it may throw {@link StaleHandle}.
     */
    public synchronized Answer call(IntFunction<String> request) {
        if (closed) {
            throw new IllegalStateException("the harness was closed");
        }
        // The request is built first: a stale handle fails it without starting a process for nothing.
        int answering = current != null && current.alive() ? current.generation() : generations + 1;
        String text = request.apply(answering);
        HarnessProcess p = ensureStarted();
        String line = p.exchange(text, callLimit);
        return new Answer(p.generation(), line.split(" ", -1));
    }

    /**
     * Starts a fresh process now if the last one is gone, so that its start-up (a JVM, Wine) is not counted against
     * the time limit of the next call.
     */
    public synchronized void ensureLive() {
        if (closed) {
            throw new IllegalStateException("the harness was closed");
        }
        ensureStarted();
    }

    /** The generation of the process that is running now, or -1 when none is (the next call starts one). */
    public synchronized int liveGeneration() {
        return current != null && current.alive() ? current.generation() : -1;
    }

    /** How many processes this run has started (1 unless something crashed or hung). */
    public synchronized int processesStarted() {
        return generations;
    }

    /** How long each process took from its start to its hello line, in order. */
    public synchronized List<Duration> startups() {
        return List.copyOf(startups);
    }

    /** The hello line of the current (or last) process. */
    public synchronized String hello() {
        return current == null ? null : current.hello();
    }

    private HarnessProcess ensureStarted() {
        if (current == null || !current.alive()) {
            generations++;
            current = HarnessProcess.start(command, generations, startLimit);
            startups.add(current.startup());
        }
        return current;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (current != null) {
            current.quit(Duration.ofSeconds(5));
        }
        try {
            Runtime.getRuntime().removeShutdownHook(killOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down already
        }
    }

    private void killNow() {
        HarnessProcess p = current;
        if (p != null) {
            p.kill("the kit is exiting");
        }
    }

    /**
     * The tokens of an {@code OK} answer ({@code tokens[0]} is {@code OK}) and the generation that gave it.
     */
    public record Answer(int generation, String[] tokens) {

        /** Fails unless the answer has exactly {@code count} tokens. */
        public Answer expect(int count, String what) {
            if (tokens.length != count) {
                throw new HarnessProtocolError("the answer to " + what + " has " + tokens.length + " tokens, not " + count
                        + ": " + LineCodec.abbreviate(String.join(" ", tokens)));
            }
            return this;
        }

        public String token(int i) {
            return tokens[i];
        }
    }
}
