package org.cngkit.kit.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cngkit.kit.spec.BlobType;

/**
 * A blob judged field by field: the expected and the provided blob laid out in their .ksy layouts, side by side,
 * with the fields that differ. Without an expected blob (a check against key material) it lays out the provided
 * blob alone. Values are report text: secret fields show their length and a fingerprint unless revealed.
 *
 * @param blobType       the blob type
 * @param expectedLayout the .ksy id the expected blob was read in, or {@code null} (no expected blob, or no layout)
 * @param providedLayout the .ksy id the provided blob was read in, or {@code null} (no layout)
 * @param expectedStop   where parsing of the expected blob stopped and why, or {@code null}
 * @param providedStop   where parsing of the provided blob stopped and why, or {@code null} when it parsed
 * @param fields         every field, in blob order
 */
public record BlobDiff(String blobType, String expectedLayout, String providedLayout, String expectedStop,
                       String providedStop, List<FieldRow> fields) {

    /** The two blobs laid out side by side, or {@code null} when the blob type has no layout. */
    public static BlobDiff between(BlobType type, byte[] expected, byte[] provided, boolean reveal) {
        Walk e = BlobLayouts.walk(type, expected);
        Walk p = BlobLayouts.walk(type, provided);
        if (e == null || p == null) {
            return null;
        }
        String providedStop = p.stop();
        if (!p.complete(provided.length)) {
            Walk other = BlobLayouts.recognise(type, provided);
            if (other != null) {
                providedStop = "not in the layout of " + type.name() + " (" + (p.stop() != null ? p.stop()
                        : "as " + p.layout() + " it leaves " + (provided.length - p.reach()) + " byte(s) over")
                        + "); it reads completely as " + other.layout() + ", shown here";
                p = other;
            }
        }
        Map<String, LaidField[]> byPath = new LinkedHashMap<>();
        e.fields().forEach(f -> byPath.computeIfAbsent(f.path(), k -> new LaidField[2])[0] = f);
        p.fields().forEach(f -> byPath.computeIfAbsent(f.path(), k -> new LaidField[2])[1] = f);
        List<FieldRow> rows = new ArrayList<>();
        for (LaidField[] pair : byPath.values()) {
            LaidField a = pair[0];
            LaidField b = pair[1];
            LaidField any = a != null ? a : b;
            boolean differs = a == null || b == null || !Arrays.equals(a.raw(), b.raw());
            String shownB = b == null ? null : FieldText.of(b, reveal);
            if (differs && a != null && b != null && a.raw().length > 1 && Arrays.equals(reversed(a.raw()), b.raw())) {
                shownB += " (the expected bytes in reverse order)";
            }
            rows.add(new FieldRow(any.path(), any.origId(), a == null ? null : a.offset(), a == null ? null : FieldText.of(a, reveal),
                    b == null ? null : b.offset(), shownB, differs, (a != null && a.secret()) || (b != null && b.secret())));
        }
        // blob order: a field present on one side only goes where it sits in that blob
        rows.sort(java.util.Comparator.comparingInt(r -> r.expectedOffset() != null ? r.expectedOffset() : r.providedOffset()));
        return new BlobDiff(type.name(), e.layout(), p.layout(), e.stop(), providedStop, List.copyOf(rows));
    }

    /** The provided blob laid out alone, or {@code null} when the blob type has no layout. */
    public static BlobDiff laidOut(BlobType type, byte[] provided, boolean reveal) {
        Walk p = BlobLayouts.walk(type, provided);
        if (p == null) {
            return null;
        }
        List<FieldRow> rows = p.fields().stream().map(f -> new FieldRow(f.path(), f.origId(), null, null, f.offset(),
                FieldText.of(f, reveal), false, f.secret())).toList();
        return new BlobDiff(type.name(), null, p.layout(), null, p.stop(), rows);
    }

    /** The fields whose bytes differ, in blob order. */
    public List<FieldRow> differing() {
        return fields.stream().filter(FieldRow::differs).toList();
    }

    /** The first field that differs, or {@code null}. */
    public String firstDifference() {
        return fields.stream().filter(FieldRow::differs).map(FieldRow::field).findFirst().orElse(null);
    }

    /**
     * One line for a summary: the first differing field, then every differing field with both values, then where
     * parsing of the provided blob stopped.
     */
    public String summary() {
        StringBuilder s = new StringBuilder();
        if (expectedLayout != null) {
            List<FieldRow> d = differing();
            s.append(d.isEmpty() ? "no field differs" : "first differing field " + d.get(0).field() + "; differing: "
                    + d.stream().map(r -> r.field() + ": expected " + orAbsent(r.expected()) + ", provided " + orAbsent(r.provided()))
                    .collect(Collectors.joining("; ")));
        } else {
            s.append("provided blob read as ").append(providedLayout).append(": ")
                    .append(fields.stream().filter(r -> !r.secret()).limit(6).map(r -> r.field() + " " + r.provided())
                            .collect(Collectors.joining(", ")));
        }
        if (providedStop != null) {
            s.append("; provided blob: ").append(providedStop);
        }
        return s.toString();
    }

    private static byte[] reversed(byte[] b) {
        byte[] r = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            r[i] = b[b.length - 1 - i];
        }
        return r;
    }

    private static String orAbsent(String v) {
        return v == null ? "(absent)" : v;
    }
}
