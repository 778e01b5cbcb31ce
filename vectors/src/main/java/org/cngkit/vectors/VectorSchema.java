package org.cngkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The JSON Schemas of the vector files, read from the classpath ({@code vectors/schema/...})
 * and applied with networknt json-schema-validator (draft 2020-12).
 */
final class VectorSchema {
    static final String RESOURCE_DIR = "vectors/schema/";
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z0-9_]+\\.json");
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();

    private VectorSchema() {
    }

    /** The schema with this file name, or null if the classpath has none. */
    static Schema forName(String schemaName) {
        if (!SCHEMA_NAME.matcher(schemaName).matches()) {
            return null;
        }
        Schema cached = CACHE.get(schemaName);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = VectorSchema.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + schemaName)) {
            if (in == null) {
                return null;
            }
            JsonNode node = VectorFileReader.MAPPER.readTree(in);
            Schema schema = REGISTRY.getSchema(node);
            CACHE.put(schemaName, schema);
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + RESOURCE_DIR + schemaName, e);
        }
    }

    /**
     * Every schema violation of {@code document}, as file + JSON path + problem. A violation
     * inside a field comes before a summary on the field around it (a {@code oneOf} failure on
     * {@code key} is listed after the bad {@code key.secret} that caused it).
     */
    static List<VectorFormatException> validate(String fileName, Schema schema, JsonNode document) {
        List<VectorFormatException> all = new ArrayList<>();
        for (Error error : schema.validate(document)) {
            all.add(new VectorFormatException(fileName, field(error), describe(error)));
        }
        List<VectorFormatException> specific = new ArrayList<>();
        List<VectorFormatException> summaries = new ArrayList<>();
        for (VectorFormatException problem : all) {
            boolean enclosesAnother = all.stream().anyMatch(other -> encloses(problem.field(), other.field()));
            (enclosesAnother ? summaries : specific).add(problem);
        }
        specific.addAll(summaries);
        return specific;
    }

    private static boolean encloses(String outer, String inner) {
        return JsonPath.ROOT.equals(outer) ? !JsonPath.ROOT.equals(inner)
                : inner.startsWith(outer + ".") || inner.startsWith(outer + "[");
    }

    /**
     * The offending field: the instance location, plus the property named by the error for
     * keywords that report on a member of the object (a missing required member, an
     * unexpected one).
     */
    private static String field(Error error) {
        String path = JsonPath.of(error.getInstanceLocation());
        String property = error.getProperty();
        String keyword = error.getKeyword();
        if (property != null && ("required".equals(keyword) || "additionalProperties".equals(keyword))) {
            return JsonPath.member(path, property);
        }
        return path;
    }

    private static String describe(Error error) {
        String message = error.getMessage();
        String keyword = error.getKeyword();
        if ("additionalProperties".equals(keyword)) {
            return "property not allowed by the schema (" + message + ")";
        }
        if ("false".equals(keyword)) {
            return "must be absent here [rule at " + error.getSchemaLocation() + "]";
        }
        if ("required".equals(keyword)) {
            return "required property missing (" + message + ")";
        }
        return message + " [schema keyword " + keyword + " at " + error.getSchemaLocation() + "]";
    }
}
