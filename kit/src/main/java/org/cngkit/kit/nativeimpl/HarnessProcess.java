package org.cngkit.kit.nativeimpl;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cngkit.child.LineCodec;
import org.cngkit.child.BoundedLineReader;

/**
 * One running harness process: its hello, one request and one answer at a time, and its end. Answers are read
 * on the calling thread; a late one is ended by the {@link Watchdog}, which kills the process. Standard error is
 * drained into a short tail for error messages. Not thread-safe: {@link NativeHarness} serialises the calls.
 */
final class HarnessProcess {
    private static final int STDERR_LINES = 12;
    /** The longest answer line the kit reads: far above any blob in hex; a longer one is a kit error, not a heap. */
    static final int MAX_ANSWER = 16 << 20;

    private final int generation;
    private final Process process;
    private final OutputStream requests;
    private final BoundedLineReader answers;
    /** When the answer being read is late ({@link System#nanoTime}); 0 while no answer is awaited. */
    private long deadline;
    private boolean expired;
    private final Deque<String> stderrTail = new ArrayDeque<>();
    private final String hello;
    private final Duration startup;
    private volatile String ending;
    private final Thread stderrDrain;

    private HarnessProcess(int generation, Process process, Duration helloLimit) {
        this.generation = generation;
        this.process = process;
        this.requests = process.getOutputStream();
        long start = System.nanoTime();
        this.answers = new BoundedLineReader(process.getInputStream(), MAX_ANSWER);
        Watchdog.watch(this);
        this.stderrDrain = daemon("cngkit-harness-" + generation + "-err", () -> drain(process.getErrorStream()));
        String line = hello(helloLimit);
        this.startup = Duration.ofNanos(System.nanoTime() - start);
        String[] words = line.split(" ");
        if (words.length < 2 || !words[0].equals(LineCodec.HELLO)) {
            kill("it did not greet as a cngkit harness");
            throw new HarnessProtocolError("the harness did not start with '" + LineCodec.HELLO + " <version>' but with "
                    + LineCodec.abbreviate(line));
        }
        if (!words[1].equals(String.valueOf(LineCodec.PROTOCOL_VERSION))) {
            kill("it speaks another protocol version");
            throw new HarnessProtocolError("the harness speaks protocol version " + LineCodec.abbreviate(words[1]) + "; this kit speaks "
                    + LineCodec.PROTOCOL_VERSION + " (rebuild the harness from this checkout)");
        }
        this.hello = line;
    }

    /** The hello line; a process that ends before it is {@link StartRefused} with its exit code and last words. */
    private String hello(Duration limit) {
        try {
            return next(limit, "its hello line");
        } catch (HarnessProcessLost e) {
            if (e instanceof HarnessTimedOut || process.isAlive()) {
                throw e;
            }
            try {
                stderrDrain.join(2000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            String lastWords;
            synchronized (stderrTail) {
                lastWords = stderrTail.isEmpty() ? "" : stderrTail.peekLast();
            }
            throw new StartRefused(e.getMessage(), process.exitValue(), lastWords);
        }
    }

    /** Starts the command and waits for its hello line. */
    static HarnessProcess start(List<String> command, int generation, Duration helloLimit) {
        Process p;
        try {
            p = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new HarnessProcessLost("cannot start the harness " + command + ": " + e.getMessage());
        }
        return new HarnessProcess(generation, p, helloLimit);
    }

    int generation() {
        return generation;
    }

    String hello() {
        return hello;
    }

    /** How long the process took from its start to its hello line. */
    Duration startup() {
        return startup;
    }

    boolean alive() {
        return ending == null;
    }

    /**
     * Sends one request and returns its {@code OK} answer.
     *
     * @throws HarnessTimedOut    when no answer came within {@code limit} (the process is killed)
     * @throws HarnessProcessLost  when the process crashed or died
     * @throws HarnessProtocolError when the harness answered {@code ERR} or something unreadable
     */
    String exchange(String request, Duration limit) {
        String verb = request.substring(0, Math.max(0, request.indexOf(' ') < 0 ? request.length() : request.indexOf(' ')));
        if (!alive()) {
            throw new HarnessProcessLost("harness process #" + generation + " is gone (" + ending + ")");
        }
        try {
            requests.write(request.getBytes(StandardCharsets.US_ASCII));
            requests.write('\n');
            requests.flush();
        } catch (IOException e) {
            String why = "could not send " + verb + ": " + e.getMessage();
            kill(why);
            throw new HarnessProcessLost("harness process #" + generation + " " + why + stderr());
        }
        String line = next(limit, "the answer to " + verb);
        if (line.startsWith("OK")) {
            return line;
        }
        if (line.startsWith("ERR")) {
            throw new HarnessProtocolError("the harness refused " + verb + " as malformed: " + line);
        }
        if (line.startsWith("THREW")) {
            String[] w = line.split(" ");
            throw new ImplementationThrew(w.length > 1 ? parse(w[1]) : "?", w.length > 2 ? parse(w[2]) : "");
        }
        if (line.startsWith("CRASH")) {
            String[] w = line.split(" ");
            String why = "crashed during " + verb + ": unhandled exception " + (w.length > 1 ? w[1] : "?")
                    + (w.length > 2 ? " at " + w[2] : "");
            awaitExit(why);
            throw new HarnessProcessLost("harness process #" + generation + " " + why);
        }
        kill("unreadable answer");
        throw new HarnessProtocolError("the harness answered " + verb + " with " + LineCodec.abbreviate(line));
    }

    /** Asks the harness to quit, then makes sure it is gone. */
    void quit(Duration grace) {
        if (!alive()) {
            return;
        }
        try {
            requests.write("QUIT\n".getBytes(StandardCharsets.US_ASCII));
            requests.flush();
            requests.close();
            if (process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                ending = "quit";
                Watchdog.forget(this);
                return;
            }
        } catch (IOException e) {
            // gone already
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill("did not quit");
    }

    /** Kills the process (and anything it started that is still its child). */
    void kill(String why) {
        if (ending == null) {
            ending = "killed: " + why;
        }
        Watchdog.forget(this);
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private String next(Duration limit, String what) {
        synchronized (this) {
            deadline = System.nanoTime() + limit.toNanos();
            expired = false;
        }
        String line;
        try {
            line = answers.next();
        } catch (IOException e) {
            line = null;
        }
        boolean late;
        synchronized (this) {
            deadline = 0;
            late = expired;
        }
        if (late) {
            throw new HarnessTimedOut("harness process #" + generation + " did not give " + what + " within "
                    + limit.toMillis() + " ms; killed" + stderr());
        }
        if (line == BoundedLineReader.TOO_LONG) {
            kill("an answer line over the bound");
            throw new HarnessProtocolError("harness process #" + generation + " wrote a line longer than " + MAX_ANSWER
                    + " bytes instead of " + what + " (the kit reads no more; is the command a cngkit harness?)");
        }
        if (line == null) {
            String why = "ended before " + what;
            awaitExit(why);
            throw new HarnessProcessLost("harness process #" + generation + " " + why + " (" + ending + ")" + stderr());
        }
        return line;
    }

    /** Called by the {@link Watchdog}: kills the process when the answer it owes is past its deadline. */
    void expireIfLate(long now) {
        synchronized (this) {
            if (deadline == 0 || now - deadline < 0 || expired) {
                return;
            }
            expired = true;
        }
        kill("it did not answer in time");
    }

    private void awaitExit(String why) {
        try {
            if (process.waitFor(3, TimeUnit.SECONDS)) {
                ending = why + ", exit code " + process.exitValue();
                Watchdog.forget(this);
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill(why);
    }

    private String stderr() {
        synchronized (stderrTail) {
            return stderrTail.isEmpty() ? "" : "; its last words on stderr: " + String.join(" | ", stderrTail);
        }
    }

    private static String parse(String token) {
        try {
            return LineCodec.parseString(token);
        } catch (RuntimeException e) {
            return LineCodec.abbreviate(token);
        }
    }

    private void drain(InputStream err) {
        try (InputStream in = new BufferedInputStream(err, 1 << 12)) {
            BoundedLineReader r = new BoundedLineReader(in, 1 << 16);
            String line;
            while ((line = r.next()) != null) {
                line = line == BoundedLineReader.TOO_LONG ? "(a line over 65536 bytes)" : line;
                synchronized (stderrTail) {
                    stderrTail.addLast(printable(line.length() > 200 ? line.substring(0, 200) + "..." : line));
                    if (stderrTail.size() > STDERR_LINES) {
                        stderrTail.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // the process went away
        }
    }

    /** A line with every non-printable character shown as {@code \\xNN}, for messages. */
    private static String printable(String line) {
        StringBuilder t = new StringBuilder(line.length());
        line.chars().forEach(c -> t.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02x", c & 0xFF)));
        return t.toString();
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
        return t;
    }
}
