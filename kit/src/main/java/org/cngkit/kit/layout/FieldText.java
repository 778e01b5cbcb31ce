package org.cngkit.kit.layout;

import java.util.HexFormat;
import java.util.Locale;

import org.cngkit.kit.verdict.Evidence;

/**
 * A field's value as a report shows it: numbers in decimal (and hex), enum values by their .ksy name with their
 * bytes ({@code dsa_private "DSPV" 0x56505344}), byte strings in hex (long ones shortened, with a fingerprint).
 * A secret field shows only its length and a SHA-256 fingerprint unless secrets may be revealed.
 */
final class FieldText {
    private static final int SHOWN_BYTES = 32;

    private FieldText() {
    }

    static String of(LaidField f, boolean reveal) {
        byte[] raw = f.raw();
        if (f.secret() && !reveal) {
            return raw.length + " bytes, sha256 " + Evidence.fingerprint(raw) + " (redacted)";
        }
        Object v = f.value();
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT) + " " + word(raw);
        }
        if (v instanceof Number n) {
            long x = n.longValue();
            return x > 9 || x < 0 ? x + " (0x" + Long.toHexString(x) + ")" : Long.toString(x);
        }
        if (v instanceof String s) {
            return "\"" + s + "\"";
        }
        if (v instanceof Boolean || v instanceof java.util.List<?>) {
            return v.toString();
        }
        if (v == null && raw.length == 4) {
            return word(raw) + ", not a value the layout allows";
        }
        return hex(raw);
    }

    /** A four-byte little-endian word as text (when printable) and number: {@code "RSA1" 0x31415352}. */
    private static String word(byte[] raw) {
        if (raw.length != 4) {
            if (raw.length == 0 || raw.length > 8) {
                return hex(raw);
            }
            long x = 0;
            for (int i = raw.length - 1; i >= 0; i--) {
                x = x << 8 | (raw[i] & 0xffL);
            }
            return Long.toString(x);
        }
        long x = (raw[0] & 0xffL) | (raw[1] & 0xffL) << 8 | (raw[2] & 0xffL) << 16 | (raw[3] & 0xffL) << 24;
        StringBuilder text = new StringBuilder();
        for (byte b : raw) {
            text.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return "\"" + text + "\" 0x" + String.format("%08x", x);
    }

    private static String hex(byte[] raw) {
        if (raw.length == 0) {
            return "(0 bytes)";
        }
        if (raw.length <= SHOWN_BYTES) {
            return HexFormat.of().formatHex(raw) + " (" + raw.length + " bytes)";
        }
        return HexFormat.of().formatHex(raw, 0, SHOWN_BYTES / 2) + "... (" + raw.length + " bytes, sha256 "
                + Evidence.fingerprint(raw) + ")";
    }
}
