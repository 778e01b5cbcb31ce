package org.cngkit.vectors;

import io.kaitai.struct.KaitaiStream;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.cngkit.formats.BlobStream;

/**
 * The findings of one blob check, collected field by field. Messages say where and how a field differs, never
 * which bytes it holds: a blob may carry a real secret.
 */
final class Mismatches {
    private final List<BlobMismatch> found = new ArrayList<>();
    private KaitaiStream io;

    /**
     * Parses {@code blob} with a generated Kaitai parser; {@code null} (and a {@code structure} finding) when the
     * parser rejects it or runs out of bytes.
     *
     * @param layout what a well-formed blob is, for the message ({@code "BCRYPT_KEY_DATA_BLOB"})
     */
    <T> T parse(byte[] blob, Function<KaitaiStream, T> parser, String layout) {
        return parse(blob, parser, layout, "a " + layout);
    }

    /**
     * As {@link #parse(byte[], Function, String)}, saying on a blob too short for the lengths it declares what
     * size the key material implies ({@code "28 bytes (12-byte header + 16-byte secret)"}).
     */
    <T> T parse(byte[] blob, Function<KaitaiStream, T> parser, String layout, String expectedSize) {
        io = BlobStream.of(blob);
        try {
            return parser.apply(io);
        } catch (KaitaiStream.ValidationFailedError e) {
            add("structure", "a " + layout, "parser error: " + e.getMessage());
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            // IllegalArgumentException: a declared length beyond what a Java array can hold
            add("structure", expectedSize, blob.length + " bytes, too short for the lengths it declares");
        }
        return null;
    }

    void add(String field, String expected, String actual) {
        found.add(new BlobMismatch(field, expected, actual));
    }

    /** Whether the blob's magic is the expected one; records a {@code magic} finding when it is not. */
    boolean magic(Enum<?> expected, Enum<?> actual) {
        if (actual == expected) {
            return true;
        }
        add("magic", expected.name(), actual == null ? "an unknown magic" : actual.name());
        return false;
    }

    /** A header value (a length, a count): public, shown in full. */
    void header(String field, long expected, long actual) {
        if (expected != actual) {
            add(field, Long.toString(expected), Long.toString(actual));
        }
    }

    /** An unsigned big-endian number of exactly {@code length} bytes that must equal {@code expected}. */
    void number(String field, String component, BigInteger expected, byte[] actual, int length) {
        if (actual.length != length) {
            add(field, length + " bytes", actual.length + " bytes");
        } else if (!new BigInteger(1, actual).equals(expected)) {
            add(field, "the value of key." + component + " in " + length + " bytes", "another number");
        }
    }

    /** A byte string that must equal {@code expected} exactly. */
    void bytes(String field, String component, byte[] expected, byte[] actual) {
        int firstDifference = Arrays.mismatch(actual, expected);
        if (firstDifference < 0) {
            return;
        }
        String how = firstDifference < Math.min(actual.length, expected.length)
                ? "differing from it at byte offset " + firstDifference
                : actual.length < expected.length ? "a prefix of it" : "it followed by more bytes";
        add(field, "the " + expected.length + "-byte key." + component, actual.length + " bytes, " + how);
    }

    /** Records bytes left after the structure the parser read. */
    void noTrailingBytes(String lastField) {
        if (io != null && !io.isEof()) {
            add("trailing", "no bytes after " + lastField, (io.size() - io.pos()) + " byte(s)");
        }
    }

    List<BlobMismatch> list() {
        return List.copyOf(found);
    }

    /** The minimal big-endian length of a positive number (its bit length rounded up to bytes). */
    static int minimalLength(BigInteger value) {
        return Math.max(1, (value.bitLength() + 7) / 8);
    }
}
