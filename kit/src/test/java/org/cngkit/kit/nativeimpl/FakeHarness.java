package org.cngkit.kit.nativeimpl;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;

import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * A harness written in Java: protocol version 1 (harness/PROTOCOL.md) served on top of the bundled reference
 * implementation, so the kit's side of the protocol can be tested without Wine or Windows. It mirrors harness.c:
 * ids for handles (never reused, stale ones kept), buffers followed by 1024 guard bytes, changed runs in answers.
 *
 * <p>Faults on purpose, each for the {@code n}-th request of a verb ({@code VERB:n}, or every one with
 * {@code VERB}): {@code --hang-on} never answers, {@code --die-on} exits without a word, {@code --crash-on}
 * answers {@code CRASH} and exits 3. With {@code --once FILE} these faults happen in one process only: the first
 * that finds FILE missing creates it, and the processes started after it behave. {@code --overrun N} makes every export write N bytes from cbOutput on;
 * {@code --write-far} makes every export write one byte in the guard only; {@code --version V} greets with
 * another protocol version.
 */
public final class FakeHarness {
    private static final int GUARD = 1024;
    private static final HexFormat HEX = HexFormat.of();

    private final CngProvider impl;
    private final List<Handle> handles = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();
    private final Map<String, String> faults = new HashMap<>();
    private Path once;
    private int overrun;
    private boolean writeFar;
    private boolean faultedHere;

    private FakeHarness(CngProvider impl) {
        this.impl = impl;
    }

    public static void main(String[] args) throws Exception {
        CngProvider reference = ServiceLoader.load(CngProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("reference")).findFirst().orElseThrow();
        FakeHarness fake = new FakeHarness(reference);
        String version = "1";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--hang-on", "--die-on", "--crash-on" -> fake.faults.put(args[i], args[++i]);
                case "--overrun" -> fake.overrun = Integer.parseInt(args[++i]);
                case "--write-far" -> fake.writeFar = true;
                case "--once" -> fake.once = Path.of(args[++i]);
                case "--version" -> version = args[++i];
                default -> throw new IllegalArgumentException(args[i]);
            }
        }
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.US_ASCII);
        out.println("cngkit-harness " + version + " java fake");
        out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII), 1 << 16);
        String line;
        while ((line = in.readLine()) != null) {
            String[] t = line.split(" ", -1);
            fake.misbehave(t[0], out);
            if (t[0].equals("QUIT")) {
                out.println("OK bye");
                out.flush();
                return;
            }
            String answer;
            try {
                answer = fake.serve(t);
            } catch (RuntimeException e) {
                answer = "ERR " + e;
            }
            out.println(answer);
            out.flush();
        }
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
            out.println("CRASH C0000005 0000000000001234");
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

    private String serve(String[] t) {
        return switch (t[0]) {
            case "INFO" -> "OK 10.0.19045 NULL " + HarnessCodec.string("fake harness over the reference");
            case "PROBE" -> probe(HarnessCodec.parseString(t[1]));
            case "OPEN" -> {
                HandleOut h = out(t[1]);
                NtStatus s = impl.openAlgorithmProvider(h, HarnessCodec.parseString(t[2]), HarnessCodec.parseString(t[3]), num(t[4]));
                yield ok(s) + " " + issued(h);
            }
            case "SETPROP" -> ok(impl.setProperty(handle(t[1]), HarnessCodec.parseString(t[2]), buffer(t[3]), num(t[4]), num(t[5])));
            case "GENSYM" -> {
                HandleOut h = out(t[2]);
                byte[] object = buffer(t[3]);
                byte[] before = object == null ? null : object.clone();
                NtStatus s = impl.generateSymmetricKey(handle(t[1]), h, object, num(t[4]), buffer(t[5]), num(t[6]), num(t[7]));
                yield ok(s) + " " + issued(h) + " " + changes(before, object);
            }
            case "GENPAIR" -> {
                HandleOut h = out(t[2]);
                NtStatus s = impl.generateKeyPair(handle(t[1]), h, num(t[3]), num(t[4]));
                yield ok(s) + " " + issued(h);
            }
            case "FINALIZE" -> ok(impl.finalizeKeyPair(handle(t[1]), num(t[2])));
            case "IMPORT" -> {
                HandleOut h = out(t[4]);
                byte[] object = buffer(t[5]);
                byte[] before = object == null ? null : object.clone();
                NtStatus s = impl.importKey(handle(t[1]), handle(t[2]), HarnessCodec.parseString(t[3]), h, object, num(t[6]),
                        buffer(t[7]), num(t[8]), num(t[9]));
                yield ok(s) + " " + issued(h) + " " + changes(before, object);
            }
            case "IMPORTPAIR" -> {
                HandleOut h = out(t[4]);
                NtStatus s = impl.importKeyPair(handle(t[1]), handle(t[2]), HarnessCodec.parseString(t[3]), h, buffer(t[5]),
                        num(t[6]), num(t[7]));
                yield ok(s) + " " + issued(h);
            }
            case "EXPORT" -> {
                byte[] output = buffer(t[4]);
                byte[] before = output == null ? null : output.clone();
                int cbOutput = num(t[5]);
                ULongOut pcb = t[6].equals("NULL") ? null : new ULongOut(num(t[6]));
                NtStatus s = impl.exportKey(handle(t[1]), handle(t[2]), HarnessCodec.parseString(t[3]), output, cbOutput, pcb, num(t[7]));
                if (output != null && overrun > 0) {
                    for (int i = 0; i < overrun; i++) {
                        output[cbOutput + i] = (byte) ~before[cbOutput + i];
                    }
                }
                if (output != null && writeFar) {
                    int far = output.length - GUARD + 10;
                    output[far] = (byte) ~before[far];
                }
                yield ok(s) + " " + (pcb == null ? "-" : Integer.toUnsignedString(pcb.get())) + " " + changes(before, output);
            }
            case "DESTROY" -> ok(impl.destroyKey(handle(t[1])));
            case "CLOSE" -> ok(impl.closeAlgorithmProvider(handle(t[1]), num(t[2])));
            default -> "ERR unknown request '" + t[0] + "'";
        };
    }

    private String probe(String algorithmId) {
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
            return ok(s) + " " + String.format("%08X", NtStatus.NOT_SUPPORTED.value()) + " - - -";
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
        return String.format("OK %08X", s.value());
    }

    private static int num(String token) {
        return token.startsWith("0x") ? Integer.parseUnsignedInt(token.substring(2), 16) : Integer.parseUnsignedInt(token);
    }

    /** The caller's bytes followed by the guard, as harness.c lays them out. */
    private static byte[] buffer(String token) {
        if (token.equals("NULL")) {
            return null;
        }
        byte[] sent = HEX.parseHex(token.substring(1));
        byte[] memory = Arrays.copyOf(sent, sent.length + GUARD);
        for (int i = 0; i < GUARD; i++) {
            memory[sent.length + i] = (byte) (0x5A ^ (i * 131 + 7));
        }
        return memory;
    }

    private static String changes(byte[] before, byte[] after) {
        return after == null ? "-" : HarnessCodec.formatChanges(HarnessCodec.diff(before, after));
    }

    private Handle handle(String token) {
        if (token.startsWith("#")) {
            return Handle.of(Long.parseUnsignedLong(token.substring(1), 16));
        }
        int id = num(token);
        if (id == 0) {
            return Handle.NULL;
        }
        if (id > handles.size()) {
            throw new IllegalArgumentException("the harness issued no handle " + id);
        }
        return handles.get(id - 1);
    }

    private static HandleOut out(String token) {
        return token.equals("NULL") ? null : new HandleOut();
    }

    private String issued(HandleOut h) {
        if (h == null) {
            return "-";
        }
        if (h.get().isNull()) {
            return "0";
        }
        handles.add(h.get());
        return String.valueOf(handles.size());
    }
}
