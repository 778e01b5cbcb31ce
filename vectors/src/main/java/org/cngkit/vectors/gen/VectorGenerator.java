package org.cngkit.vectors.gen;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the vector files of cngkit-vectors. Vectors are never typed by hand: this class derives
 * every file from the upstream inputs copied under {@code upstream/} and from fixed seeds, and a
 * test checks that the committed files are byte for byte what it writes now.
 *
 * <p>Usage: {@code VectorGenerator <vectors dir>} (the module folder {@code vectors/}); it reads
 * {@code upstream/...} there and writes one {@code *_blob_test.json} per key family and {@code index.txt}.
 * Output is deterministic: fixed member order, two-space indent, LF line ends, final newline.
 */
public final class VectorGenerator {
    public static final String NAME = "cngkit-vectorgen";
    public static final String VERSION = "1";
    public static final String SCHEMA = "key_blob_test_schema_v1.json";
    public static final String KEY_DATA_FILE = "key_data_blob_test.json";
    public static final String INDEX_FILE = "index.txt";
    static final String RFC3394_INPUT = "upstream/aes-kw/rfc3394/rfc3394-section4.json";

    /** Wine's test_key_import_export (passes on Windows): 16 x 0x11 exports as exactly these 28 bytes. */
    static final String WINDOWS_AES128_BLOB = "4b44424d" + "01000000" + "10000000" + "11".repeat(16);

    private static final ObjectMapper MAPPER = new ObjectMapper();

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
        files.put(KEY_DATA_FILE, toBytes(KeyDataVectors.file(vectorsDir)));
        files.put(RsaVectors.FILE, toBytes(RsaVectors.file(vectorsDir)));
        files.put(EccVectors.FILE, toBytes(EccVectors.file(vectorsDir)));
        files.put(NamedCurveVectors.FILE, toBytes(NamedCurveVectors.file(vectorsDir)));
        files.put(DsaVectors.FILE, toBytes(DsaVectors.file()));
        files.put(DhVectors.FILE, toBytes(DhVectors.file()));
        files.put(LegacyVectors.FILE, toBytes(LegacyVectors.file(vectorsDir)));
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
