package org.cngkit.reference;

import java.util.Optional;

import org.cngkit.spi.NtStatus;

/**
 * The export writer of a blob that never changes for its key. Keys are immutable, so each blob type a key exports
 * without a key-encryption key is encoded once, when the key is made (generated, imported, finalized), and every
 * {@code BCryptExportKey} after that only copies it: no number is recomputed or re-encoded per export
 * (issue #16: RSAFULLPRIVATEBLOB took 290 µs when d mod (p-1), d mod (q-1) and q^-1 mod p were recomputed per call).
 *
 * <p>The bytes handed out are the key's own: {@link ExportProtocol} copies them into the caller's buffer and no one
 * may write to them.
 */
final class PrecomputedBlob {
    private PrecomputedBlob() {
    }

    /** A writer that always yields {@code blob} (not copied: the caller gives up the array). */
    static Optional<KeyBlobWriter> of(byte[] blob) {
        Outcome<byte[]> outcome = Outcome.of(blob);
        KeyBlobWriter writer = wrappingKey -> outcome;
        return Optional.of(writer);
    }

    /** A writer that always refuses with {@code status}: a blob type this key can never export. */
    static Optional<KeyBlobWriter> refused(NtStatus status) {
        Outcome<byte[]> outcome = Outcome.refused(status);
        KeyBlobWriter writer = wrappingKey -> outcome;
        return Optional.of(writer);
    }
}
