package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Builds one vector file in the envelope's member order; tgId and tcId count from 1. */
final class VectorFileBuilder {
    static final String SUCCESS = "STATUS_SUCCESS";
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

    /** A {@code source} object: where a group's key comes from. */
    static ObjectNode source(String name, String version, String ref) {
        ObjectNode source = MAPPER.createObjectNode();
        source.put("name", name);
        source.put("version", version);
        source.put("ref", ref);
        return source;
    }

    /** An empty {@code key} object for a group. */
    static ObjectNode key() {
        return MAPPER.createObjectNode();
    }

    /** A number as key material keeps it: lowercase hex of its minimal big-endian bytes. */
    static String hex(BigInteger value) {
        return HexFormat.of().formatHex(BlobBuilder.minimal(value));
    }

    /** {@code flags} followed by {@code extra}. */
    static List<String> with(List<String> flags, String extra) {
        List<String> all = new ArrayList<>(flags);
        all.add(extra);
        return all;
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

    /** Starts the next group; its tests follow through the returned {@link Group}. */
    Group group(ObjectNode source, String algorithm, int keyBits, ObjectNode key) {
        ObjectNode group = startGroup(source, algorithm);
        group.put("keyBits", keyBits);
        group.set("key", key);
        return new Group(group.putArray("tests"));
    }

    /** Starts the next group, of a key sized by its parameter set ({@code key.parameterSet}, no keyBits). */
    Group group(ObjectNode source, String algorithm, ObjectNode key) {
        ObjectNode group = startGroup(source, algorithm);
        group.set("key", key);
        return new Group(group.putArray("tests"));
    }

    private ObjectNode startGroup(ObjectNode source, String algorithm) {
        ObjectNode group = groups.addObject();
        group.put("tgId", groups.size());
        group.set("source", source);
        group.put("algorithm", algorithm);
        return group;
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

        /** A successful export; {@code blob} is its exact bytes, or {@code null} when the content is not fixed. */
        Group success(String comment, List<String> flags, String blobType, byte[] blob) {
            ObjectNode expected = test(comment, flags, blobType).putObject("expected");
            expected.put("status", SUCCESS);
            if (blob != null) {
                expected.put("blob", HexFormat.of().formatHex(blob));
            }
            return this;
        }

        /**
         * The four exports of a key pair whose family has one public and one private type: that pair, then the
         * generic BCRYPT_PUBLIC_KEY_BLOB and BCRYPT_PRIVATE_KEY_BLOB with the same blobs (flag GenericBlobType).
         */
        Group keyPair(String what, List<String> flags, String publicType, byte[] publicBlob, String privateType,
                      byte[] privateBlob) {
            List<String> generic = with(flags, "GenericBlobType");
            return success(what + ", as " + publicType, flags, publicType, publicBlob)
                    .success(what + ", as " + privateType, flags, privateType, privateBlob)
                    .success(what + ", as BCRYPT_PUBLIC_KEY_BLOB", generic, "BCRYPT_PUBLIC_KEY_BLOB", publicBlob)
                    .success(what + ", as BCRYPT_PRIVATE_KEY_BLOB", generic, "BCRYPT_PRIVATE_KEY_BLOB", privateBlob);
        }

        /**
         * A new test with the next tcId and the members every test has; the caller adds the rest in order
         * ({@code operation} and {@code input} of an import, then {@code expected}).
         */
        ObjectNode test(String comment, List<String> flags, String blobType) {
            ObjectNode test = tests.addObject();
            test.put("tcId", ++tcId);
            test.put("comment", comment);
            ArrayNode flagArray = test.putArray("flags");
            flags.forEach(flagArray::add);
            test.put("blobType", blobType);
            return test;
        }
    }
}
