package org.cngkit.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bouncycastle.util.encoders.Hex;
import org.cngkit.spi.BlobTypes;

/**
 * Fuzz seeds from the vector files in {@code ../vectors/}: expected blobs and import inputs, on the import path their
 * group's algorithm and blob type name when the reference claims that path, the first two distinct ones per path. Only inputs are taken from the
 * vectors: the reference's answers are judged by {@link ImportExportProperty}, never against a vector's expectation
 * (the kit does that), so the reference stays independent of the vectors.
 */
final class VectorSeeds {
    static final Path VECTORS = Path.of("..", "vectors");

    /** A seed: where it goes in, its bytes, and the vector it came from. */
    record Seed(ImportPath path, byte[] blob, String origin) {
        @Override
        public String toString() {
            return origin + " (" + path + ")";
        }
    }

    /** The vectors name blob types by their bcrypt.h macro; the SPI by the string the macro stands for. */
    private static final Map<String, String> MACRO_TO_TYPE = Map.of(
            "BCRYPT_AES_WRAP_KEY_BLOB", BlobTypes.AES_WRAP_KEY,
            "BCRYPT_PUBLIC_KEY_BLOB", BlobTypes.PUBLIC_KEY,
            "BCRYPT_PRIVATE_KEY_BLOB", BlobTypes.PRIVATE_KEY,
            "LEGACY_RSAPUBLIC_BLOB", BlobTypes.LEGACY_RSA_PUBLIC,
            "LEGACY_RSAPRIVATE_BLOB", BlobTypes.LEGACY_RSA_PRIVATE,
            "LEGACY_DSA_PUBLIC_BLOB", BlobTypes.LEGACY_DSA_PUBLIC,
            "LEGACY_DSA_PRIVATE_BLOB", BlobTypes.LEGACY_DSA_PRIVATE,
            "LEGACY_DSA_V2_PRIVATE_BLOB", BlobTypes.LEGACY_DSA_V2_PRIVATE,
            "LEGACY_DH_PUBLIC_BLOB", BlobTypes.LEGACY_DH_PUBLIC,
            "LEGACY_DH_PRIVATE_BLOB", BlobTypes.LEGACY_DH_PRIVATE);

    private VectorSeeds() {
    }

    /** The SPI string of a macro name: the table above, else the macro without BCRYPT_ and underscores. */
    static String blobType(String macro) {
        String type = MACRO_TO_TYPE.get(macro);
        if (type != null) {
            return type;
        }
        String bare = macro.replaceFirst("^BCRYPT_", "").replace("_", "");
        return bare.equalsIgnoreCase(BlobTypes.KEY_DATA) ? BlobTypes.KEY_DATA
                : bare.equalsIgnoreCase(BlobTypes.OPAQUE_KEY) ? BlobTypes.OPAQUE_KEY : bare;
    }

    /** Seeds per import path: enough to reach every reader's success path, few enough for a short regression pass. */
    static final int PER_PATH = 2;

    /** The first {@link #PER_PATH} distinct blobs of every import path the vectors reach, in file order. */
    static List<Seed> all(List<ImportPath> paths) {
        List<Seed> seeds = new ArrayList<>();
        Map<ImportPath, List<String>> taken = new HashMap<>();
        try (Stream<Path> files = Files.list(VECTORS)) {
            for (Path file : files.filter(f -> f.toString().endsWith("_test.json")).sorted().toList()) {
                JsonNode root = new ObjectMapper().readTree(file.toFile());
                for (JsonNode group : root.path("testGroups")) {
                    String algorithm = group.path("algorithm").asText();
                    for (JsonNode test : group.path("tests")) {
                        ImportPath path = new ImportPath(algorithm, blobType(test.path("blobType").asText()));
                        String hex = test.has("input") ? test.path("input").asText()
                                : test.path("expected").path("blob").asText("");
                        List<String> same = taken.computeIfAbsent(path, p -> new ArrayList<>());
                        if (!hex.isEmpty() && paths.contains(path) && same.size() < PER_PATH && !same.contains(hex)) {
                            same.add(hex);
                            seeds.add(new Seed(path, Hex.decode(hex),
                                    file.getFileName() + " tcId " + test.path("tcId").asInt()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return seeds;
    }
}
