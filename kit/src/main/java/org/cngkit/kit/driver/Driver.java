package org.cngkit.kit.driver;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * The one way the kit calls an implementation. Every call runs guarded (timeout, exception), and every call is
 * checked for the rules that hold whatever the scenario: an {@code [in]} buffer (pbInput, pbSecret, a property
 * value) comes back unchanged, nothing is written at or after cbOutput, and a successful export into a buffer
 * reports a size that fits the buffer. Every buffer of a scenario is checked once more when the scenario ends
 * ({@link #endScenario}), so a write made after its call returned is found too.
 */
public final class Driver implements AutoCloseable {
    /** Stored in {@code *pcbResult} before each call to see whether the implementation wrote it. */
    static final int PCB_RESULT_SENTINEL = 0xA5C3E1F7;

    private final CngProvider provider;
    private final GuardedCalls calls;
    private final CallLedger ledger = new CallLedger();

    public Driver(CngProvider provider, Duration callTimeout) {
        this.provider = provider;
        this.calls = new GuardedCalls(callTimeout, provider instanceof org.cngkit.kit.nativeimpl.NativeProvider);
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
        InputBuffer pbSecret = InputBuffer.of("pbSecret", secret);
        NtStatus status = readOnly("BCryptGenerateSymmetricKey", null, pbSecret,
                () -> provider.generateSymmetricKey(algorithm, out, null, 0, pbSecret.pointer(), secret.length, 0));
        return new Opened(status, out.get());
    }

    public Opened importKey(Handle algorithm, String blobType, byte[] blob) {
        return importKey(algorithm, Handle.NULL, blobType, blob);
    }

    /** {@code BCryptImportKey} with {@code hImportKey}, the key that unwraps the blob (NULL for plain blobs). */
    public Opened importKey(Handle algorithm, Handle importKey, String blobType, byte[] blob) {
        return importKey(algorithm, importKey, blobType, blob, blob.length);
    }

    /** {@code BCryptImportKey} with a cbInput of the kit's choosing (which may disagree with the blob). */
    public Opened importKey(Handle algorithm, Handle importKey, String blobType, byte[] blob, int cbInput) {
        HandleOut out = new HandleOut();
        InputBuffer pbInput = InputBuffer.of("pbInput", blob);
        NtStatus status = readOnly("BCryptImportKey(" + blobType + ")", blobType, pbInput,
                () -> provider.importKey(algorithm, importKey, blobType, out, null, 0, pbInput.pointer(), cbInput, 0));
        return new Opened(status, out.get());
    }

    public Opened importKeyPair(Handle algorithm, String blobType, byte[] blob) {
        return importKeyPair(algorithm, blobType, blob, blob.length);
    }

    /** {@code BCryptImportKeyPair} with a cbInput of the kit's choosing (which may disagree with the blob). */
    public Opened importKeyPair(Handle algorithm, String blobType, byte[] blob, int cbInput) {
        HandleOut out = new HandleOut();
        InputBuffer pbInput = InputBuffer.of("pbInput", blob);
        NtStatus status = readOnly("BCryptImportKeyPair(" + blobType + ")", blobType, pbInput,
                () -> provider.importKeyPair(algorithm, Handle.NULL, blobType, out, pbInput.pointer(), cbInput, 0));
        return new Opened(status, out.get());
    }

    /** {@code BCryptSetProperty} with the value's bytes, cbInput their count. */
    public NtStatus setProperty(Handle object, String property, byte[] value) {
        InputBuffer pbInput = InputBuffer.of("pbInput", value);
        return readOnly("BCryptSetProperty(" + property + ")", null, pbInput,
                () -> provider.setProperty(object, property, pbInput.pointer(), value.length, 0));
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
        String what = "BCryptExportKey(" + call.blobType() + ")";
        NtStatus status = calls.run(what,
                () -> provider.exportKey(call.key(), call.exportKey(), call.blobType(), out.pointer(), out.cbOutput(),
                        pcbResult, call.flags()));
        ledger.output(what, call.blobType(), out.pointer());
        int[] overrun = out.overrunOffsets();
        if (overrun.length > 0) {
            throw new Violation(Outcome.OVERRUN, what + " wrote past cbOutput = " + out.cbOutput(),
                    "no byte written at or after offset " + out.cbOutput(),
                    overrun.length + " byte(s) changed, offsets " + Offsets.describe(overrun));
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

    /** Runs a call that takes an {@code [in]} buffer, which must come back unchanged and stay so. */
    private NtStatus readOnly(String what, String blobType, InputBuffer input, java.util.concurrent.Callable<NtStatus> call) {
        NtStatus status = calls.run(what, call);
        input.requireUnchanged(what);
        ledger.input(what, blobType, input);
        return status;
    }

    /** Starts a scenario: the buffers of earlier scenarios are no longer watched. */
    public void beginScenario() {
        ledger.clear();
    }

    /**
     * Ends a scenario: every buffer the kit passed during it that changed after its call returned. An
     * implementation in another process is first asked to bring such changes back ({@link RemoteBuffers}).
     */
    public List<LateWrite> endScenario() {
        if (provider instanceof RemoteBuffers remote) {
            remote.pullLateWrites();
        }
        List<LateWrite> found = ledger.changed();
        ledger.clear();
        return found;
    }

    @Override
    public void close() {
        calls.close();
    }

    /** The status and the handle of a call that opens or creates an object. */
    public record Opened(NtStatus status, Handle handle) {
    }
}
