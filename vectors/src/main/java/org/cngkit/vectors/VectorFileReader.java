package org.cngkit.vectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one vector file: JSON syntax, then the JSON Schema the file names (from the classpath),
 * then the semantic lint (unique tgId and tcId, {@code numberOfTests}, flags defined in
 * {@code notes}, hex, key size, the arithmetic of the key's components), then the layout cross-check of every expected blob
 * ({@link BlobCrossCheck}). Each problem names the file and the JSON path of the field.
 */
public final class VectorFileReader {
    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final String fileName;
    private final List<VectorFormatException> problems = new ArrayList<>();

    private VectorFileReader(String fileName) {
        this.fileName = fileName;
    }

    /**
     * Parses, validates and lints one vector file.
     *
     * @param fileName the file's name, used in messages and as {@link VectorFile#name()}
     * @param content  the file's bytes (UTF-8 JSON)
     * @throws VectorFormatException on the first problem (further ones attached as suppressed)
     */
    public static VectorFile read(String fileName, byte[] content) {
        return new VectorFileReader(fileName).readFile(content);
    }

    /**
     * Parses one vector file whose bytes the build has checked in full ({@link VectorCatalog#VERIFIED}): JSON and
     * structure only, without the schema, the lint and the blob cross-check.
     */
    static VectorFile readVerified(String fileName, byte[] content) {
        VectorFileReader reader = new VectorFileReader(fileName);
        VectorFile file = reader.map(reader.parse(content));
        reader.failIfProblems();
        return file;
    }

    private JsonNode parse(byte[] content) {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new VectorFormatException(fileName, JsonPath.ROOT, "not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new VectorFormatException(fileName, JsonPath.ROOT, "cannot read: " + e);
        }
        if (root == null || !root.isObject()) {
            throw new VectorFormatException(fileName, JsonPath.ROOT, "not a JSON object");
        }
        return root;
    }

    private VectorFile readFile(byte[] content) {
        JsonNode root = parse(content);
        JsonNode schemaName = root.get("schema");
        if (schemaName == null || !schemaName.isTextual()) {
            throw new VectorFormatException(fileName, "schema", "missing or not a string");
        }
        Schema schema = VectorSchema.forName(schemaName.asText());
        if (schema == null) {
            throw new VectorFormatException(fileName, "schema", "unknown schema '" + schemaName.asText()
                    + "' (no " + VectorSchema.RESOURCE_DIR + schemaName.asText() + " on the classpath)");
        }
        problems.addAll(VectorSchema.validate(fileName, schema, root));
        failIfProblems();

        VectorFile file = map(root);
        lint(file);
        failIfProblems();
        crossCheckBlobs(file);
        failIfProblems();
        return file;
    }

    private VectorFile map(JsonNode root) {
        Map<String, Note> notes = new LinkedHashMap<>();
        root.get("notes").properties().forEach(e -> notes.put(e.getKey(), new Note(
                e.getValue().get("bugType").asText(),
                e.getValue().get("description").asText(),
                e.getValue().get("ref").asText())));
        List<TestGroup> groups = new ArrayList<>();
        JsonNode groupNodes = root.get("testGroups");
        for (int g = 0; g < groupNodes.size(); g++) {
            groups.add(mapGroup(groupNodes.get(g), JsonPath.index("testGroups", g)));
        }
        return new VectorFile(fileName, root.get("schema").asText(), intValue(root.get("numberOfTests"), "numberOfTests"),
                notes, groups);
    }

    private TestGroup mapGroup(JsonNode node, String path) {
        JsonNode s = node.get("source");
        Source source = new Source(s.get("name").asText(), s.get("version").asText(), s.get("ref").asText());
        Map<String, byte[]> components = new LinkedHashMap<>();
        node.get("key").properties().stream()
                .filter(e -> !e.getKey().equals(KeyMaterial.PARAMETER_SET) && !e.getKey().equals(KeyMaterial.CURVE))
                .forEach(e -> components.put(e.getKey(),
                        hex(e.getValue().asText(), JsonPath.member(JsonPath.member(path, "key"), e.getKey()))));
        JsonNode parameterSet = node.get("key").get(KeyMaterial.PARAMETER_SET);
        JsonNode curve = node.get("key").get(KeyMaterial.CURVE);
        JsonNode keyBits = node.get("keyBits");
        List<VectorTest> tests = new ArrayList<>();
        TestGroup group = new TestGroup(intValue(node.get("tgId"), JsonPath.member(path, "tgId")),
                source, node.get("algorithm").asText(),
                keyBits == null ? 0 : intValue(keyBits, JsonPath.member(path, "keyBits")),
                new KeyMaterial(components, parameterSet == null ? null : parameterSet.asText(),
                        curve == null ? null : curve.asText()),
                Collections.unmodifiableList(tests));
        JsonNode testNodes = node.get("tests");
        for (int t = 0; t < testNodes.size(); t++) {
            JsonNode test = testNodes.get(t);
            String testPath = JsonPath.index(JsonPath.member(path, "tests"), t);
            List<String> flags = new ArrayList<>();
            test.get("flags").forEach(f -> flags.add(f.asText()));
            JsonNode expected = test.get("expected");
            JsonNode blob = expected.get("blob");
            List<String> alsoAcceptable = new ArrayList<>();
            if (expected.has("alsoAcceptable")) {
                expected.get("alsoAcceptable").forEach(a -> alsoAcceptable.add(a.asText()));
            }
            boolean isImport = test.has("operation") && "import".equals(test.get("operation").asText());
            tests.add(new VectorTest(intValue(test.get("tcId"), JsonPath.member(testPath, "tcId")),
                    test.get("comment").asText(), flags, test.get("blobType").asText(),
                    new Expected(expected.get("status").asText(),
                            blob == null ? null : hex(blob.asText(), JsonPath.member(JsonPath.member(testPath, "expected"), "blob")),
                            alsoAcceptable),
                    isImport ? VectorTest.Operation.IMPORT : VectorTest.Operation.EXPORT,
                    isImport ? hex(test.get("input").asText(), JsonPath.member(testPath, "input")) : null,
                    group));
        }
        return group;
    }

    private int intValue(JsonNode node, String path) {
        if (!node.canConvertToInt()) {
            problems.add(new VectorFormatException(fileName, path, "integer out of range: " + node.asText()));
            return -1;
        }
        return node.intValue();
    }

    private byte[] hex(String text, String path) {
        try {
            return HexFormat.of().parseHex(text);
        } catch (IllegalArgumentException e) {
            problems.add(new VectorFormatException(fileName, path, "not hex: " + e.getMessage()));
            return new byte[0];
        }
    }

    /** Semantic rules a JSON Schema cannot express. */
    private void lint(VectorFile file) {
        int count = 0;
        Map<Integer, String> tgIds = new HashMap<>();
        Map<Integer, String> tcIds = new HashMap<>();
        for (int g = 0; g < file.testGroups().size(); g++) {
            TestGroup group = file.testGroups().get(g);
            String groupPath = JsonPath.index("testGroups", g);
            String previous = tgIds.putIfAbsent(group.tgId(), groupPath);
            if (previous != null) {
                problem(JsonPath.member(groupPath, "tgId"), "duplicate tgId " + group.tgId() + " (also at " + previous + ")");
            }
            lintKeySize(group, groupPath);
            for (String broken : KeyRelations.violations(group.vectorKey())) {
                problem(JsonPath.member(groupPath, "key"), broken);
            }
            for (int t = 0; t < group.tests().size(); t++) {
                VectorTest test = group.tests().get(t);
                String testPath = JsonPath.index(JsonPath.member(groupPath, "tests"), t);
                count++;
                previous = tcIds.putIfAbsent(test.tcId(), testPath);
                if (previous != null) {
                    problem(JsonPath.member(testPath, "tcId"), "duplicate tcId " + test.tcId() + " (also at " + previous + ")");
                }
                if (test.isImport() && test.expected().accepts("STATUS_SUCCESS") && !group.key().has(KeyMaterial.SECRET)
                        && !group.key().has("d") && !group.key().has("x")) {
                    problem(JsonPath.member(testPath, "expected"), "accepts a successful import but the group has no "
                            + "key.secret or private key to say which key the import restores");
                }
                if (test.expected().alsoAcceptable().contains(test.expected().status())) {
                    problem(JsonPath.member(JsonPath.member(testPath, "expected"), "alsoAcceptable"),
                            "repeats the status " + test.expected().status() + "; it lists only the other conforming statuses");
                }
                for (int f = 0; f < test.flags().size(); f++) {
                    if (!file.notes().containsKey(test.flags().get(f))) {
                        problem(JsonPath.index(JsonPath.member(testPath, "flags"), f),
                                "flag '" + test.flags().get(f) + "' is not defined in notes " + file.notes().keySet());
                    }
                }
            }
        }
        if (count != file.numberOfTests()) {
            problem("numberOfTests", "says " + file.numberOfTests() + " but the file has " + count + " tests");
        }
    }

    /**
     * A symmetric key's keyBits is its secret's length in bits (the KEK's in a group holding only a KEK); a
     * key-encryption key is an AES key of 16, 24 or 32 bytes.
     */
    private void lintKeySize(TestGroup group, String groupPath) {
        String sized = group.key().has(KeyMaterial.SECRET) ? KeyMaterial.SECRET
                : group.key().has(KeyMaterial.KEK) ? KeyMaterial.KEK : null;
        if (sized != null) {
            int bits = group.key().component(sized).length * 8;
            if (bits != group.keyBits()) {
                problem(JsonPath.member(groupPath, "keyBits"), "is " + group.keyBits()
                        + " but key." + sized + " has " + bits + " bits");
            }
        }
        if (group.key().has(KeyMaterial.KEK)) {
            int kekLength = group.key().component(KeyMaterial.KEK).length;
            if (kekLength != 16 && kekLength != 24 && kekLength != 32) {
                problem(JsonPath.member(JsonPath.member(groupPath, "key"), KeyMaterial.KEK),
                        "is " + kekLength + " bytes; an AES key-encryption key has 16, 24 or 32");
            }
        }
    }

    /**
     * Every expected blob, and every import input expected to succeed, must encode the group's key: both are
     * parsed by the blob type's checker and compared with the key material.
     */
    private void crossCheckBlobs(VectorFile file) {
        for (int g = 0; g < file.testGroups().size(); g++) {
            List<VectorTest> tests = file.testGroups().get(g).tests();
            for (int t = 0; t < tests.size(); t++) {
                VectorTest test = tests.get(t);
                String testPath = JsonPath.index(JsonPath.member(JsonPath.index("testGroups", g), "tests"), t);
                if (test.isImport() && test.expected().status().equals("STATUS_SUCCESS")) {
                    crossCheckImportInput(test, testPath);
                }
                if (!test.expected().hasBlob()) {
                    continue;
                }
                if (!BlobCrossCheck.supports(test.blobType())) {
                    problem(JsonPath.member(testPath, "blobType"), "has an expected blob but no layout checker: "
                            + BlobCrossCheck.unsupportedMessage(test.blobType()));
                    continue;
                }
                List<BlobMismatch> mismatches = BlobCrossCheck.check(test);
                if (!mismatches.isEmpty()) {
                    problem(JsonPath.member(JsonPath.member(testPath, "expected"), "blob"),
                            "disagrees with the key material: " + BlobMismatch.describe(mismatches));
                }
            }
        }
    }

    /**
     * Flag of an import whose input holds a private key with a zero public point (curve25519, digest section 8): the
     * input is compared with the group's key with x = y = 0; the key the import restores is the group's.
     */
    static final String DERIVED_PUBLIC_KEY = "DerivedPublicKey";

    private void crossCheckImportInput(VectorTest test, String testPath) {
        if (!BlobCrossCheck.supports(test.blobType())) {
            problem(JsonPath.member(testPath, "blobType"), "imports successfully but has no layout checker: "
                    + BlobCrossCheck.unsupportedMessage(test.blobType()));
            return;
        }
        VectorKey key = test.group().vectorKey();
        if (test.flags().contains(DERIVED_PUBLIC_KEY)) {
            // the input carries the private key only; the implementation derives the public value
            Map<String, byte[]> c = new LinkedHashMap<>(key.material().components());
            c.put("x", new byte[1]);
            c.put("y", new byte[1]);
            key = new VectorKey(key.algorithm(), key.keyBits(),
                    new KeyMaterial(c, key.material().parameterSet(), key.material().curve()));
        }
        List<BlobMismatch> mismatches = BlobCrossCheck.check(test.blobType(), key, test.input());
        if (!mismatches.isEmpty()) {
            problem(JsonPath.member(testPath, "input"), "does not encode the key material it should import: "
                    + BlobMismatch.describe(mismatches));
        }
    }

    private void problem(String field, String message) {
        problems.add(new VectorFormatException(fileName, field, message));
    }

    private void failIfProblems() {
        if (problems.isEmpty()) {
            return;
        }
        VectorFormatException first = problems.get(0);
        for (VectorFormatException other : problems.subList(1, problems.size())) {
            first.addSuppressed(other);
        }
        throw first;
    }
}
