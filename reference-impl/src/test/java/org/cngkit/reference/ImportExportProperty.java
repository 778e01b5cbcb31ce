package org.cngkit.reference;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.bouncycastle.util.Pack;
import org.bouncycastle.util.encoders.Hex;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * The property every import path of the reference must have, whatever the bytes (issue #12):
 * <ol>
 *   <li>no call lets an exception out of the SPI (a thrown exception fails the property as it is);</li>
 *   <li>no call answers STATUS_INTERNAL_ERROR or a status outside the documented refusals;</li>
 *   <li>no call takes a second or more of its thread's CPU time (a coarse guard against runaway arithmetic, not a
 *       speed target; CPU time, because a fuzzer run niced on a loaded machine sees wall-clock pauses of a second
 *       in calls that refuse a blob in microseconds);</li>
 *   <li>a key the import accepted exports under every blob type its algorithm claims, or is refused with a
 *       documented status (a private blob of a public key, a layout that cannot carry it, a seed it does not
 *       have);</li>
 *   <li>it exports under the blob type it came in with, and that blob imports again and exports to the same
 *       bytes.</li>
 * </ol>
 * A violation is an {@link AssertionError} naming the path and the call, never the key bytes. One instance keeps
 * one provider; every handle it opens is destroyed or closed before {@link #check} returns.
 */
final class ImportExportProperty {
    /** What an import may answer other than STATUS_SUCCESS. */
    static final Set<NtStatus> IMPORT_REFUSALS = Set.of(NtStatus.INVALID_PARAMETER, NtStatus.NOT_SUPPORTED,
            NtStatus.NTE_BAD_DATA, NtStatus.AUTH_TAG_MISMATCH);
    /** What an export of a claimed blob type may answer other than STATUS_SUCCESS. */
    static final Set<NtStatus> EXPORT_REFUSALS = Set.of(NtStatus.INVALID_PARAMETER, NtStatus.NOT_SUPPORTED);
    static final long CALL_LIMIT_NANOS = 1_000_000_000L;
    /** The algorithms whose exported blobs carry the generic ECC magic. */
    static final Set<String> CURVE_AGNOSTIC = Set.of("ECDH", "ECDSA");
    /** The key-encryption key of the wrapped imports: the 128-bit KEK of RFC 3394 section 4.1. */
    static final byte[] KEK = Hex.decode("000102030405060708090a0b0c0d0e0f");

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private final ReferenceProvider provider = new ReferenceProvider();
    private final List<ImportPath> paths = ImportPath.all(provider.claims());
    private long slowestNanos;

    List<ImportPath> paths() {
        return paths;
    }

    /** The longest single call seen so far, in nanoseconds of CPU time. */
    long slowestNanos() {
        return slowestNanos;
    }

    /** A fuzz input: its first byte chooses the path (modulo their number), the rest is the blob. */
    NtStatus check(byte[] input) {
        if (input.length == 0) {
            return check(paths.get(0), input);
        }
        return check(paths.get(Byte.toUnsignedInt(input[0]) % paths.size()), Arrays.copyOfRange(input, 1, input.length));
    }

    /** The fuzz input that names {@code path} and carries {@code blob}. */
    byte[] input(ImportPath path, byte[] blob) {
        int index = paths.indexOf(path);
        if (index < 0 || index > 255) {
            throw new IllegalArgumentException("no single-byte index for " + path);
        }
        byte[] input = new byte[blob.length + 1];
        input[0] = (byte) index;
        System.arraycopy(blob, 0, input, 1, blob.length);
        return input;
    }

    /** Imports {@code blob} along {@code path} and checks the property; returns the import's status. */
    NtStatus check(ImportPath path, byte[] blob) {
        List<Handle> opened = new ArrayList<>();
        List<Handle> keys = new ArrayList<>();
        try {
            Handle algorithm = open(path.algorithm(), opened);
            Handle kek = path.isUnderKey() ? kek(opened, keys) : Handle.NULL;
            HandleOut key = new HandleOut();
            NtStatus status = timed(path + ": import", () -> importBlob(path, algorithm, kek, blob, key));
            if (status.isSuccess()) {
                keys.add(key.get());
                checkExports(path, key.get(), algorithm, kek, keys);
            } else {
                expect(IMPORT_REFUSALS.contains(status), path + ": import answered " + status);
            }
            return status;
        } finally {
            keys.forEach(provider::destroyKey);
            opened.forEach(handle -> provider.closeAlgorithmProvider(handle, 0));
        }
    }

    private void checkExports(ImportPath path, Handle key, Handle algorithm, Handle kek, List<Handle> keys) {
        for (String type : provider.claims().algorithm(path.algorithm()).orElseThrow().exportBlobTypes()) {
            Handle exportKey = type.equals(org.cngkit.spi.BlobTypes.AES_WRAP_KEY) ? kek(new ArrayList<>(), keys) : Handle.NULL;
            ULongOut size = new ULongOut();
            NtStatus query = timed(path + ": size of " + type, () ->
                    provider.exportKey(key, exportKey, type, null, 0, size, 0));
            if (!query.isSuccess()) {
                expect(EXPORT_REFUSALS.contains(query), path + ": export " + type + " answered " + query);
                expect(!type.equals(path.blobType()), path + ": its own blob type is refused with " + query);
                continue;
            }
            byte[] out = new byte[size.get()];
            NtStatus status = timed(path + ": export " + type, () ->
                    provider.exportKey(key, exportKey, type, out, out.length, new ULongOut(), 0));
            expect(status.isSuccess(), path + ": export " + type + " answered " + status + " after its size query succeeded");
            if (type.equals(path.blobType())) {
                roundTrip(path, out, algorithm, exportKey, keys);
            }
        }
    }

    /**
     * The exported blob imports again along the same path and exports to the same bytes. The curve-agnostic ECDH and
     * ECDSA algorithms export the generic magic, whose curve the importing handle must name: as a caller would, the
     * re-import sets ECCCurveName (the curve of the blob's cbKey) on a handle of its own.
     */
    private void roundTrip(ImportPath path, byte[] exported, Handle algorithm, Handle kek, List<Handle> keys) {
        if (CURVE_AGNOSTIC.contains(path.algorithm())) {
            List<Handle> opened = new ArrayList<>();
            Handle named = open(path.algorithm(), opened);
            byte[] curve = ("nistP" + (Pack.littleEndianToInt(exported, 4) == 66 ? 521
                    : Pack.littleEndianToInt(exported, 4) * 8) + "\0").getBytes(StandardCharsets.UTF_16LE);
            expect(provider.setProperty(named, "ECCCurveName", curve, curve.length, 0).isSuccess(),
                    path + ": ECCCurveName of the exported blob's size is refused");
            try {
                reimport(path, exported, named, kek, keys);
            } finally {
                provider.closeAlgorithmProvider(named, 0);
            }
            return;
        }
        reimport(path, exported, algorithm, kek, keys);
    }

    private void reimport(ImportPath path, byte[] exported, Handle algorithm, Handle kek, List<Handle> keys) {
        HandleOut again = new HandleOut();
        NtStatus status = timed(path + ": re-import", () -> importBlob(path, algorithm, kek, exported, again));
        expect(status.isSuccess(), path + ": the exported blob does not import again: " + status);
        keys.add(again.get());
        ULongOut size = new ULongOut();
        provider.exportKey(again.get(), kek, path.blobType(), null, 0, size, 0);
        byte[] second = new byte[size.get()];
        NtStatus export = timed(path + ": re-export", () ->
                provider.exportKey(again.get(), kek, path.blobType(), second, second.length, new ULongOut(), 0));
        expect(export.isSuccess() && Arrays.equals(exported, second), path + ": the round trip changed the blob");
    }

    private NtStatus importBlob(ImportPath path, Handle algorithm, Handle kek, byte[] blob, HandleOut key) {
        return path.isKeyPair()
                ? provider.importKeyPair(algorithm, Handle.NULL, path.blobType(), key, blob, blob.length, 0)
                : provider.importKey(algorithm, kek, path.blobType(), key, null, 0, blob, blob.length, 0);
    }

    private Handle open(String algorithmId, List<Handle> opened) {
        HandleOut out = new HandleOut();
        expect(provider.openAlgorithmProvider(out, algorithmId, null, 0).isSuccess(), "cannot open " + algorithmId);
        opened.add(out.get());
        return out.get();
    }

    private Handle kek(List<Handle> opened, List<Handle> keys) {
        HandleOut out = new HandleOut();
        Handle aes = open("AES", opened);
        expect(provider.generateSymmetricKey(aes, out, null, 0, KEK, KEK.length, 0).isSuccess(), "no KEK");
        provider.closeAlgorithmProvider(aes, 0);
        opened.remove(aes);
        keys.add(out.get());
        return out.get();
    }

    private NtStatus timed(String call, Supplier<NtStatus> body) {
        long start = CPU.getCurrentThreadCpuTime();
        NtStatus status = body.get();
        long took = CPU.getCurrentThreadCpuTime() - start;
        slowestNanos = Math.max(slowestNanos, took);
        expect(took < CALL_LIMIT_NANOS, call + " took " + took / 1_000_000 + " ms of CPU time");
        expect(!status.equals(NtStatus.INTERNAL_ERROR), call + " answered " + status);
        return status;
    }

    private static void expect(boolean holds, String violation) {
        if (!holds) {
            throw new AssertionError(violation);
        }
    }
}
