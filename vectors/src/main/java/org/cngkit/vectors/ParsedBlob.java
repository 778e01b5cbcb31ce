package org.cngkit.vectors;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import java.nio.BufferUnderflowException;
import java.util.Optional;
import java.util.function.Function;

/**
 * A blob run through a generated Kaitai parser: the parsed structure, or the {@code structure} mismatch that
 * says why it does not parse (a failed {@code contents} / {@code valid} check, or fewer bytes than the lengths
 * it declares). Checkers start here so that a malformed blob is a mismatch, never an exception.
 *
 * @param <T> the generated parser class
 */
final class ParsedBlob<T> {
    private final KaitaiStream io;
    private final T value;
    private final BlobMismatch failure;

    private ParsedBlob(KaitaiStream io, T value, BlobMismatch failure) {
        this.io = io;
        this.value = value;
        this.failure = failure;
    }

    /**
     * @param layout       what a well-formed blob is, for the message ({@code "a BCRYPT_KEY_DATA_BLOB"})
     * @param expectedSize the size the key material implies, for the message on a short blob
     */
    static <T> ParsedBlob<T> parse(byte[] blob, Function<KaitaiStream, T> parser, String layout, String expectedSize) {
        KaitaiStream io = new ByteBufferKaitaiStream(blob);
        try {
            return new ParsedBlob<>(io, parser.apply(io), null);
        } catch (KaitaiStream.ValidationFailedError e) {
            return new ParsedBlob<>(io, null, new BlobMismatch("structure", layout, "parser error: " + e.getMessage()));
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            // IllegalArgumentException: a declared length beyond what a Java array can hold
            return new ParsedBlob<>(io, null, new BlobMismatch("structure", expectedSize,
                    blob.length + " bytes, too short for the lengths it declares"));
        }
    }

    boolean failed() {
        return failure != null;
    }

    BlobMismatch failure() {
        return failure;
    }

    T value() {
        return value;
    }

    /** The mismatch for bytes left after the structure, if any. */
    Optional<BlobMismatch> trailing(String lastField) {
        return io.isEof() ? Optional.empty()
                : Optional.of(new BlobMismatch("trailing", "no bytes after " + lastField, (io.size() - io.pos()) + " byte(s)"));
    }
}
