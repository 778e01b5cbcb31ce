package org.cngkit.kit.nativeimpl;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The token forms of the harness protocol (harness/PROTOCOL.md, "Tokens"), both ways. Pure functions, so the
 * kit's side of the protocol can be tested without a harness.
 */
public final class HarnessCodec {
    /** The protocol version this kit speaks. */
    public static final int PROTOCOL_VERSION = 1;
    /** The word every hello line starts with. */
    public static final String HELLO = "cngkit-harness";

    private static final HexFormat HEX = HexFormat.of();

    private HarnessCodec() {
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
            throw new HarnessProtocolError("not a string token: " + abbreviate(token));
        }
        StringBuilder s = new StringBuilder();
        for (int i = 1; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '%') {
                if (i + 5 > token.length()) {
                    throw new HarnessProtocolError("truncated escape in " + abbreviate(token));
                }
                s.append((char) Integer.parseInt(token.substring(i + 1, i + 5), 16));
                i += 4;
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** A buffer token: {@code NULL}, or {@code x} followed by every byte of the array in hex. */
    public static String bytes(byte[] data) {
        if (data == null) {
            return "NULL";
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

    /** Parses an answer's 8-digit status. */
    public static int status(String token) {
        if (token.length() != 8) {
            throw new HarnessProtocolError("not a status: " + abbreviate(token));
        }
        return Integer.parseUnsignedInt(token, 16);
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
            throw new HarnessProtocolError("not a ULONG: " + abbreviate(token));
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
                throw new HarnessProtocolError("not a run of changed bytes: " + abbreviate(part));
            }
            try {
                runs.add(new Run(Integer.parseInt(part.substring(0, colon)), HEX.parseHex(part, colon + 1, part.length())));
            } catch (IllegalArgumentException e) {
                throw new HarnessProtocolError("not a run of changed bytes: " + abbreviate(part));
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

    static String abbreviate(String s) {
        return s.length() <= 60 ? "'" + s + "'" : "'" + s.substring(0, 60) + "...' (" + s.length() + " chars)";
    }
}
