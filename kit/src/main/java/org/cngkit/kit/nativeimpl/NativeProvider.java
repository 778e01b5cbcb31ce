package org.cngkit.kit.nativeimpl;

import static org.cngkit.child.LineCodec.bytes;
import static org.cngkit.child.LineCodec.flags;
import static org.cngkit.child.LineCodec.string;
import static org.cngkit.child.LineCodec.ulong;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.cngkit.child.LineCodec;
import org.cngkit.kit.driver.RemoteBuffers;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.cngkit.spi.WindowsProfile;

/**
 * An implementation in another process, seen through the harness protocol (harness/PROTOCOL.md): a native
 * {@code bcrypt.dll} behind {@code harness.c}, or a Java implementation in its child JVM behind
 * {@code org.cngkit.child.ChildServer} ({@link org.cngkit.kit.isolation.JavaChild}). Every SPI call is one request,
 * and one code path judges both.
 *
 * <h2>Mapping</h2>
 * <ul>
 *   <li>Handles: the harness numbers the handles it returns; the SPI value is {@code generation << 32 | id}, so a
 *       handle says which harness process issued it. A handle of a process that is gone raises
 *       {@link StaleHandle} (the kit reports CRASHED) instead of being sent to another process. A value whose
 *       upper 32 bits are 0 and that is not NULL was never issued: it is passed to bcrypt as a raw value.</li>
 *   <li>Output buffers: the whole caller's array goes to the harness (its {@code cbOutput} bytes and whatever the
 *       caller put after them, such as the kit's canary); the bytes the call changed come back and are written into
 *       the caller's array. A write at or after {@code cbOutput} thus changes the caller's canary, and the kit's
 *       ordinary check reports OVERRUN. A write beyond the caller's array (caught by the harness's guard bytes)
 *       cannot be put into the array: if nothing inside the array shows the overrun, the call is judged OVERRUN
 *       here, with the offsets.</li>
 *   <li>Input buffers: the bytes the call changed come back too and are written into the caller's array, so the
 *       kit sees an implementation that writes into its input. Output buffers stay alive in the server until
 *       {@link #pullLateWrites()} asks for the bytes written after each call answered.</li>
 *   <li>{@code NULL} pointers are {@code NULL} tokens; {@code *pcbResult} starts with the caller's value.</li>
 * </ul>
 * Methods throw (which the kit reports as CRASHED) when the harness process crashes or dies during the call.
 */
public final class NativeProvider implements CngProvider, RemoteBuffers, AutoCloseable {
    /** The least time a starting process gets for its hello line (Wine's first start in a new prefix is slow). */
    static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final NativeHarness harness;
    private final HarnessInfo info;
    private final String name;
    private final Claims claims;
    private final List<java.nio.file.Path> javaClasspath;
    /** The output arrays sent since the last LATE, in order, with the process generation that holds their copies. */
    private final List<Watched> watched = new ArrayList<>();

    public NativeProvider(NativeHarness harness, HarnessInfo info, Claims claims) {
        this(harness, info, info.implementationName(), claims);
    }

    /** @param info what a native harness runs on, or {@code null} for a Java child */
    public NativeProvider(NativeHarness harness, HarnessInfo info, String name, Claims claims) {
        this(harness, info, name, claims, List.of());
    }

    /**
     * @param info          what a native harness runs on, or {@code null} for a Java child
     * @param javaClasspath a Java child's classpath (server, SPI, implementation), for the report; empty otherwise
     */
    public NativeProvider(NativeHarness harness, HarnessInfo info, String name, Claims claims,
                          List<java.nio.file.Path> javaClasspath) {
        this.harness = harness;
        this.info = info;
        this.name = name;
        this.claims = claims;
        this.javaClasspath = List.copyOf(javaClasspath);
    }

    /** A Java child's classpath, in order; empty for a native harness. */
    public List<java.nio.file.Path> javaClasspath() {
        return javaClasspath;
    }

    private record Watched(byte[] array, int generation, String what) {
    }

    /**
     * Starts the harness, asks where it runs and what it opens, and puts the claims together.
     *
     * @param command     the harness command line
     * @param callTimeout the kit's per-call timeout
     * @param profile     the profile to claim, or {@code null} for the one of the Windows version the harness sees
     * @param claimsFile  declarations that replace the probed claims ({@link NativeClaims}), or {@code null}
     */
    public static NativeProvider start(List<String> command, Duration callTimeout, WindowsProfile profile, Path claimsFile) {
        return start(command, callTimeout, START_LIMIT, profile, claimsFile);
    }

    /** As {@link #start(List, Duration, WindowsProfile, Path)}, waiting up to {@code helloLimit} for each hello line. */
    public static NativeProvider start(List<String> command, Duration callTimeout, Duration helloLimit, WindowsProfile profile,
                                       Path claimsFile) {
        Duration startLimit = helloLimit;
        NativeHarness harness = new NativeHarness(command, callTimeout, startLimit);
        try {
            HarnessInfo info = HarnessInfo.ask(harness);
            List<Probe> probes = NativeClaims.PROBED.stream().map(id -> Probe.ask(harness, id)).toList();
            Claims claims = NativeClaims.build(profile != null ? profile : info.profile(), probes, claimsFile);
            return new NativeProvider(harness, info, claims);
        } catch (RuntimeException e) {
            harness.close();
            throw e;
        }
    }

    public NativeHarness harness() {
        return harness;
    }

    /**
     * The same implementation in a process of its own, for scenarios that run at the same time: a fresh harness
     * started with the same command, with this one's claims (they are not probed again).
     */
    public NativeProvider another() {
        return new NativeProvider(new NativeHarness(harness.command(), harness.callLimit(), harness.startLimit()), info,
                name, claims, javaClasspath);
    }

    /** What the native harness runs on; {@code null} for a Java child. */
    public HarnessInfo info() {
        return info;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Claims claims() {
        return claims;
    }

    @Override
    public NtStatus openAlgorithmProvider(HandleOut phAlgorithm, String pszAlgId, String pszImplementation, int dwFlags) {
        NativeHarness.Answer a = harness.call(g -> "OPEN " + out(phAlgorithm) + " " + string(pszAlgId) + " "
                + string(pszImplementation) + " " + flags(dwFlags)).expect(3, "OPEN");
        setHandle(phAlgorithm, a, 2);
        return status(a);
    }

    @Override
    public NtStatus setProperty(Handle hObject, String pszProperty, byte[] pbInput, int cbInput, int dwFlags) {
        NativeHarness.Answer a = harness.call(g -> "SETPROP " + handle(hObject, g) + " " + string(pszProperty) + " "
                + bytes(pbInput) + " " + ulong(cbInput) + " " + flags(dwFlags)).expect(3, "SETPROP");
        writeBack(pbInput, cbInput, a.token(2), "pbInput");
        return status(a);
    }

    @Override
    public NtStatus generateSymmetricKey(Handle hAlgorithm, HandleOut phKey, byte[] pbKeyObject, int cbKeyObject,
                                         byte[] pbSecret, int cbSecret, int dwFlags) {
        NativeHarness.Answer a = harness.call(g -> "GENSYM " + handle(hAlgorithm, g) + " " + out(phKey) + " "
                + bytes(pbKeyObject) + " " + ulong(cbKeyObject) + " " + bytes(pbSecret) + " " + ulong(cbSecret) + " "
                + flags(dwFlags)).expect(5, "GENSYM");
        setHandle(phKey, a, 2);
        output(pbKeyObject, cbKeyObject, a, 3, "pbKeyObject");
        writeBack(pbSecret, cbSecret, a.token(4), "pbSecret");
        return status(a);
    }

    @Override
    public NtStatus generateKeyPair(Handle hAlgorithm, HandleOut phKey, int dwLength, int dwFlags) {
        NativeHarness.Answer a = harness.call(g -> "GENPAIR " + handle(hAlgorithm, g) + " " + out(phKey) + " "
                + ulong(dwLength) + " " + flags(dwFlags)).expect(3, "GENPAIR");
        setHandle(phKey, a, 2);
        return status(a);
    }

    @Override
    public NtStatus finalizeKeyPair(Handle hKey, int dwFlags) {
        return status(harness.call(g -> "FINALIZE " + handle(hKey, g) + " " + flags(dwFlags)).expect(2, "FINALIZE"));
    }

    @Override
    public NtStatus importKey(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                              byte[] pbKeyObject, int cbKeyObject, byte[] pbInput, int cbInput, int dwFlags) {
        NativeHarness.Answer a = harness.call(g -> "IMPORT " + handle(hAlgorithm, g) + " " + handle(hImportKey, g) + " "
                + string(pszBlobType) + " " + out(phKey) + " " + bytes(pbKeyObject) + " " + ulong(cbKeyObject) + " "
                + bytes(pbInput) + " " + ulong(cbInput) + " " + flags(dwFlags)).expect(5, "IMPORT");
        setHandle(phKey, a, 2);
        output(pbKeyObject, cbKeyObject, a, 3, "pbKeyObject");
        writeBack(pbInput, cbInput, a.token(4), "pbInput");
        return status(a);
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        NativeHarness.Answer a = harness.call(g -> "IMPORTPAIR " + handle(hAlgorithm, g) + " " + handle(hImportKey, g) + " "
                + string(pszBlobType) + " " + out(phKey) + " " + bytes(pbInput) + " " + ulong(cbInput) + " "
                + flags(dwFlags)).expect(4, "IMPORTPAIR");
        setHandle(phKey, a, 2);
        writeBack(pbInput, cbInput, a.token(3), "pbInput");
        return status(a);
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NativeHarness.Answer a = harness.call(g -> "EXPORT " + handle(hKey, g) + " " + handle(hExportKey, g) + " "
                + string(pszBlobType) + " " + bytes(pbOutput) + " " + ulong(cbOutput) + " "
                + (pcbResult == null ? "NULL" : ulong(pcbResult.get())) + " " + flags(dwFlags)).expect(4, "EXPORT");
        if (pcbResult != null) {
            pcbResult.set(LineCodec.parseUlong(a.token(2)));
        }
        output(pbOutput, cbOutput, a, 3, "pbOutput");
        return status(a);
    }

    @Override
    public NtStatus destroyKey(Handle hKey) {
        return status(harness.call(g -> "DESTROY " + handle(hKey, g)).expect(2, "DESTROY"));
    }

    @Override
    public NtStatus closeAlgorithmProvider(Handle hAlgorithm, int dwFlags) {
        return status(harness.call(g -> "CLOSE " + handle(hAlgorithm, g) + " " + flags(dwFlags)).expect(2, "CLOSE"));
    }

    /** Makes sure a process is running (a fresh one after a crash or a hang) before a scenario's first call. */
    public void ready() {
        harness.ensureLive();
    }

    /**
     * {@code LATE}: the bytes written into the output buffers of the current process after their calls answered,
     * mirrored into the caller's arrays (a write past {@code cbOutput} then shows in the canary as usual). Buffers of
     * a process that is gone have nothing more to say.
     */
    @Override
    public void pullLateWrites() {
        List<Watched> pending;
        synchronized (watched) {
            pending = List.copyOf(watched);
            watched.clear();
        }
        int live = harness.liveGeneration();
        List<Watched> mine = pending.stream().filter(w -> w.generation() == live).toList();
        if (mine.isEmpty()) {
            return;
        }
        NativeHarness.Answer a = harness.call(g -> "LATE");
        if (a.generation() != live) {
            return;
        }
        int count = LineCodec.parseUlong(a.token(1));
        a.expect(count + 2, "LATE");
        if (count != mine.size()) {
            throw new HarnessProtocolError("LATE listed " + count + " buffer(s); the kit sent " + mine.size());
        }
        for (int i = 0; i < count; i++) {
            writeBack(mine.get(i).array(), mine.get(i).array().length, a.token(i + 2), mine.get(i).what() + " (late)");
        }
    }

    @Override
    public void close() {
        harness.close();
    }

    /** The changes of an output buffer, which the server then keeps watching until the next LATE. */
    private void output(byte[] array, int cb, NativeHarness.Answer a, int index, String what) {
        writeBack(array, cb, a.token(index), what);
        if (array != null) {
            synchronized (watched) {
                watched.add(new Watched(array, a.generation(), what));
            }
        }
    }

    /** The handle token for {@code h} in a request to generation {@code generation}. */
    static String handle(Handle h, int generation) {
        if (Handle.isNull(h)) {
            return "0";
        }
        long value = h.value();
        int issuedBy = (int) (value >>> 32);
        if (issuedBy == 0) {
            return "#" + Long.toHexString(value);
        }
        if (issuedBy != generation) {
            throw new StaleHandle("handle " + h + " was issued by harness process #" + issuedBy
                    + ", which is gone (it crashed or was killed after a hang); process #" + generation + " never saw it");
        }
        return Integer.toUnsignedString((int) value);
    }

    private static String out(HandleOut ph) {
        return ph == null ? "NULL" : "PTR";
    }

    private static void setHandle(HandleOut ph, NativeHarness.Answer a, int index) {
        String token = a.token(index);
        if (ph == null) {
            if (!token.equals("-")) {
                throw new HarnessProtocolError("a handle came back for a NULL out-pointer: " + token);
            }
            return;
        }
        int id = LineCodec.parseUlong(token);
        ph.set(id == 0 ? Handle.NULL : Handle.of(((long) a.generation() << 32) | Integer.toUnsignedLong(id)));
    }

    private static NtStatus status(NativeHarness.Answer a) {
        return NtStatus.of(LineCodec.status(a.token(1)));
    }

    /**
     * Writes the bytes the call changed into the caller's array. Changes past the array's end cannot be shown
     * there; unless the array already shows an overrun (a changed byte at or after {@code cb}), they fail the call.
     * Far past the array the harness lists only the first and the last changed byte (PROTOCOL.md, "Buffers and
     * guard bytes"): the verdict names the offsets listed and the last one, how far the write went.
     */
    static void writeBack(byte[] array, int cb, String changesToken, String what) {
        List<LineCodec.Run> runs = LineCodec.changes(changesToken);
        if (array == null) {
            if (!runs.isEmpty()) {
                throw new HarnessProtocolError("changes came back for a NULL " + what);
            }
            return;
        }
        List<Integer> outside = new ArrayList<>();
        boolean overrunInside = false;
        long start = Integer.toUnsignedLong(cb);
        for (LineCodec.Run run : runs) {
            for (int i = 0; i < run.bytes().length; i++) {
                int offset = run.offset() + i;
                if (offset < array.length) {
                    array[offset] = run.bytes()[i];
                    overrunInside |= offset >= start;
                } else {
                    outside.add(offset);
                }
            }
        }
        if (!outside.isEmpty() && !overrunInside) {
            int last = outside.stream().max(Integer::compare).orElseThrow();
            String offsets = outside.stream().limit(8).map(String::valueOf).collect(Collectors.joining(", "))
                    + (outside.size() > 8 ? ", ..., " + last : "");
            throw new Violation(Outcome.OVERRUN, "the implementation wrote beyond the end of the " + array.length + "-byte "
                    + what + " array it was given, up to offset " + last + ", memory the caller does not own",
                    "no byte written at or after offset " + Integer.toUnsignedLong(cb),
                    outside.size() + " byte(s) listed as changed, offsets " + offsets);
        }
    }
}
