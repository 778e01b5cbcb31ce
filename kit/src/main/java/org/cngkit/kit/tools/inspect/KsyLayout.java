package org.cngkit.kit.tools.inspect;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One .ksy file as data, read from the {@code ksy/} resources the ksy-formats jar ships: its fields in order and
 * its user types, so a parsed blob can be listed field by field under the layout's own names. The Kaitai parser
 * checks the blob; this class only says what its fields are called and in which order they come.
 */
final class KsyLayout {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final String id;
    private final Map<String, Object> root;

    private KsyLayout(String id, Map<String, Object> root) {
        this.id = id;
        this.root = root;
    }

    /**
     * The layout of a .ksy file by its id ({@code bcrypt_rsakey_blob}) or import path ({@code /common/capi_blob_header}).
     *
     * @throws IllegalStateException if the jar does not carry it (a build error)
     */
    static KsyLayout load(String idOrImport) {
        String path = "ksy/" + (idOrImport.startsWith("/") ? idOrImport.substring(1) : idOrImport) + ".ksy";
        try (InputStream in = KsyLayout.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the layout " + path + " is not on the classpath");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> root = YAML.readValue(in, Map.class);
            return new KsyLayout(idOrImport, root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    String id() {
        return id;
    }

    String title() {
        return String.valueOf(section(root, "meta").getOrDefault("title", id));
    }

    /** The top-level fields. */
    List<Map<String, Object>> seq() {
        return seqOf(root);
    }

    /**
     * The fields of a user type: one of this file's {@code types}, or the top level of an imported file whose id is
     * the type's name.
     */
    List<Map<String, Object>> seqOfType(String type) {
        Map<String, Object> local = section(section(root, "types"), type);
        if (!local.isEmpty()) {
            return seqOf(local);
        }
        return imports().stream().filter(i -> i.endsWith("/" + type) || i.equals(type)).findFirst()
                .map(i -> load(i).seq())
                .orElseThrow(() -> new IllegalStateException("type " + type + " is neither in " + id + " nor imported by it"));
    }

    private List<String> imports() {
        Object imports = section(root, "meta").get("imports");
        if (imports instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }

    static Optional<String> text(Map<String, Object> field, String key) {
        Object value = field.get(key);
        return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> seqOf(Map<String, Object> node) {
        Object seq = node.get("seq");
        return seq instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<String, Object> node, String key) {
        Object value = node.get(key);
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
