package org.cngkit.kit.tools.inspect;

import java.util.List;

/** An {@link Inspection} as the table {@code cngkit inspect} prints. */
final class InspectionText {
    /** Hex digits a table cell shows before it cuts a long value ({@code --json} carries every byte). */
    private static final int CELL = 64;

    private InspectionText() {
    }

    static String render(Inspection in) {
        StringBuilder sb = new StringBuilder();
        sb.append("blob: ").append(in.length()).append(" bytes (").append(in.encoding()).append(")\n");
        if (in.layout() != null) {
            sb.append("layout: ").append(in.layout()).append(" - ").append(in.title()).append('\n');
        }
        if (in.error() != null) {
            sb.append("MALFORMED: ").append(in.error()).append('\n');
            return sb.toString();
        }
        sb.append("blob types: ").append(in.blobTypes().isEmpty() ? "(none)" : String.join(", ", in.blobTypes())).append('\n');
        sb.append("key: ").append(in.key().algorithm());
        if (in.key().keyBits() > 0) {
            sb.append(", ").append(in.key().keyBits()).append(" bits");
        }
        if (in.parameterSet() != null) {
            sb.append(", parameter set ").append(in.parameterSet());
        }
        sb.append("\n\n");
        fields(in.fields(), sb);
        sb.append("\nchecks:\n");
        for (Check c : in.checks()) {
            sb.append(c.passed() ? "  pass  " : "  FAIL  ").append(c.name());
            if (!c.passed()) {
                sb.append("\n          ").append(c.detail());
            }
            sb.append('\n');
        }
        for (String note : in.notes()) {
            sb.append("  note  ").append(note).append('\n');
        }
        long failed = in.checks().stream().filter(c -> !c.passed()).count();
        sb.append("\nresult: ").append(failed == 0 ? "consistent, " + in.checks().size() + " checks passed"
                : "INCONSISTENT, " + failed + " of " + in.checks().size() + " checks failed").append('\n');
        return sb.toString();
    }

    private static void fields(List<Field> fields, StringBuilder sb) {
        int pathWidth = Math.max(5, fields.stream().mapToInt(f -> f.path().length()).max().orElse(0));
        int nameWidth = Math.max(4, fields.stream().mapToInt(f -> f.origId().length()).max().orElse(0));
        String row = "%6s  %5s  %-" + pathWidth + "s  %-" + nameWidth + "s  %s%n";
        sb.append(String.format(row, "offset", "size", "field", "name", "value"));
        for (Field f : fields) {
            String value = f.value();
            if (f.shown() && value.length() > CELL && value.matches("[0-9a-f]+")) {
                value = value.substring(0, CELL) + "... (" + f.size() + " bytes; --json shows all)";
            }
            sb.append(String.format(row, f.offset(), f.size(), f.path(), f.origId(), value));
        }
    }
}
