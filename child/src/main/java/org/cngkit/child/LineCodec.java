package org.cngkit.child;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The token forms of the harness protocol (harness/PROTOCOL.md, "Tokens"), both ways. Pure functions shared by
 * the kit (the client) and {@link ChildServer} (the Java server), so both read and write every token alike.
 */
public final class LineCodec {
    /** The protocol version this kit speaks. */
    public static final int PROTOCOL_VERSION = 3;
    /** The longest buffer an {@code f} token may stand for (the longest request line's worth of hex). */
    static final int MAX_FILL = 32 << 20;
    /** The word every hello line starts with. */
    public static final String HELLO = "cngkit-harness";

    private static final HexFormat HEX = HexFormat.of();

    private LineCodec() {
    }

    /** A string token: {@code NULL}, or {@code '} followed by the UTF-16 code units, escaped. */
    public static String string(String s) {
        if (s == null) {
            return "NULL";
        }
        StringBuilder t = new StringBuilder(s.length() + 1).append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0x20 && c < 0x7F && c != '%') {
                t.append(c);
            } else {
                t.append('%').append(String.format("%04X", (int) c));
            }
        }
        return t.toString();
    }

    /** Reads a string token back; {@code NULL} gives {@code null}. */
    public static String parseString(String token) {
        if (token.equals("NULL")) {
            return null;
        }
        if (!token.startsWith("'")) {
            throw new ProtocolViolation("not a string token: " + abbreviate(token));
        }
        StringBuilder s = new StringBuilder();
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '%') {
                if (i + 5 > token.length()) {
                    throw new ProtocolViolation("truncated escape in " + abbreviate(token));
                }
                try {
                    s.append((char) Integer.parseInt(token.substring(i + 1, i + 5), 16));
                } catch (NumberFormatException e) {
                    throw new ProtocolViolation("bad escape in " + abbreviate(token));
                }
                i += 4;
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * A buffer token: {@code NULL}; {@code f<length>@<offset>} for an array the kit filled from the
     * {@link FillStream} and nobody changed since; else {@code x} followed by every byte of the array in hex.
     */
    public static String bytes(byte[] data) {
        if (data == null) {
            return "NULL";
        }
        int offset = FillStream.offsetOf(data);
        if (offset >= 0) {
            return "f" + data.length + "@" + offset;
        }
        return "x" + HEX.formatHex(data);
    }

    /** A number token for a {@code ULONG} carried in an {@code int}. */
    public static String ulong(int value) {
        return Integer.toUnsignedString(value);
    }

    /** A flags token, in hex for whoever reads a transcript. */
    public static String flags(int value) {
        return "0x" + Integer.toHexString(value);
    }

    /** Reads a request's number token: decimal, or hexadecimal after {@code 0x}, in the {@code ULONG} range. */
    public static int parseNumber(String token) {
        try {
            long v = token.startsWith("0x") ? Long.parseLong(token.substring(2), 16) : Long.parseLong(token);
            if (v < 0 || v > 0xFFFFFFFFL || token.startsWith("+") || token.startsWith("0x+") || token.startsWith("0x-")) {
                throw new NumberFormatException();
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new ProtocolViolation("not a number: " + abbreviate(token));
        }
    }

    /** Reads a buffer token: {@code NULL} gives {@code null}, {@code x<hex>} the bytes. */
    public static byte[] parseBytes(String token) {
        if (token.equals("NULL")) {
            return null;
        }
        if (token.startsWith("f")) {
            return parseFill(token);
        }
        if (!token.startsWith("x") || token.length() % 2 == 0) {
            throw new ProtocolViolation("not a buffer token: " + abbreviate(token));
        }
        try {
            return HEX.parseHex(token, 1, token.length());
        } catch (IllegalArgumentException e) {
            throw new ProtocolViolation("not a buffer token: " + abbreviate(token));
        }
    }

    private static byte[] parseFill(String token) {
        int at = token.indexOf('@');
        if (at < 2 || at == token.length() - 1) {
            throw new ProtocolViolation("not a buffer token: " + abbreviate(token));
        }
        long length = decimal(token, 1, at);
        long offset = decimal(token, at + 1, token.length());
        if (length < 0 || length > MAX_FILL || offset < 0 || offset >= FillStream.LENGTH) {
            throw new ProtocolViolation("not a buffer token (length up to " + MAX_FILL + ", offset below "
                    + FillStream.LENGTH + "): " + abbreviate(token));
        }
        return FillStream.bytes((int) length, (int) offset);
    }

    /** Decimal digits only, at most 9 of them; -1 otherwise. */
    private static long decimal(String s, int from, int to) {
        if (to - from < 1 || to - from > 9) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The 8 upper-case hex digits of a status in an answer. */
    public static String formatStatus(int status) {
        return String.format("%08X", status);
    }

    /** Parses an answer's 8-digit status. */
    public static int status(String token) {
        try {
            if (token.length() != 8) {
                throw new NumberFormatException();
            }
            return Integer.parseUnsignedInt(token, 16);
        } catch (NumberFormatException e) {
            throw new ProtocolViolation("not a status: " + abbreviate(token));
        }
    }

    /** Parses a decimal {@code ULONG} of an answer. */
    public static int parseUlong(String token) {
        try {
            long v = Long.parseLong(token);
            if (v < 0 || v > 0xFFFFFFFFL) {
                throw new NumberFormatException();
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new ProtocolViolation("not a ULONG: " + abbreviate(token));
        }
    }

    /** One run of changed bytes in an output buffer, at {@code offset} from the buffer's start. */
    public record Run(int offset, byte[] bytes) {
        public int end() {
            return offset + bytes.length;
        }
    }

    /** Parses a changes token: {@code -} or {@code <offset>:<hex>[,...]}. */
    public static List<Run> changes(String token) {
        List<Run> runs = new ArrayList<>();
        if (token.equals("-")) {
            return runs;
        }
        for (String part : token.split(",")) {
            int colon = part.indexOf(':');
            if (colon <= 0 || (part.length() - colon - 1) % 2 != 0) {
                throw new ProtocolViolation("not a run of changed bytes: " + abbreviate(part));
            }
            try {
                int offset = Integer.parseInt(part.substring(0, colon));
                if (offset < 0) {
                    throw new NumberFormatException();
                }
                runs.add(new Run(offset, HEX.parseHex(part, colon + 1, part.length())));
            } catch (IllegalArgumentException e) {
                throw new ProtocolViolation("not a run of changed bytes: " + abbreviate(part));
            }
        }
        return runs;
    }

    /** Formats runs the way a harness answers them (for fakes and tests). */
    public static String formatChanges(List<Run> runs) {
        if (runs.isEmpty()) {
            return "-";
        }
        StringBuilder t = new StringBuilder();
        for (Run r : runs) {
            t.append(t.length() == 0 ? "" : ",").append(r.offset()).append(':').append(HEX.formatHex(r.bytes()));
        }
        return t.toString();
    }

    /** The runs of bytes that differ between {@code before} and {@code after} (same length). */
    public static List<Run> diff(byte[] before, byte[] after) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < after.length) {
            if (before[i] == after[i]) {
                i++;
                continue;
            }
            int start = i;
            while (i < after.length && before[i] != after[i]) {
                i++;
            }
            runs.add(new Run(start, java.util.Arrays.copyOfRange(after, start, i)));
        }
        return runs;
    }

    /**
     * A piece of a line fit for a message: at most 60 characters, quoted, every byte that is not printable ASCII
     * shown as {@code \xNN} (a wrong command's binary output must not reach a terminal raw).
     */
    public static String abbreviate(String s) {
        String head = s.length() <= 60 ? s : s.substring(0, 60);
        StringBuilder t = new StringBuilder(head.length() + 2).append('\'');
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c >= 0x20 && c < 0x7F && c != '\\') {
                t.append(c);
            } else {
                t.append(c <= 0xFF ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c));
            }
        }
        t.append('\'');
        return s.length() <= 60 ? t.toString() : t.append("... (").append(s.length()).append(" chars)").toString();
    }
}
