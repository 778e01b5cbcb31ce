package org.cngkit.kit.tools.inspect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;

/** An {@link Inspection} as the JSON document {@code cngkit inspect --json} prints. */
final class InspectionJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InspectionJson() {
    }

    static String render(Inspection in) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("length", in.length());
        doc.put("encoding", in.encoding());
        doc.put("layout", in.layout());
        if (in.error() != null) {
            doc.put("malformed", Map.of("reason", in.error(), "offset", in.errorOffset()));
        } else {
            doc.put("blobTypes", in.blobTypes());
            doc.put("algorithm", in.key().algorithm());
            doc.put("keyBits", in.key().keyBits());
            if (in.parameterSet() != null) {
                doc.put("parameterSet", in.parameterSet());
            }
            doc.put("fields", in.fields().stream().map(InspectionJson::field).toList());
            doc.put("checks", in.checks().stream().map(InspectionJson::check).toList());
            doc.put("notes", in.notes());
        }
        doc.put("consistent", in.consistent());
        try {
            return JSON.writeValueAsString(doc) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the inspection as JSON", e);
        }
    }

    private static Map<String, Object> field(Field f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("offset", f.offset());
        m.put("size", f.size());
        m.put("field", f.path());
        m.put("name", f.origId());
        m.put("secret", f.secret());
        m.put(f.shown() ? "value" : "redacted", f.shown() ? f.value() : true);
        return m;
    }

    private static Map<String, Object> check(Check c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("check", c.name());
        m.put("passed", c.passed());
        if (!c.passed()) {
            m.put("detail", c.detail());
        }
        return m;
    }

}
