package org.cngkit.kit.steps;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cngkit.kit.driver.Driver;
import org.cngkit.kit.driver.ExportCall;
import org.cngkit.kit.driver.ExportResult;
import org.cngkit.kit.driver.OutputBuffer;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.spec.KeyFamily;
import org.cngkit.kit.verdict.Evidence;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.vectors.BlobCrossCheck;
import org.cngkit.vectors.KeyMaterial;
import org.cngkit.vectors.KeyRelations;
import org.cngkit.vectors.VectorKey;

/**
 * The call-protocol rules the kit applies to every claimed blob type of a key, one method per rule, named with
 * its obligation. Each takes the blob type and throws a {@link Violation} naming what failed; {@link ClaimedPairs}
 * turns that into the pair's verdict. When a rule fails on a pair, its doc comment says what to look at.
 */
final class CallProtocolRules {
    /** Bytes a larger buffer has beyond the blob. */
    static final int SLACK = 64;
    /** Statuses an import may refuse a damaged blob with (the page of BCryptImportKeyPair names no single one). */
    static final List<NtStatus> IMPORT_REFUSALS = List.of(NtStatus.INVALID_PARAMETER, NtStatus.INVALID_BUFFER_SIZE,
            NtStatus.NOT_SUPPORTED, NtStatus.NTE_BAD_DATA);
    /** Statuses an undefined dwFlags may be refused with. */
    static final List<NtStatus> FLAG_REFUSALS = List.of(NtStatus.INVALID_PARAMETER, NtStatus.NOT_SUPPORTED);
    /** Statuses an unfinished key pair may be refused with. */
    static final List<NtStatus> UNFINISHED_REFUSALS = List.of(NtStatus.INVALID_HANDLE, NtStatus.INVALID_PARAMETER);
    /** A magic no blob type of another family uses at that place: "ECK1" for RSA blobs, "RSA1" for the others. */
    private static final int ECC_MAGIC = 0x314B4345;
    private static final int RSA_MAGIC = 0x31415352;

    /** The families whose blobs the oracle reads back into numbers ({@code BlobChecker.material}). */
    private static final java.util.Set<KeyFamily> NUMBERED_FAMILIES = java.util.EnumSet.of(KeyFamily.RSA, KeyFamily.ECC,
            KeyFamily.DH, KeyFamily.DSA);

    private final ScenarioWorld world;

    CallProtocolRules(ScenarioWorld world) {
        this.world = world;
    }

    /**
     * A NULL pbOutput asks for the size, with cbOutput 0 and with a non-zero cbOutput alike: STATUS_SUCCESS and
     * {@code *pcbResult} equal to the length a real export then produces. On failure, compare the size computation
     * of this blob type with its writer (a forgotten header, a field counted in bits).
     */
    void sizeQueryMustAnswerTheExportsSize(BlobType type) {
        long size = plain(type).length;
        for (int cbOutput : new int[] {0, 4096}) {
            ExportResult r = export(type, OutputBuffer.nullPointer(cbOutput), 0);
            requireStatus(r, NtStatus.SUCCESS, "a size query with cbOutput " + cbOutput);
            requireSize(r, size, "a size query with cbOutput " + cbOutput);
        }
    }

    /**
     * A buffer of exactly the blob's size, and a larger one, get the blob and {@code *pcbResult} = its size; the canary
     * after cbOutput stays (the Driver fails any write there as OVERRUN). On failure, look for a write of one byte too
     * many (a terminator, a padding byte) or a size that counts the buffer instead of the blob.
     */
    void exportMustFitExactlyAndIntoALargerBuffer(BlobType type) {
        byte[] plain = plain(type);
        for (int cbOutput : new int[] {plain.length, plain.length + SLACK}) {
            ExportResult r = export(type, OutputBuffer.sized(cbOutput), 0);
            requireStatus(r, NtStatus.SUCCESS, "an export into " + cbOutput + " bytes");
            requireSize(r, plain.length, "an export into " + cbOutput + " bytes");
            if (type != BlobType.BCRYPT_OPAQUE_KEY_BLOB) {
                requireSameBlob(plain, r.blob(), type, "an export into " + cbOutput + " bytes gives another blob");
            }
        }
    }

    /**
     * After a successful export into a larger buffer, the bytes from {@code *pcbResult} to cbOutput are left as the
     * caller filled them, or zeroed; anything else may be key material left behind. On failure, look for a copy of
     * an internal buffer longer than the blob.
     */
    void bytesAfterTheBlobShouldBeLeftAlone(BlobType type) {
        int size = plain(type).length;
        OutputBuffer buffer = OutputBuffer.sized(size + SLACK);
        ExportResult r = export(type, buffer, 0);
        requireStatus(r, NtStatus.SUCCESS, "an export into a larger buffer");
        requireSize(r, size, "an export into a larger buffer");
        int[] changed = buffer.changedOffsets(size, size + SLACK);
        if (changed.length > 0 && !buffer.zeroBetween(size, size + SLACK)) {
            throw new Violation(Outcome.WRONG_BLOB, "bytes after the blob changed (and not to zeros)",
                    "bytes " + size + ".." + (size + SLACK) + " unchanged or zeroed",
                    changed.length + " byte(s) changed, first at offset " + changed[0]);
        }
    }

    /**
     * A buffer one byte short of the blob gets STATUS_BUFFER_TOO_SMALL, {@code *pcbResult} = the blob's size and not
     * one byte written. On failure, look for a partial write before the size check, or a size check that compares
     * with the wrong length.
     */
    void oneByteShortMustBeTooSmallAndWriteNothing(BlobType type) {
        int size = plain(type).length;
        ExportResult r = export(type, OutputBuffer.sized(size - 1), 0);
        requireStatus(r, NtStatus.BUFFER_TOO_SMALL, "an export into " + (size - 1) + " bytes");
        requireSize(r, size, "an export one byte short");
        requireNothingWritten(r);
    }

    /**
     * A destroyed key handle is invalid for every blob type: STATUS_INVALID_HANDLE, nothing written. On failure, look
     * for a cache of blobs or key material that outlives BCryptDestroyKey.
     */
    void destroyedKeyMustBeAnInvalidHandle(BlobType type) {
        ExportResult r = export(type, OutputBuffer.sized(ScenarioWorld.AMPLE), 0);
        requireStatus(r, NtStatus.INVALID_HANDLE, "an export of a destroyed key");
        requireNothingWritten(r);
    }

    /**
     * An undefined dwFlags is refused (STATUS_INVALID_PARAMETER or STATUS_NOT_SUPPORTED, nothing written) or ignored
     * (exactly the blob of dwFlags 0); a flag never turns a private blob into a public one. On failure, look at what
     * the implementation reads from dwFlags.
     */
    void undefinedFlagsMustBeRefusedOrIgnored(BlobType type) {
        for (int flags : new int[] {0x00000001, 0x80000000}) {
            ExportResult r = export(type, OutputBuffer.sized(ScenarioWorld.AMPLE), flags);
            if (FLAG_REFUSALS.stream().anyMatch(s -> s.value() == r.status().value())) {
                requireNothingWritten(r);
                continue;
            }
            requireStatus(r, NtStatus.SUCCESS, String.format("an export with dwFlags 0x%08x", flags));
            requireSameBlob(plain(type), r.blob(), type,
                    String.format("dwFlags 0x%08x changes the blob", flags));
        }
    }

    /**
     * A key pair that is not finalized exports nothing in any blob type: STATUS_INVALID_HANDLE or
     * STATUS_INVALID_PARAMETER, nothing written. On failure, look for an export path that skips the finalized check.
     */
    void unfinishedKeyPairMustExportNothing(BlobType type) {
        ExportResult r = export(type, OutputBuffer.sized(ScenarioWorld.AMPLE), 0);
        requireStatusIn(r.status(), UNFINISHED_REFUSALS, "an export of a key pair that is not finalized");
        requireNothingWritten(r);
    }

    /**
     * The blob imports back as its type into a new key, which exports the same blob; the import leaves its pbInput as
     * given (the Driver checks every [in] buffer of every call). On failure, compare the reader and the writer of the
     * blob type.
     */
    void blobMustImportBack(BlobType type) {
        byte[] blob = plain(type);
        Driver.Opened imported = world.importBlob(world.algorithmFor(world.key), world.key.algorithmId(), type, blob);
        ScenarioWorld.requireSuccess(ScenarioWorld.importFunction(world.key.algorithmId()) + "(" + type.name()
                + ") of the key's own blob", imported.status());
        ExportResult again = world.driver.export(ExportCall.of(imported.handle(), type.wireName(),
                OutputBuffer.sized(ScenarioWorld.AMPLE)).withExportKey(world.importKeyFor(type)));
        ScenarioWorld.requireSuccess("BCryptExportKey(" + type.name() + ") of the imported key", again.status());
        if (type != BlobType.BCRYPT_OPAQUE_KEY_BLOB && !sameRsaKeyOtherExponent(type, blob, again.blob())) {
            requireSameBlob(blob, again.blob(), type, "the imported key exports another blob");
        }
    }

    /**
     * Whether two RSA blobs of one type hold the same key and differ only in d: n, e, p, q (and with them dp, dq, the
     * coefficient) fix the key, and an import may compute d again modulo lambda(n) instead of phi(n) (Wine does).
     */
    private boolean sameRsaKeyOtherExponent(BlobType type, byte[] before, byte[] after) {
        if (after == null || world.key.family() != KeyFamily.RSA || !BlobCrossCheck.supports(type.name())) {
            return false;
        }
        var checker = BlobCrossCheck.checker(type.name());
        var a = checker.material(before);
        var b = checker.material(after);
        if (a.isEmpty() || b.isEmpty() || !a.get().components().containsKey("d")
                || !a.get().components().keySet().equals(b.get().components().keySet())) {
            return false;
        }
        boolean sameOtherwise = a.get().components().keySet().stream().filter(c -> !c.equals("d")).allMatch(c ->
                Arrays.equals(KeyRelations.unsigned(a.get().component(c)), KeyRelations.unsigned(b.get().component(c))));
        return sameOtherwise && KeyRelations.violations(new VectorKey(world.key.algorithmId(), world.key.keyBits(),
                b.get())).isEmpty();
    }

    /**
     * A key exports the same bytes every time, and the numbers one blob type carries are those every other type
     * carries (checked with the kit's oracle: each blob is read by its layout, never compared with itself): a key
     * from a vector also gives exactly the vector's blob, a generated key satisfies its arithmetic. {@code seen}
     * collects the numbers of the types checked before. On failure, look for state that changes between exports.
     */
    void keyMustExportOneSetOfNumbers(BlobType type, Map<String, Map.Entry<BlobType, byte[]>> seen) {
        byte[] first = plain(type);
        byte[] second = plain(type);
        if (type != BlobType.BCRYPT_OPAQUE_KEY_BLOB) {
            requireSameBlob(first, second, type, "two exports of one key differ");
        }
        byte[] expected = type == BlobType.BCRYPT_OPAQUE_KEY_BLOB ? null : ScenarioWorld.expectedBlob(world.key, type);
        if (expected != null) {
            requireSameBlob(expected, first, type, "the key's blob is not the one its vector expects");
        }
        if (!NUMBERED_FAMILIES.contains(world.key.family()) || !BlobCrossCheck.supports(type.name())) {
            return;
        }
        KeyMaterial material = BlobCrossCheck.checker(type.name()).material(first).orElseThrow(() -> new Violation(
                Outcome.WRONG_BLOB, "the blob does not parse as a " + type.name(), type.name(), "an unreadable blob"));
        for (Map.Entry<String, byte[]> c : material.components().entrySet()) {
            Map.Entry<BlobType, byte[]> before = seen.get(c.getKey());
            if (before == null) {
                seen.put(c.getKey(), Map.entry(type, c.getValue()));
            } else if (!Arrays.equals(KeyRelations.unsigned(before.getValue()), KeyRelations.unsigned(c.getValue()))) {
                throw new Violation(Outcome.WRONG_BLOB, "the " + c.getKey() + " of this blob is not the " + c.getKey()
                        + " of the " + before.getKey().name() + " of the same key", "one value of " + c.getKey(),
                        "two values");
            }
        }
        if (world.key.vector() == null) {
            requireConsistent(seen);
        }
    }

    /** The numbers read so far satisfy the key's arithmetic, as far as they go (a public blob has no d or x). */
    private void requireConsistent(Map<String, Map.Entry<BlobType, byte[]>> seen) {
        Map<String, byte[]> union = new LinkedHashMap<>();
        seen.forEach((name, value) -> union.put(name, value.getValue()));
        List<String> broken;
        try {
            broken = KeyRelations.violations(new VectorKey(world.key.algorithmId(), world.key.keyBits(), new KeyMaterial(union)));
        } catch (IllegalArgumentException notYetComplete) {
            return;
        }
        if (!broken.isEmpty()) {
            throw new Violation(Outcome.WRONG_BLOB, "the numbers of the key's blobs are not one consistent key",
                    "components that satisfy the key's arithmetic", String.join("; ", broken));
        }
    }

    /** A fresh map for {@link #keyMustExportOneSetOfNumbers}. */
    static Map<String, Map.Entry<BlobType, byte[]>> noNumbersYet() {
        return new LinkedHashMap<>();
    }

    /**
     * An opaque blob is self-contained: after the key is destroyed and the algorithm handle closed and reopened, it
     * imports into the same provider and gives the same key (its plain blob, {@code reference}, is the same). On
     * failure, look for an opaque blob that refers to the live key instead of holding it.
     */
    void opaqueBlobMustOutliveItsKey(BlobType type, BlobType reference) {
        byte[] opaque = plain(type);
        byte[] plain = plain(reference);
        ScenarioWorld.requireSuccess("BCryptDestroyKey", world.driver.destroyKey(world.key.handle()));
        world.closeAlgorithms();
        Driver.Opened imported = world.importBlob(world.algorithmFor(world.key), world.key.algorithmId(), type, opaque);
        if (!imported.status().isSuccess()) {
            throw new Violation(Outcome.WRONG_STATUS, "the opaque blob does not import once its key is gone",
                    "STATUS_SUCCESS", imported.status().toString());
        }
        ExportResult again = world.driver.export(ExportCall.of(imported.handle(), reference.wireName(),
                OutputBuffer.sized(ScenarioWorld.AMPLE)));
        ScenarioWorld.requireSuccess("BCryptExportKey(" + reference.name() + ") of the re-imported key", again.status());
        requireSameBlob(plain, again.blob(), reference, "the re-imported key is another key");
    }

    /**
     * An import refuses what is not a blob of its type, with one of {@link #IMPORT_REFUSALS} and no key handle: a
     * foreign magic, a parameter-set name of another family or in the wrong case, a cbInput one byte short of what the
     * blob's length fields say. On failure, look for a reader that trusts the blob type string instead of the magic,
     * compares names ignoring case, or reads the array's length instead of cbInput.
     */
    void importMustRefuseWhatIsNotItsBlob(BlobType type) {
        byte[] blob = plain(type);
        Handle algorithm = world.algorithmFor(world.key);
        int magicAt = magicOffset(type);
        if (magicAt >= 0) {
            byte[] foreign = blob.clone();
            int magic = world.key.family() == KeyFamily.RSA ? ECC_MAGIC : RSA_MAGIC;
            for (int i = 0; i < 4; i++) {
                foreign[magicAt + i] = (byte) (magic >>> (8 * i));
            }
            refused(algorithm, type, foreign, foreign.length, "a foreign magic");
        }
        refused(algorithm, type, blob, blob.length - 1, "cbInput one byte short of the blob");
        String set = world.key.family() == KeyFamily.MLKEM || world.key.family() == KeyFamily.PQDSA
                ? new ParameterSetBlobEdit(blob).parameterSet() : null;
        if (set != null) {
            String foreignSet = world.key.family() == KeyFamily.MLKEM ? "44" : "512";
            refused(algorithm, type, new ParameterSetBlobEdit(blob).renamedTo(foreignSet), -1,
                    "the parameter set \"" + foreignSet + "\" of another family");
            String lower = set.toLowerCase(Locale.ROOT);
            if (!lower.equals(set)) {
                refused(algorithm, type, new ParameterSetBlobEdit(blob).renamedTo(lower), -1,
                        "the parameter set in the wrong case");
            }
        }
    }

    private void refused(Handle algorithm, BlobType type, byte[] blob, int cbInput, String what) {
        Driver.Opened opened = world.importBlob(algorithm, world.key.algorithmId(), type, blob,
                cbInput < 0 ? blob.length : cbInput);
        if (IMPORT_REFUSALS.stream().noneMatch(s -> s.value() == opened.status().value())) {
            throw new Violation(Outcome.WRONG_STATUS, "an import of a " + type.name() + " with " + what + " was not refused",
                    "one of " + IMPORT_REFUSALS, opened.status().toString());
        }
        if (!Handle.isNull(opened.handle())) {
            throw new Violation(Outcome.WRONG_STATUS, "a refused import of a " + type.name() + " with " + what
                    + " returned a key handle", "*phKey left NULL", opened.handle().toString());
        }
    }

    /** Where the blob's 4-byte magic is, or -1 for a blob without one the page defines. */
    private static int magicOffset(BlobType type) {
        return switch (type) {
            case BCRYPT_AES_WRAP_KEY_BLOB, BCRYPT_OPAQUE_KEY_BLOB -> -1;
            case LEGACY_RSAPUBLIC_BLOB, LEGACY_RSAPRIVATE_BLOB, LEGACY_DSA_PUBLIC_BLOB, LEGACY_DSA_PRIVATE_BLOB,
                 LEGACY_DSA_V2_PRIVATE_BLOB, LEGACY_DH_PUBLIC_BLOB, LEGACY_DH_PRIVATE_BLOB -> 8;
            default -> 0;
        };
    }

    /** A plain export of the key as {@code type} (under the wrapping key for the key-wrap blob). */
    private byte[] plain(BlobType type) {
        if (type == BlobType.BCRYPT_AES_WRAP_KEY_BLOB) {
            world.ensureWrappingKey();
        }
        return world.plainExport(type);
    }

    private ExportResult export(BlobType type, OutputBuffer buffer, int flags) {
        if (type == BlobType.BCRYPT_AES_WRAP_KEY_BLOB) {
            world.ensureWrappingKey();
        }
        return world.export(ExportCall.of(world.key.handle(), type.wireName(), buffer).withFlags(flags), type);
    }

    private static void requireStatus(ExportResult r, NtStatus expected, String what) {
        if (r.status().value() != expected.value()) {
            throw new Violation(Outcome.WRONG_STATUS, what + " returned another status", expected.toString(),
                    r.status().toString());
        }
    }

    private static void requireStatusIn(NtStatus actual, List<NtStatus> allowed, String what) {
        if (allowed.stream().noneMatch(s -> s.value() == actual.value())) {
            throw new Violation(Outcome.WRONG_STATUS, what + " returned a status outside the acceptable set",
                    "one of " + allowed, actual.toString());
        }
    }

    private static void requireSize(ExportResult r, long size, String what) {
        if (!r.pcbResultWritten() || r.pcbResult() != size) {
            throw new Violation(Outcome.WRONG_SIZE, what + " reports another size than the export produces",
                    "*pcbResult = " + size, r.pcbResultWritten() ? "*pcbResult = " + r.pcbResult() : "*pcbResult untouched");
        }
    }

    private static void requireNothingWritten(ExportResult r) {
        if (r.outputTouched()) {
            throw new Violation(Outcome.WRONG_BLOB, "a failing call wrote into pbOutput", "pbOutput unchanged",
                    "bytes before cbOutput changed");
        }
    }

    private void requireSameBlob(byte[] expected, byte[] provided, BlobType type, String reason) {
        if (provided == null || !Arrays.equals(expected, provided)) {
            Evidence evidence = world.session.evidence();
            String where = provided == null ? "no blob" : Evidence.firstDifference(expected, provided);
            throw new Violation(Outcome.WRONG_BLOB, reason + " (" + where + ")",
                    evidence.bytes(expected, type.mayHoldSecrets()), evidence.bytes(provided, type.mayHoldSecrets()));
        }
    }
}
