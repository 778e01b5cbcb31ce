package org.cngkit.kit.isolation;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cngkit.child.ChildServer;
import org.cngkit.child.ClaimsCodec;
import org.cngkit.child.LineCodec;
import org.cngkit.kit.nativeimpl.HarnessProtocolError;
import org.cngkit.kit.nativeimpl.NativeHarness;
import org.cngkit.kit.nativeimpl.NativeProvider;
import org.cngkit.spi.Claims;

/**
 * A Java implementation in a JVM of its own (DESIGN.md, "The examined never shares a process with the examiner"):
 * the kit starts {@link ChildServer} with the implementation's classpath and a heap limit, and calls it over the
 * harness protocol through {@link NativeProvider}, the code that calls a native DLL. Whatever the implementation
 * does (exit, halt, exhaust its heap, spin, hang, interrupt threads) happens in the child: a call past the timeout
 * kills it, a dead child makes the call CRASHED, and the next call starts a fresh child.
 */
public final class JavaChild {
    /** The child's default heap limit, in MB. */
    public static final int DEFAULT_HEAP_MB = 1024;

    private JavaChild() {
    }

    /**
     * Starts the child and asks its claims.
     *
     * @param jars           the implementation's jars or class directories; empty for the bundled reference
     * @param implementation the name to choose ({@code --impl}), or {@code null} for the classpath's rule
     * @param heapMb         the child's {@code -Xmx}, in MB
     * @param callTimeout    the kit's per-call timeout: a call past it kills the child
     * @param helloLimit     the longest wait for a starting child's hello line
     * @throws org.cngkit.kit.nativeimpl.StartRefused when the child ends before its hello (exit code 2: no such
     *                                                implementation; 4: it failed to start)
     */
    public static NativeProvider start(List<Path> jars, String implementation, int heapMb, Duration callTimeout, Duration helloLimit) {
        List<Path> classpath = ChildClasspath.of(jars);
        NativeHarness harness = new NativeHarness(command(classpath, implementation, heapMb),
                callTimeout, helloLimit);
        try {
            String[] hello = harness.hello().split(" ");
            if (hello.length != 4 || !hello[2].equals("java")) {
                throw new HarnessProtocolError("the child greeted with " + LineCodec.abbreviate(harness.hello()));
            }
            String name = LineCodec.parseString(hello[3]);
            NativeHarness.Answer a = harness.call(g -> "CLAIMS");
            Claims claims = ClaimsCodec.decode(a.tokens(), 1);
            return new NativeProvider(harness, null, name, claims, classpath);
        } catch (RuntimeException e) {
            harness.close();
            throw e;
        }
    }

    /** JVM options for the child from the environment (a profiler, a debugger), split at white space. */
    static List<String> extraOptions(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return List.of(value.trim().split("\\s+"));
    }

    /**
     * The child's command line: this JVM's {@code java}, the heap limit, the collector, any options in
     * {@code CNGKIT_CHILD_JAVA_OPTS}, the classpath, the server.
     */
    static List<String> command(List<Path> classpath, String implementation, int heapMb) {
        List<String> c = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heapMb + "m",
                "-XX:+UseSerialGC",
                // Tiered compilation stays on: the implementation's speed is its own (with the client compiler
                // alone, BigInteger.modPow runs ten times slower, and a slow key generation would be judged TIMEOUT).
                "-Xss4m"));
        c.addAll(extraOptions(System.getenv("CNGKIT_CHILD_JAVA_OPTS")));
        c.addAll(List.of(
                "-cp", classpath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                ChildServer.class.getName()));
        if (implementation != null) {
            c.add("--impl");
            c.add(implementation);
        }
        return c;
    }
}
