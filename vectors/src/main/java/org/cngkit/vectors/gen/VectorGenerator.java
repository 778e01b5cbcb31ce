package org.cngkit.vectors.gen;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the vector files of cngkit-vectors. Vectors are never typed by hand: this class derives
 * every file from the upstream inputs copied under {@code upstream/} and from fixed seeds, and a
 * test checks that the committed files are byte for byte what it writes now.
 *
 * <p>Usage: {@code VectorGenerator <vectors dir>} (the module folder {@code vectors/}); it reads
 * {@code upstream/...} there and writes {@code key_data_blob_test.json} and {@code index.txt}.
 * Output is deterministic: fixed member order, two-space indent, LF line ends, final newline.
 */
public final class VectorGenerator {
    public static final String NAME = "cngkit-vectorgen";
    public static final String VERSION = "1";
    public static final String SCHEMA = "key_blob_test_schema_v1.json";
    public static final String KEY_DATA_FILE = "key_data_blob_test.json";
    public static final String INDEX_FILE = "index.txt";
    static final String RFC3394_INPUT = "upstream/aes-kw/rfc3394/rfc3394-section4.json";

    static final String KEY_DATA = "BCRYPT_KEY_DATA_BLOB";
    static final String OPAQUE = "BCRYPT_OPAQUE_KEY_BLOB";
    static final String SUCCESS = "STATUS_SUCCESS";

    /** Wine's test_key_import_export (passes on Windows): 16 x 0x11 exports as exactly these 28 bytes. */
    static final String WINDOWS_AES128_BLOB = "4b44424d" + "01000000" + "10000000" + "11".repeat(16);

    static final ObjectMapper MAPPER = new ObjectMapper();

    private VectorGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: VectorGenerator <vectors dir>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        for (Map.Entry<String, byte[]> file : generate(dir).entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
            System.out.println("wrote " + dir.resolve(file.getKey()));
        }
    }

    /**
     * Every generated file, name to bytes, in writing order.
     *
     * @param vectorsDir the folder holding {@code upstream/}
     */
    public static Map<String, byte[]> generate(Path vectorsDir) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(KEY_DATA_FILE, toBytes(keyDataBlobTest(vectorsDir)));
        files.put(AesWrapKeyBlobVectors.FILE, toBytes(AesWrapKeyBlobVectors.build(vectorsDir)));
        files.put(MlKemVectors.FILE, toBytes(MlKemVectors.file(vectorsDir)));
        files.put(MlDsaVectors.FILE, toBytes(MlDsaVectors.file(vectorsDir)));
        files.put(SlhDsaVectors.FILE, toBytes(SlhDsaVectors.file(vectorsDir)));
        files.put(LmsVectors.FILE, toBytes(LmsVectors.file(vectorsDir)));
        files.put(XmssVectors.FILE, toBytes(XmssVectors.file(vectorsDir)));
        StringBuilder index = new StringBuilder("# Vector files packaged in cngkit-vectors; written by ")
                .append(VectorGenerator.class.getName()).append('\n');
        files.keySet().stream().sorted().forEach(name -> index.append(name).append('\n'));
        files.put(INDEX_FILE, index.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }

    // ---------------------------------------------------------------- key_data_blob_test.json

    private static ObjectNode keyDataBlobTest(Path vectorsDir) {
        FileBuilder file = new FileBuilder();
        file.header(
                "BCryptExportKey on symmetric keys: BCRYPT_KEY_DATA_BLOB (KeyDataBlob) and BCRYPT_OPAQUE_KEY_BLOB (OpaqueKeyBlob).",
                "Each test group holds one key; key.secret is the key as given to BCryptGenerateSymmetricKey (or imported).",
                "Every group exports its key twice: as BCRYPT_KEY_DATA_BLOB, whose exact bytes are expected, and as",
                "BCRYPT_OPAQUE_KEY_BLOB, whose content belongs to the provider, so only STATUS_SUCCESS is expected.",
                "A KEY_DATA blob is the 12-byte BCRYPT_KEY_DATA_BLOB_HEADER (magic 0x4d42444b = \"KDBM\" in memory,",
                "version 1, cbKeyData; little-endian u4 each) followed by the secret. Layout:",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_key_data_blob_header",
                "source.name says where a key comes from: rfc3394 (key data of RFC 3394 section 4),",
                "windows-observed (keys whose export was seen on Windows), cngkit-vectorgen (derived from a seed).",
                "Seeded keys: concatenated SHA-256(seed || counter) blocks, counter a 4-byte big-endian number from 0,",
                "seed the UTF-8 text after 'seed ' in source.ref; 3DES keys then get odd parity in every byte.",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/; do not edit by hand.");
        file.note("Rfc3394KeyData", "BASIC",
                "The key is the 'Key Data' of an RFC 3394 section 4 test vector, used here as a plain AES key (not wrapped).",
                "RFC 3394 section 4; vectors/upstream/aes-kw/rfc3394/rfc3394-section4.json");
        file.note("WindowsObserved", "BASIC",
                "Windows was seen to export exactly this blob for this key. Wine's conformance test (which passes on "
                        + "Windows) imports the 16 x 0x11 blob as KeyDataBlob and requires the export to return the same "
                        + "28 bytes; it imports the 32 x 0x22 blob, wraps that key under the first with AES key wrap, "
                        + "unwraps it into a new key and requires its KeyDataBlob export to equal the imported 44 bytes.",
                "wine-mirror/wine dlls/bcrypt/tests/bcrypt.c test_key_import_export; blob-layouts digest 2.1 [S-WT1]");
        file.note("SeededKey", "BASIC",
                "The key bytes come from the cngkit generator's seeded SHA-256 stream; the seed is in source.ref.",
                "org.cngkit.vectors.gen.SeededBytes; vectors/PROVENANCE.md");
        file.note("OddParityDesKey", "EDGE_CASE",
                "Every byte of the 3DES key already has odd DES parity (its low bit makes the count of one bits odd), "
                        + "its three 8-byte DES keys are distinct and none is weak or semi-weak. An implementation that "
                        + "keeps key bytes as given and one that sets the parity bits itself therefore export the same "
                        + "bytes, and the expected blob holds for both. Whether Windows normalises parity is not documented.",
                "FIPS 46-3 (DES parity bits); NIST SP 800-67 Rev. 2 (TDEA keying options)");
        file.note("OpaqueBlob", "FUNCTIONALITY",
                "BCRYPT_OPAQUE_KEY_BLOB content is private to the provider and may change between its versions: only "
                        + "the status is expected. Whether the blob re-imports is for the kit to check, not a vector.",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey; blob-layouts digest 4.2");

        JsonNode rfc = readJson(vectorsDir.resolve(RFC3394_INPUT));
        for (String section : List.of("4.1", "4.4", "4.6")) {
            byte[] secret = HexFormat.of().parseHex(rfc3394KeyData(rfc, section));
            String label = "AES-" + secret.length * 8;
            file.symmetricGroup(source("rfc3394", "2002-09", "RFC 3394 section " + section), "AES", secret,
                    label + " key, RFC 3394 section " + section + " key data", "Rfc3394KeyData");
        }

        byte[] windows128 = filled(16, 0x11);
        if (!HexFormat.of().formatHex(KeyDataBlobWriter.write(windows128)).equals(WINDOWS_AES128_BLOB)) {
            throw new IllegalStateException("the KEY_DATA writer disagrees with the blob observed on Windows");
        }
        ObjectNode observed = source("windows-observed", "Wine conformance suite, dlls/bcrypt/tests/bcrypt.c",
                "test_key_import_export; blob-layouts digest 2.1 [S-WT1]");
        file.symmetricGroup(observed, "AES", windows128, "AES-128 key of 16 x 0x11 (28-byte blob seen on Windows)",
                "WindowsObserved");
        file.symmetricGroup(observed.deepCopy(), "AES", filled(32, 0x22),
                "AES-256 key of 32 x 0x22 (44-byte blob seen on Windows)", "WindowsObserved");

        for (int bits : new int[] {128, 192, 256}) {
            String seed = "cngkit/key_data_blob_test/AES-" + bits + "/1";
            file.symmetricGroup(source(NAME, VERSION, "seed " + seed), "AES", new SeededBytes(seed).next(bits / 8),
                    "AES-" + bits + " seeded key", "SeededKey");
        }
        for (int n = 1; n <= 2; n++) {
            String seed = "cngkit/key_data_blob_test/3DES/" + n;
            file.symmetricGroup(source(NAME, VERSION, "seed " + seed), "3DES", DesKeys.tripleDesKey(new SeededBytes(seed)),
                    "3DES (three-key) seeded key with odd-parity bytes", "SeededKey", "OddParityDesKey");
        }
        return file.build();
    }

    private static String rfc3394KeyData(JsonNode rfc, String section) {
        for (JsonNode test : rfc.get("tests")) {
            if (section.equals(test.get("section").asText())) {
                return test.get("keyData").asText().toLowerCase(Locale.ROOT);
            }
        }
        throw new IllegalStateException(RFC3394_INPUT + " has no section " + section);
    }

    static ObjectNode source(String name, String version, String ref) {
        ObjectNode source = MAPPER.createObjectNode();
        source.put("name", name);
        source.put("version", version);
        source.put("ref", ref);
        return source;
    }

    /** Builds one file in the envelope's member order; tgId and tcId count from 1. */
    static final class FileBuilder {
        private final ObjectNode root = MAPPER.createObjectNode();
        private final ArrayNode header;
        private final ObjectNode notes;
        private final ArrayNode groups;
        private int tcId;

        FileBuilder() {
            root.put("schema", SCHEMA);
            ObjectNode generator = root.putObject("generator");
            generator.put("name", NAME);
            generator.put("version", VERSION);
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
            ArrayNode tests = group(source, algorithm, secret.length * 8, key);
            addTest(tests, what + ", exported as BCRYPT_KEY_DATA_BLOB", List.of(flags), KEY_DATA, KeyDataBlobWriter.write(secret));
            addTest(tests, what + ", exported as BCRYPT_OPAQUE_KEY_BLOB", List.of("OpaqueBlob"), OPAQUE, null);
        }

        /** A new group holding {@code key}; returns its (empty) tests array. */
        ArrayNode group(ObjectNode source, String algorithm, int keyBits, ObjectNode key) {
            ObjectNode group = groups.addObject();
            group.put("tgId", groups.size());
            group.set("source", source);
            group.put("algorithm", algorithm);
            group.put("keyBits", keyBits);
            group.set("key", key);
            return group.putArray("tests");
        }

        /** A new group holding a key sized by its parameter set (no keyBits); returns its (empty) tests array. */
        ArrayNode group(ObjectNode source, String algorithm, ObjectNode key) {
            ObjectNode group = groups.addObject();
            group.put("tgId", groups.size());
            group.set("source", source);
            group.put("algorithm", algorithm);
            group.set("key", key);
            return group.putArray("tests");
        }

        /** A new test with the next tcId and the members every test has; the caller adds the rest in order. */
        ObjectNode test(ArrayNode tests, String comment, List<String> flags, String blobType) {
            ObjectNode test = tests.addObject();
            test.put("tcId", ++tcId);
            test.put("comment", comment);
            ArrayNode flagArray = test.putArray("flags");
            flags.forEach(flagArray::add);
            test.put("blobType", blobType);
            return test;
        }

        /** A test that expects STATUS_SUCCESS and, when {@code blob} is not null, exactly that blob. */
        void addTest(ArrayNode tests, String comment, List<String> flags, String blobType, byte[] blob) {
            ObjectNode expected = test(tests, comment, flags, blobType).putObject("expected");
            expected.put("status", SUCCESS);
            if (blob != null) {
                expected.put("blob", HexFormat.of().formatHex(blob));
            }
        }

        ObjectNode build() {
            root.put("numberOfTests", tcId);
            return root;
        }
    }

    // ---------------------------------------------------------------- output

    private static byte[] toBytes(JsonNode node) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        try {
            String json = MAPPER.writer(printer).writeValueAsString(node);
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode readJson(Path path) {
        try {
            return MAPPER.readTree(path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read generator input " + path, e);
        }
    }

    static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
