package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds one vector file in the envelope's member order (schema, generator, numberOfTests, header, notes,
 * testGroups); tgId and tcId count from 1 in the order groups and tests are added.
 */
final class VectorFileBuilder {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode root = MAPPER.createObjectNode();
    private final ArrayNode header;
    private final ObjectNode notes;
    private final ArrayNode groups;
    private int tcId;

    VectorFileBuilder() {
        root.put("schema", VectorGenerator.SCHEMA);
        ObjectNode generator = root.putObject("generator");
        generator.put("name", VectorGenerator.NAME);
        generator.put("version", VectorGenerator.VERSION);
        root.put("numberOfTests", 0);
        header = root.putArray("header");
        notes = root.putObject("notes");
        groups = root.putArray("testGroups");
    }

    void header(String... lines) {
        Arrays.stream(lines).forEach(header::add);
    }

    void note(String flag, String bugType, String description, String ref) {
        ObjectNode note = notes.putObject(flag);
        note.put("bugType", bugType);
        note.put("description", description);
        note.put("ref", ref);
    }

    /** A group for a symmetric key: a KEY_DATA test with its exact blob, and an OPAQUE test. */
    void symmetricGroup(ObjectNode source, String algorithm, byte[] secret, String what, String... flags) {
        ObjectNode key = MAPPER.createObjectNode().put("secret", HexFormat.of().formatHex(secret));
        Group group = group(source, algorithm, secret.length * 8, key);
        group.test(what + ", exported as BCRYPT_KEY_DATA_BLOB", List.of(flags), VectorGenerator.KEY_DATA,
                KeyDataBlobWriter.write(secret));
        group.test(what + ", exported as BCRYPT_OPAQUE_KEY_BLOB", List.of("OpaqueBlob"), VectorGenerator.OPAQUE, null);
    }

    /**
     * A new group holding {@code key}; add its tests to the returned group.
     *
     * @param keyBits the key size, or {@code null} for a key sized by a parameter set
     */
    Group group(ObjectNode source, String algorithm, Integer keyBits, ObjectNode key) {
        ObjectNode group = groups.addObject();
        group.put("tgId", groups.size());
        group.set("source", source);
        group.put("algorithm", algorithm);
        if (keyBits != null) {
            group.put("keyBits", keyBits);
        }
        group.set("key", key);
        return new Group(group.putArray("tests"));
    }

    ObjectNode build() {
        root.put("numberOfTests", tcId);
        return root;
    }

    /** The tests of one group. */
    final class Group {
        private final ArrayNode tests;

        private Group(ArrayNode tests) {
            this.tests = tests;
        }

        /** A test that expects STATUS_SUCCESS and, when {@code blob} is not null, exactly that blob. */
        void test(String comment, List<String> flags, String blobType, byte[] blob) {
            ObjectNode test = tests.addObject();
            test.put("tcId", ++tcId);
            test.put("comment", comment);
            ArrayNode flagArray = test.putArray("flags");
            flags.forEach(flagArray::add);
            test.put("blobType", blobType);
            ObjectNode expected = test.putObject("expected");
            expected.put("status", VectorGenerator.SUCCESS);
            if (blob != null) {
                expected.put("blob", HexFormat.of().formatHex(blob));
            }
        }
    }
}
