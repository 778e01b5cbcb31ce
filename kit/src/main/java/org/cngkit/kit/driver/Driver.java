package org.cngkit.kit.driver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * The one way the kit calls an implementation. Every call runs guarded (timeout, exception), and every export
 * is checked for the rules that hold whatever the scenario: nothing written at or after cbOutput, and a
 * successful export into a buffer reports a size that fits the buffer.
 */
public final class Driver implements AutoCloseable {
    /** Stored in {@code *pcbResult} before each call to see whether the implementation wrote it. */
    static final int PCB_RESULT_SENTINEL = 0xA5C3E1F7;

    private final CngProvider provider;
    private final GuardedCalls calls;

    public Driver(CngProvider provider, Duration callTimeout) {
        this.provider = provider;
        this.calls = new GuardedCalls(callTimeout);
    }

    public CngProvider provider() {
        return provider;
    }

    /** How many calls in a row ended in TIMEOUT, for the run's stop rule. */
    public int consecutiveTimeouts() {
        return calls.consecutiveTimeouts();
    }

    public Opened openAlgorithm(String algorithmId) {
        HandleOut out = new HandleOut();
        NtStatus status = calls.run("BCryptOpenAlgorithmProvider(" + algorithmId + ")",
                () -> provider.openAlgorithmProvider(out, algorithmId, null, 0));
        return new Opened(status, out.get());
    }

    public Opened generateSymmetricKey(Handle algorithm, byte[] secret) {
        HandleOut out = new HandleOut();
        NtStatus status = calls.run("BCryptGenerateSymmetricKey",
                () -> provider.generateSymmetricKey(algorithm, out, null, 0, secret.clone(), secret.length, 0));
        return new Opened(status, out.get());
    }

    public Opened importKey(Handle algorithm, String blobType, byte[] blob) {
        return importKey(algorithm, Handle.NULL, blobType, blob);
    }

    /** {@code BCryptImportKey} with {@code hImportKey}, the key that unwraps the blob (NULL for plain blobs). */
    public Opened importKey(Handle algorithm, Handle importKey, String blobType, byte[] blob) {
        HandleOut out = new HandleOut();
        NtStatus status = calls.run("BCryptImportKey(" + blobType + ")",
                () -> provider.importKey(algorithm, importKey, blobType, out, null, 0, blob.clone(), blob.length, 0));
        return new Opened(status, out.get());
    }

    public Opened importKeyPair(Handle algorithm, String blobType, byte[] blob) {
        HandleOut out = new HandleOut();
        NtStatus status = calls.run("BCryptImportKeyPair(" + blobType + ")",
                () -> provider.importKeyPair(algorithm, Handle.NULL, blobType, out, blob.clone(), blob.length, 0));
        return new Opened(status, out.get());
    }

    /** {@code BCryptSetProperty} with the value's bytes, cbInput their count. */
    public NtStatus setProperty(Handle object, String property, byte[] value) {
        return calls.run("BCryptSetProperty(" + property + ")",
                () -> provider.setProperty(object, property, value.clone(), value.length, 0));
    }

    /** {@code BCryptSetProperty} with a string value: UTF-16LE with its NUL, cbInput counting the NUL. */
    public NtStatus setStringProperty(Handle object, String property, String value) {
        return setProperty(object, property, (value + "\0").getBytes(StandardCharsets.UTF_16LE));
    }

    /** {@code BCryptGenerateKeyPair} with no flags; {@code bits} 0 for keys sized by a property. */
    public Opened generateKeyPair(Handle algorithm, int bits) {
        HandleOut out = new HandleOut();
        NtStatus status = calls.run("BCryptGenerateKeyPair(" + bits + ")",
                () -> provider.generateKeyPair(algorithm, out, bits, 0));
        return new Opened(status, out.get());
    }

    public NtStatus finalizeKeyPair(Handle key) {
        return calls.run("BCryptFinalizeKeyPair", () -> provider.finalizeKeyPair(key, 0));
    }

    public NtStatus destroyKey(Handle key) {
        return calls.run("BCryptDestroyKey", () -> provider.destroyKey(key));
    }

    public NtStatus closeAlgorithm(Handle algorithm) {
        return calls.run("BCryptCloseAlgorithmProvider", () -> provider.closeAlgorithmProvider(algorithm, 0));
    }

    /** Makes the call and enforces the rules every export must keep. */
    public ExportResult export(ExportCall call) {
        ULongOut pcbResult = call.pcbResultNull() ? null : new ULongOut(PCB_RESULT_SENTINEL);
        OutputBuffer out = call.output();
        NtStatus status = calls.run("BCryptExportKey(" + call.blobType() + ")",
                () -> provider.exportKey(call.key(), call.exportKey(), call.blobType(), out.pointer(), out.cbOutput(),
                        pcbResult, call.flags()));
        int[] overrun = out.overrunOffsets();
        if (overrun.length > 0) {
            throw new Violation(Outcome.OVERRUN,
                    "BCryptExportKey(" + call.blobType() + ") wrote past cbOutput = " + out.cbOutput(),
                    "no byte written at or after offset " + out.cbOutput(),
                    overrun.length + " byte(s) changed, offsets " + describe(overrun));
        }
        boolean written = pcbResult != null && pcbResult.get() != PCB_RESULT_SENTINEL;
        Long size = pcbResult == null ? null : pcbResult.unsigned();
        ExportResult result = new ExportResult(call, status, size, written, out.touched());
        if (status.isSuccess() && !out.isNull() && pcbResult != null) {
            if (!written) {
                throw new Violation(Outcome.WRONG_SIZE, "a successful export left *pcbResult unwritten",
                        "the number of bytes copied", "*pcbResult untouched");
            }
            if (size > Integer.toUnsignedLong(out.cbOutput())) {
                throw new Violation(Outcome.WRONG_SIZE, "a successful export claims more bytes than cbOutput allows",
                        "*pcbResult <= cbOutput = " + Integer.toUnsignedLong(out.cbOutput()), "*pcbResult = " + size);
            }
        }
        return result;
    }

    private static String describe(int[] offsets) {
        int[] first = Arrays.copyOf(offsets, Math.min(offsets.length, 8));
        return Arrays.toString(first) + (offsets.length > first.length ? "..." : "");
    }

    @Override
    public void close() {
        calls.close();
    }

    /** The status and the handle of a call that opens or creates an object. */
    public record Opened(NtStatus status, Handle handle) {
    }
}
