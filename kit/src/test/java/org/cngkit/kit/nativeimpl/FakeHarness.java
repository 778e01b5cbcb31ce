package org.cngkit.kit.nativeimpl;

import java.io.BufferedInputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

import org.cngkit.child.BoundedLineReader;
import org.cngkit.child.CallServer;
import org.cngkit.child.LineCodec;
import org.cngkit.kit.broken.ForwardingProvider;
import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * A native harness stand-in: the protocol (harness/PROTOCOL.md) served by the child server's {@link CallServer}
 * on top of the bundled reference implementation, plus the native-only service requests ({@code INFO},
 * {@code PROBE}), so the kit's side of the protocol can be tested without Wine or Windows.
 *
 * <p>Faults on purpose, each for the {@code n}-th request of a verb ({@code VERB:n}, or every one with
 * {@code VERB}): {@code --hang-on} never answers, {@code --die-on} exits without a word, {@code --crash-on}
 * answers {@code CRASH} and exits 3. With {@code --once FILE} these faults happen in one process only: the first
 * that finds FILE missing creates it, and the processes started after it behave. {@code --overrun N} makes every
 * export write N bytes from cbOutput on; {@code --far-overrun N} does the same for an N that may go past the 1024
 * guard bytes and answers it as harness.c does (PROTOCOL.md: the far guard by its first and last changed byte);
 * {@code --write-far} makes every export write one byte in the guard only;
 * {@code --late} makes every export write its first byte again after the answer (a late write);
 * {@code --scribble-input} makes every import flip the first byte of its pbInput; {@code --version V} greets with
 * another protocol version; {@code --garbage N} answers the first request with N bytes of binary garbage.
 */
public final class FakeHarness {
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, String> faults = new HashMap<>();
    private Path once;
    private boolean faultedHere;

    public static void main(String[] args) throws Exception {
        CngProvider reference = ServiceLoader.load(CngProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("reference")).findFirst().orElseThrow();
        FakeHarness fake = new FakeHarness();
        Misbehaving impl = new Misbehaving(reference);
        String version = String.valueOf(LineCodec.PROTOCOL_VERSION);
        int garbage = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--hang-on", "--die-on", "--crash-on" -> fake.faults.put(args[i], args[++i]);
                case "--overrun" -> impl.overrun = Integer.parseInt(args[++i]);
                case "--far-overrun" -> impl.farOverrun = Integer.parseInt(args[++i]);
                case "--write-far" -> impl.writeFar = true;
                case "--late" -> impl.late = true;
                case "--scribble-input" -> impl.scribbleInput = true;
                case "--once" -> fake.once = Path.of(args[++i]);
                case "--version" -> version = args[++i];
                case "--garbage" -> garbage = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        CallServer server = new CallServer(impl);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.ISO_8859_1);
        out.print("cngkit-harness " + version + " java fake\n");
        out.flush();
        BoundedLineReader in = new BoundedLineReader(new BufferedInputStream(System.in, 1 << 16), 64 << 20);
        String line;
        while ((line = in.next()) != null) {
            String verb = line.split(" ", 2)[0];
            fake.misbehave(verb, out);
            if (garbage > 0) {
                byte[] junk = new byte[garbage];
                new java.util.Random(7).nextBytes(junk);
                out.write(junk);
                out.print("\n");
                out.flush();
                garbage = 0;
                continue;
            }
            if (verb.equals("QUIT")) {
                out.print("OK bye\n");
                out.flush();
                return;
            }
            String answer = switch (verb) {
                case "INFO" -> "OK 10.0.19045 NULL " + LineCodec.string("fake harness over the reference");
                case "PROBE" -> probe(reference, line);
                default -> server.answer(line);
            };
            if (verb.equals("EXPORT") && impl.farOverrun > 0) {
                answer += farGuard(line, impl.farOverrun);
            }
            out.print(answer + "\n");
            out.flush();
            impl.afterAnswer();
        }
    }

    /**
     * The far-guard runs harness.c adds to the answer of an export that wrote {@code count} bytes from cbOutput on:
     * its first and its last changed byte, past the bytes sent and the 1024 near guard bytes (the fake inverts the
     * guard pattern, 0x5A ^ (i * 131 + 7)).
     */
    private static String farGuard(String request, int count) {
        String[] t = request.split(" ");
        if (t[4].equals("NULL")) {
            return "";
        }
        int sent = (t[4].length() - 1) / 2;
        long end = LineCodec.parseUlong(t[5]) + (long) count; // one past the last byte written
        long first = sent + CallServer.GUARD;
        if (end <= first) {
            return "";
        }
        long last = end - 1;
        return "," + first + ":" + inverted(first - sent) + (last == first ? "" : "," + last + ":" + inverted(last - sent));
    }

    private static String inverted(long guardIndex) {
        return String.format("%02x", ~(0x5A ^ ((guardIndex * 131 + 7) & 0xFF)) & 0xFF);
    }

    private void misbehave(String verb, PrintStream out) throws Exception {
        int n = seen.merge(verb, 1, Integer::sum);
        if (faults.isEmpty() || once != null && Files.exists(once) && !faultedHere) {
            return;
        }
        if (once != null && !faultedHere) {
            Files.createFile(once);
            faultedHere = true;
        }
        if (hits("--hang-on", verb, n)) {
            System.err.println("fake: hanging on " + verb);
            Thread.sleep(Long.MAX_VALUE);
        }
        if (hits("--die-on", verb, n)) {
            System.err.println("fake: dying on " + verb);
            System.exit(1);
        }
        if (hits("--crash-on", verb, n)) {
            out.print("CRASH C0000005 0000000000001234\n");
            out.flush();
            System.exit(3);
        }
    }

    private boolean hits(String fault, String verb, int n) {
        String spec = faults.get(fault);
        if (spec == null) {
            return false;
        }
        String[] p = spec.split(":");
        return p[0].equals(verb) && (p.length == 1 || Integer.parseInt(p[1]) == n);
    }

    /** {@code PROBE <alg>} answered from the reference's claims, as harness.c answers it from BCRYPT_KEY_LENGTHS. */
    private static String probe(CngProvider impl, String line) {
        String algorithmId = LineCodec.parseString(line.split(" ")[1]);
        HandleOut h = new HandleOut();
        NtStatus s = impl.openAlgorithmProvider(h, algorithmId, null, 0);
        if (!s.isSuccess()) {
            return ok(s) + " - - - -";
        }
        impl.closeAlgorithmProvider(h.get(), 0);
        AlgorithmClaim claim = impl.claims().algorithm(algorithmId).orElseThrow();
        TreeSet<Integer> bits = new TreeSet<>(claim.keyBits());
        if (bits.isEmpty()) {
            // keys sized by a parameter set (ML-KEM, ML-DSA, ...): no BCRYPT_KEY_LENGTHS to report
            return ok(s) + " " + LineCodec.formatStatus(NtStatus.NOT_SUPPORTED.value()) + " - - -";
        }
        // One range with an increment describes the sizes, or a superset of them where they are not evenly spaced
        // (the NIST curves 256, 384, 521; DSA 512...1024 and 2048, 3072): the gcd of the gaps.
        int step = 0;
        for (int b : bits.tailSet(bits.first(), false)) {
            step = java.math.BigInteger.valueOf(step).gcd(java.math.BigInteger.valueOf(b - bits.lower(b))).intValue();
        }
        return ok(s) + " 00000000 " + bits.first() + " " + bits.last() + " " + step;
    }

    private static String ok(NtStatus s) {
        return "OK " + LineCodec.formatStatus(s.value());
    }

    /** The reference with the buffer faults of the options: it gets the guarded buffers CallServer hands it. */
    private static final class Misbehaving extends ForwardingProvider {
        int overrun;
        int farOverrun;
        boolean writeFar;
        boolean late;
        boolean scribbleInput;
        private byte[] lastOutput;

        Misbehaving(CngProvider reference) {
            super(reference);
        }

        @Override
        public String name() {
            return "fake";
        }

        @Override
        public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                                  ULongOut pcbResult, int dwFlags) {
            NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
            if (pbOutput != null) {
                for (int i = 0; i < overrun; i++) {
                    pbOutput[cbOutput + i] ^= (byte) 0xFF;
                }
                for (int i = 0; i < farOverrun && cbOutput + i < pbOutput.length; i++) {
                    pbOutput[cbOutput + i] ^= (byte) 0xFF; // the rest is past the Java array: see farGuard
                }
                if (writeFar) {
                    pbOutput[pbOutput.length - CallServer.GUARD + 10] ^= (byte) 0xFF;
                }
                lastOutput = pbOutput;
            }
            return s;
        }

        @Override
        public NtStatus importKey(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbKeyObject, int cbKeyObject, byte[] pbInput, int cbInput, int dwFlags) {
            NtStatus s = super.importKey(hAlgorithm, hImportKey, pszBlobType, phKey, pbKeyObject, cbKeyObject, pbInput, cbInput, dwFlags);
            if (scribbleInput && pbInput != null && pbInput.length > 0) {
                pbInput[0] ^= (byte) 0xFF;
            }
            return s;
        }

        /** With --late: the first byte after cbOutput of the last export changes after its answer went out. */
        void afterAnswer() {
            if (late && lastOutput != null) {
                lastOutput[lastOutput.length - CallServer.GUARD - 1] ^= (byte) 0xFF;
            }
            lastOutput = null;
        }
    }
}
