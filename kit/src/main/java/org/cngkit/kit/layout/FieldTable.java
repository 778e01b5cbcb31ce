package org.cngkit.kit.layout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * What the .ksy files say about each sequence field of the walk classes: its id, its Microsoft name
 * ({@code -orig-id}) and whether it holds key material ({@code -private: true}). The ksy-formats build writes the
 * table ({@code org/cngkit/formats/walk/fields.tsv}) from the .ksy files, so which fields are private is stated in
 * one place, the layouts themselves.
 */
final class FieldTable {
    /** One field of one type. */
    record Entry(String ksyId, String origId, boolean secret) {
    }

    static final String RESOURCE = "/org/cngkit/formats/walk/fields.tsv";
    private static final FieldTable INSTANCE = load();

    /** Keyed by the walk class's name inside its package ({@code CapiDssKeyBlob}, {@code Outer$Inner}), then field. */
    private final Map<String, Map<String, Entry>> types;

    private FieldTable(Map<String, Map<String, Entry>> types) {
        this.types = types;
    }

    static FieldTable get() {
        return INSTANCE;
    }

    /** The field's entry, or {@code null} when the table does not know it. */
    Entry entry(Class<?> type, String javaField) {
        String name = type.getName().substring(type.getPackageName().length() + 1);
        Map<String, Entry> fields = types.get(name);
        return fields == null ? null : fields.get(javaField);
    }

    private static FieldTable load() {
        Map<String, Map<String, Entry>> types = new HashMap<>();
        try (InputStream in = FieldTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the ksy-formats build writes it");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                types.computeIfAbsent(c[0], k -> new HashMap<>())
                        .put(c[1], new Entry(c[2], c[3].isEmpty() ? null : c[3], Boolean.parseBoolean(c[4])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FieldTable(types);
    }
}
