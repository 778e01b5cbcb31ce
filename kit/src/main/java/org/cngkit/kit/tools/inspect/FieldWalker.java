package org.cngkit.kit.tools.inspect;

import io.kaitai.struct.KaitaiStruct;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the fields of a blob parsed by a generated Kaitai parser, in the order and under the names of its .ksy
 * layout, with offsets and sizes. Values come from the parser's accessors (Kaitai's Java naming: {@code len_modulus}
 * is {@code lenModulus()}); a field whose {@code if:} is false is absent. Private key material is redacted unless
 * the caller reveals it.
 */
final class FieldWalker {
    /** Field ids that hold private key material in every layout of ksy-formats. */
    private static final Set<String> PRIVATE_FIELDS = Set.of("prime1", "prime2", "exponent1", "exponent2", "coefficient",
            "private_exponent", "d", "key_data");

    private final boolean privateBlob;
    private final boolean reveal;

    /**
     * @param privateBlob whether the blob is a private one (its {@code key} field, in the post-quantum layout, is then
     *                    private material)
     * @param reveal      whether private material is shown
     */
    FieldWalker(boolean privateBlob, boolean reveal) {
        this.privateBlob = privateBlob;
        this.reveal = reveal;
    }

    List<Field> walk(KaitaiStruct parsed, KsyLayout layout) {
        List<Field> fields = new ArrayList<>();
        walk(parsed, layout, layout.seq(), "", 0, fields);
        return fields;
    }

    /** Appends the fields of {@code struct}; returns the offset after them. */
    private int walk(KaitaiStruct struct, KsyLayout layout, List<Map<String, Object>> seq, String prefix, int offset,
            List<Field> out) {
        int at = offset;
        for (Map<String, Object> spec : seq) {
            String id = KsyLayout.text(spec, "id").orElseThrow();
            Object value = read(struct, id);
            String origId = KsyLayout.text(spec, "-orig-id").orElse("");
            if (value == null && spec.containsKey("if")) {
                continue; // its `if:` is false
            }
            if (value == null) {
                // Kaitai's Java reads a number outside an enum as null
                int size = size(spec, 0L);
                out.add(new Field(at, prefix + id, origId, size, "a value outside the layout's enum", false, true));
                at += size;
                continue;
            }
            if (value instanceof KaitaiStruct nested) {
                String type = KsyLayout.text(spec, "type").orElseThrow();
                int end = walk(nested, layout, layout.seqOfType(type), prefix + id + ".", at, out);
                at = end;
                continue;
            }
            int size = size(spec, value);
            boolean secret = PRIVATE_FIELDS.contains(id) || privateBlob && id.equals("key");
            boolean shown = !secret || reveal;
            String text = shown ? render(spec, value) : "(redacted, " + size + " bytes; --reveal-secrets shows it)";
            out.add(new Field(at, prefix + id, origId, size, text, secret, shown));
            at += size;
        }
        return at;
    }

    private static Object read(KaitaiStruct struct, String id) {
        try {
            Method accessor = struct.getClass().getMethod(camelCase(id));
            return accessor.invoke(struct);
        } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("the parser " + struct.getClass().getSimpleName() + " has no accessor for " + id, e);
        }
    }

    static String camelCase(String id) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : id.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    private static int size(Map<String, Object> spec, Object value) {
        if (value instanceof byte[] bytes) {
            return bytes.length;
        }
        if (value instanceof String s) {
            return s.getBytes(Charset.forName(KsyLayout.text(spec, "encoding").orElse("UTF-8"))).length;
        }
        String type = KsyLayout.text(spec, "type").orElse("");
        if (type.matches("[us][1248](le|be)?")) {
            return type.charAt(1) - '0';
        }
        throw new IllegalStateException("no size known for field " + spec.get("id") + " of type '" + type + "'");
    }

    private static String render(Map<String, Object> spec, Object value) {
        if (value instanceof byte[] bytes) {
            String hex = HexFormat.of().formatHex(bytes);
            return spec.containsKey("contents") ? hex + " " + ascii(bytes) : hex;
        }
        if (value instanceof String s) {
            return "\"" + s + "\"";
        }
        if (value instanceof Enum<?> e) {
            long id = enumId(e);
            return e.name() + " (0x" + String.format("%08x", id) + ", " + ascii(littleEndian(id)) + ")";
        }
        if (value instanceof Number n) {
            long v = n.longValue();
            return v > 9 ? v + " (0x" + Long.toHexString(v) + ")" : Long.toString(v);
        }
        return String.valueOf(value);
    }

    private static long enumId(Enum<?> e) {
        try {
            return ((Number) e.getClass().getMethod("id").invoke(e)).longValue();
        } catch (ReflectiveOperationException ex) {
            throw new IllegalStateException("the Kaitai enum " + e.getClass().getSimpleName() + " has no id()", ex);
        }
    }

    private static byte[] littleEndian(long id) {
        return new byte[] {(byte) id, (byte) (id >>> 8), (byte) (id >>> 16), (byte) (id >>> 24)};
    }

    /** The bytes as they read in memory ({@code "RSA2"}), with dots for unprintable ones. */
    static String ascii(byte[] bytes) {
        StringBuilder sb = new StringBuilder("\"");
        for (byte b : bytes) {
            sb.append(b >= 0x20 && b < 0x7f ? (char) b : '.');
        }
        return sb.append('"').toString();
    }
}
