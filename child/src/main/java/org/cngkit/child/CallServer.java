package org.cngkit.child;

import static org.cngkit.child.LineCodec.parseBytes;
import static org.cngkit.child.LineCodec.parseNumber;
import static org.cngkit.child.LineCodec.parseString;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * The calling half of {@code harness.c} in Java: reads one request line, makes the one SPI call it names on the
 * implementation, and writes the answer line (harness/PROTOCOL.md, version {@value LineCodec#PROTOCOL_VERSION}).
 *
 * <ul>
 *   <li>Handles become ids that start at 1 and are never reused; a destroyed handle keeps its id, so the kit can
 *       pass it again exactly as a C caller passes a stale pointer.</li>
 *   <li>Every buffer the implementation gets is the bytes the kit sent followed by {@value #GUARD} guard bytes of
 *       the protocol's pattern; the answer lists the bytes that changed, in output <em>and</em> input buffers.</li>
 *   <li>Output buffers stay watched until the next {@code LATE}, which lists the bytes written after the answer.</li>
 *   <li>An exception from the implementation is answered {@code THREW <class> <message>}; the server goes on.</li>
 * </ul>
 * Not thread-safe: one request at a time, like the protocol.
 */
public final class CallServer {
    /** Guard bytes after every buffer, as in harness.c. */
    public static final int GUARD = 1024;

    private final CngProvider impl;
    private final List<Handle> handles = new ArrayList<>();
    private final List<Watched> watched = new ArrayList<>();
    private final Map<String, Request> requests;

    public CallServer(CngProvider impl) {
        this.impl = impl;
        this.requests = Map.ofEntries(
            Map.entry("OPEN", new Request(4, this::open)),
            Map.entry("SETPROP", new Request(5, this::setProperty)),
            Map.entry("GENSYM", new Request(7, this::generateSymmetricKey)),
            Map.entry("GENPAIR", new Request(4, this::generateKeyPair)),
            Map.entry("FINALIZE", new Request(2, t -> ok(this.impl.finalizeKeyPair(handle(t[1]), parseNumber(t[2]))))),
            Map.entry("IMPORT", new Request(9, this::importKey)),
            Map.entry("IMPORTPAIR", new Request(7, this::importKeyPair)),
            Map.entry("EXPORT", new Request(7, this::exportKey)),
            Map.entry("DESTROY", new Request(1, t -> ok(this.impl.destroyKey(handle(t[1]))))),
            Map.entry("CLOSE", new Request(2, t -> ok(this.impl.closeAlgorithmProvider(handle(t[1]), parseNumber(t[2]))))),
            Map.entry("LATE", new Request(0, t -> late())),
            Map.entry("CLAIMS", new Request(0, t -> "OK " + ClaimsCodec.encode(this.impl.claims()))));
    }

    /** True when this server answers {@code verb} itself (the others are the caller's: QUIT, service requests). */
    public boolean serves(String verb) {
        return requests.containsKey(verb);
    }

    /** The answer to one request line, never {@code null}; {@code ERR} for a malformed line, {@code THREW} for an exception. */
    public String answer(String line) {
        String[] t = line.split(" ", -1);
        Request r = requests.get(t[0]);
        if (line.isEmpty()) {
            return "ERR empty request";
        }
        if (r == null) {
            return "ERR unknown request " + LineCodec.abbreviate(t[0]);
        }
        if (t.length - 1 != r.arity) {
            return "ERR " + t[0] + " takes " + r.arity + " argument(s), got " + (t.length - 1);
        }
        try {
            return r.serve.apply(t);
        } catch (ProtocolViolation e) {
            return "ERR " + e.getMessage();
        } catch (RuntimeException | StackOverflowError | LinkageError e) {
            return "THREW " + LineCodec.string(e.getClass().getName()) + " " + LineCodec.string(String.valueOf(e.getMessage()));
        }
    }

    private record Request(int arity, Function<String[], String> serve) {
    }

    private String open(String[] t) {
        HandleOut h = out(t[1]);
        String alg = parseString(t[2]);
        String implementation = parseString(t[3]);
        int flags = parseNumber(t[4]);
        return ok(impl.openAlgorithmProvider(h, alg, implementation, flags)) + " " + issued(h);
    }

    private String setProperty(String[] t) {
        Handle object = handle(t[1]);
        String property = parseString(t[2]);
        Guarded input = Guarded.of(t[3]);
        int cb = parseNumber(t[4]);
        int flags = parseNumber(t[5]);
        return ok(impl.setProperty(object, property, input.memory, cb, flags)) + " " + input.changes();
    }

    private String generateSymmetricKey(String[] t) {
        Handle alg = handle(t[1]);
        HandleOut h = out(t[2]);
        Guarded object = Guarded.of(t[3]);
        int cbObject = parseNumber(t[4]);
        Guarded secret = Guarded.of(t[5]);
        int cbSecret = parseNumber(t[6]);
        int flags = parseNumber(t[7]);
        NtStatus s = impl.generateSymmetricKey(alg, h, object.memory, cbObject, secret.memory, cbSecret, flags);
        return ok(s) + " " + issued(h) + " " + watch(object) + " " + secret.changes();
    }

    private String generateKeyPair(String[] t) {
        Handle alg = handle(t[1]);
        HandleOut h = out(t[2]);
        int length = parseNumber(t[3]);
        int flags = parseNumber(t[4]);
        return ok(impl.generateKeyPair(alg, h, length, flags)) + " " + issued(h);
    }

    private String importKey(String[] t) {
        Handle alg = handle(t[1]);
        Handle importKey = handle(t[2]);
        String type = parseString(t[3]);
        HandleOut h = out(t[4]);
        Guarded object = Guarded.of(t[5]);
        int cbObject = parseNumber(t[6]);
        Guarded input = Guarded.of(t[7]);
        int cbInput = parseNumber(t[8]);
        int flags = parseNumber(t[9]);
        NtStatus s = impl.importKey(alg, importKey, type, h, object.memory, cbObject, input.memory, cbInput, flags);
        return ok(s) + " " + issued(h) + " " + watch(object) + " " + input.changes();
    }

    private String importKeyPair(String[] t) {
        Handle alg = handle(t[1]);
        Handle importKey = handle(t[2]);
        String type = parseString(t[3]);
        HandleOut h = out(t[4]);
        Guarded input = Guarded.of(t[5]);
        int cbInput = parseNumber(t[6]);
        int flags = parseNumber(t[7]);
        NtStatus s = impl.importKeyPair(alg, importKey, type, h, input.memory, cbInput, flags);
        return ok(s) + " " + issued(h) + " " + input.changes();
    }

    private String exportKey(String[] t) {
        Handle key = handle(t[1]);
        Handle exportKey = handle(t[2]);
        String type = parseString(t[3]);
        Guarded output = Guarded.of(t[4]);
        int cbOutput = parseNumber(t[5]);
        ULongOut pcbResult = t[6].equals("NULL") ? null : new ULongOut(parseNumber(t[6]));
        int flags = parseNumber(t[7]);
        NtStatus s = impl.exportKey(key, exportKey, type, output.memory, cbOutput, pcbResult, flags);
        return ok(s) + " " + (pcbResult == null ? "-" : Integer.toUnsignedString(pcbResult.get())) + " " + watch(output);
    }

    /** {@code LATE}: per output buffer watched since the last LATE, the bytes written after its call's answer. */
    private String late() {
        StringBuilder a = new StringBuilder("OK ").append(watched.size());
        for (Watched w : watched) {
            a.append(' ').append(LineCodec.formatChanges(LineCodec.diff(w.answered, w.memory)));
        }
        watched.clear();
        return a.toString();
    }

    /** The changes of an output buffer, which is then watched for late writes until the next LATE. */
    private String watch(Guarded buffer) {
        if (buffer.memory != null) {
            watched.add(new Watched(buffer.memory, buffer.memory.clone()));
        }
        return buffer.changes();
    }

    private record Watched(byte[] memory, byte[] answered) {
    }

    private static String ok(NtStatus s) {
        if (s == null) {
            throw new NullPointerException("the implementation returned null instead of an NTSTATUS");
        }
        return "OK " + LineCodec.formatStatus(s.value());
    }

    private Handle handle(String token) {
        if (token.startsWith("#")) {
            try {
                return Handle.of(Long.parseUnsignedLong(token.substring(1), 16));
            } catch (NumberFormatException e) {
                throw new ProtocolViolation("not a raw handle: " + LineCodec.abbreviate(token));
            }
        }
        int id = parseNumber(token);
        if (id == 0) {
            return Handle.NULL;
        }
        if (Integer.toUnsignedLong(id) > handles.size()) {
            throw new ProtocolViolation("the server issued no handle " + Integer.toUnsignedString(id));
        }
        return handles.get(id - 1);
    }

    private static HandleOut out(String token) {
        return switch (token) {
            case "NULL" -> null;
            case "PTR" -> new HandleOut();
            default -> throw new ProtocolViolation("not a handle out-pointer: " + LineCodec.abbreviate(token));
        };
    }

    private String issued(HandleOut h) {
        if (h == null) {
            return "-";
        }
        if (Handle.isNull(h.get())) {
            return "0";
        }
        handles.add(h.get());
        return String.valueOf(handles.size());
    }

    /** A buffer as the implementation gets it: the bytes sent, then the guard; and a copy to diff against. */
    private static final class Guarded {
        final byte[] memory;
        final byte[] before;

        private Guarded(byte[] memory) {
            this.memory = memory;
            this.before = memory == null ? null : memory.clone();
        }

        static Guarded of(String token) {
            byte[] sent = parseBytes(token);
            if (sent == null) {
                return new Guarded(null);
            }
            byte[] memory = Arrays.copyOf(sent, sent.length + GUARD);
            for (int i = 0; i < GUARD; i++) {
                memory[sent.length + i] = guardByte(i);
            }
            return new Guarded(memory);
        }

        String changes() {
            return memory == null ? "-" : LineCodec.formatChanges(LineCodec.diff(before, memory));
        }
    }

    /** Guard byte {@code i}: {@code 0x5A ^ (i * 131 + 7)}, the pattern of harness.c. */
    public static byte guardByte(int i) {
        return (byte) (0x5A ^ (i * 131 + 7));
    }
}
