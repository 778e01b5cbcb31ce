package org.cngkit.child;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;

/**
 * The child JVM's main class: serves one Java implementation over the harness protocol on its standard input and
 * output, as {@code harness.c} serves a bcrypt.dll. The kit starts it with the implementation's classpath (this
 * module, the SPI and the implementation's jars, nothing of the kit) and judges its answers with the same code
 * that judges a native DLL.
 *
 * <pre>java -cp child.jar:spi.jar:impl.jar org.cngkit.child.ChildServer [--impl NAME]</pre>
 *
 * <p>The hello line is {@code cngkit-harness <version> java <name>} with the name as a string token, printed once
 * the implementation is created and its {@code name()} and {@code claims()} answered. When that fails the child
 * prints one line on standard error and exits with {@value #EXIT_USAGE} (no such implementation, ambiguous
 * choice) or {@value #EXIT_IMPLEMENTATION_FAILED} (a constructor, {@code name()} or {@code claims()} threw).
 * The implementation's own {@code System.out} goes to standard error, so it cannot write into the protocol.
 */
public final class ChildServer {
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_IMPLEMENTATION_FAILED = 4;
    /** The longest request line the child reads (hex-encoded buffers of a few MB); a longer one is answered ERR. */
    public static final int MAX_LINE = 64 << 20;

    private ChildServer() {
    }

    public static void main(String[] args) throws IOException {
        OutputStream protocol = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.setOut(System.err);
        String name = args.length == 2 && args[0].equals("--impl") ? args[1] : null;
        if (args.length != 0 && name == null) {
            refuse(EXIT_USAGE, "usage: ChildServer [--impl NAME]");
        }
        CngProvider impl = null;
        String implName = null;
        try {
            impl = ProviderChoice.select(name, ChildServer.class.getClassLoader());
            implName = impl.name();
            Claims claims = impl.claims();
            if (implName == null || claims == null || claims.profile() == null) {
                refuse(EXIT_IMPLEMENTATION_FAILED, impl.getClass().getName() + (implName == null ? ".name() returned null"
                        : ".claims() returned no claims or no Windows profile"));
            }
        } catch (ProviderChoice.Refused e) {
            refuse(e.usage() ? EXIT_USAGE : EXIT_IMPLEMENTATION_FAILED, e.getMessage());
        } catch (RuntimeException | LinkageError e) {
            refuse(EXIT_IMPLEMENTATION_FAILED, (impl == null ? "the implementation" : impl.getClass().getName())
                    + " threw from " + (implName == null ? "name()" : "claims()") + ": " + e);
        }
        serve(new CallServer(impl), implName, new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16), protocol);
    }

    /**
     * Answers requests until QUIT or the end of input; exits the JVM then. Each answer line goes out in one write
     * (up to 64 KB), so the kit, waiting for it, wakes once.
     */
    static void serve(CallServer server, String implName, InputStream in, OutputStream out) throws IOException {
        say(out, "cngkit-harness " + LineCodec.PROTOCOL_VERSION + " java " + LineCodec.string(implName));
        BoundedLineReader lines = new BoundedLineReader(in, MAX_LINE);
        String line;
        while ((line = lines.next()) != null) {
            if (line.equals("QUIT")) {
                say(out, "OK bye");
                Runtime.getRuntime().halt(0);
            }
            String answer;
            try {
                answer = line == BoundedLineReader.TOO_LONG ? "ERR the request is longer than " + MAX_LINE + " bytes"
                        : server.answer(line);
            } catch (VirtualMachineError e) {
                // Out of memory (or worse) inside the implementation: the child dies without an answer, like a
                // crashed harness, and the kit starts a fresh one. Its stderr keeps the reason.
                System.err.println("cngkit-child: " + e);
                Runtime.getRuntime().halt(3);
                return;
            }
            say(out, answer);
        }
        Runtime.getRuntime().halt(0);
    }

    private static void say(OutputStream out, String line) throws IOException {
        out.write(line.getBytes(StandardCharsets.US_ASCII));
        out.write('\n');
        out.flush();
    }

    private static void refuse(int code, String message) {
        System.err.println("cngkit-child: " + message.replace('\n', ' ').replace('\r', ' '));
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }
}
