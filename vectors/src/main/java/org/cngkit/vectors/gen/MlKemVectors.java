package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code mlkem_key_blob_test.json}: ML-KEM key pairs from NIST ACVP and Wycheproof keyGen vectors, each exported
 * as BCRYPT_MLKEM_PUBLIC_BLOB (ek), BCRYPT_MLKEM_PRIVATE_BLOB (dk) and BCRYPT_MLKEM_PRIVATE_SEED_BLOB (d || z).
 */
final class MlKemVectors {
    static final String FILE = "mlkem_key_blob_test.json";
    static final String ACVP_INPUT = "upstream/ml-kem-keygen/acvp/ML-KEM-keyGen-FIPS203/internalProjection.json";
    static final String WYCHEPROOF_INPUT = "upstream/ml-kem-keygen/wycheproof/mlkem_%s_keygen_seed_test.json";

    private MlKemVectors() {
    }

    static ObjectNode file(Path vectorsDir) {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on ML-KEM keys (FIPS 203): BCRYPT_MLKEM_PUBLIC_BLOB, BCRYPT_MLKEM_PRIVATE_BLOB and",
                "BCRYPT_MLKEM_PRIVATE_SEED_BLOB. Each group holds one key pair from an upstream keyGen vector: key.seed is",
                "d || z (64 bytes, d first), key.publicKey the encapsulation key ek, key.privateKey the decapsulation key dk,",
                "all exactly as upstream gives them; key.parameterSet is the ParameterSetName value (512, 768, 1024).",
                "Every blob is the 12-byte header (magic, cbParameterSet, cbKey; little-endian u4), the parameter set in",
                "UTF-16LE with its NUL (cbParameterSet 8, 8, 10), then the upstream bytes. Magics in memory: MLKP (public),",
                "MLKR (private), MLKS (seed). Layout: blob-layouts digest 2.7;",
                "https://learn.microsoft.com/en-us/windows/win32/seccng/bcrypt/ns-bcrypt-bcrypt_mlkem_key_blob",
                "source.ref names the upstream file (a copy under vectors/upstream/) and the tcId of the key.",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/; do not edit by hand.");
        file.note("AcvpKeyGen", "BASIC",
                "The key pair of a NIST ACVP ML-KEM-keyGen-FIPS203 test: ek and dk are what ML-KEM.KeyGen_internal(d, z)"
                        + " gives for the test's d and z. The seed blob holds d followed by z, although the ACVP file lists z first.",
                "NIST ACVP ML-KEM-keyGen-FIPS203; FIPS 203 algorithm 16; vectors/upstream/ml-kem-keygen/SOURCES.md");
        file.note("WycheproofKeyGen", "BASIC",
                "The key pair of a Wycheproof mlkem_*_keygen_seed test (seed = d || z, ek, dk), an independent second source.",
                "C2SP/wycheproof testvectors_v1/mlkem_*_keygen_seed_test.json; vectors/upstream/ml-kem-keygen/SOURCES.md");
        file.note("SeedBlob", "FUNCTIONALITY",
                "A seed blob can be exported only from a key that BCrypt generated or that was imported from a seed blob;"
                        + " a key imported from the expanded decapsulation key has no seed and its seed export fails with"
                        + " STATUS_NOT_SUPPORTED. The expected blob is for a key made from the seed.",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey (remarks)");

        AcvpKeyGenFile acvp = AcvpKeyGenFile.read(vectorsDir, ACVP_INPUT, "py-acvp-pqc mirror, 2025-06-04");
        acvp.forEachTest((upstreamSet, tgId, test) -> {
            byte[] seed = concat(PqKeyGroup.hex(test.get("d").asText()), PqKeyGroup.hex(test.get("z").asText()));
            new PqKeyGroup(PqKeyFamily.ML_KEM, AcvpKeyGenFile.cngParameterSet(upstreamSet, "ML-KEM-"), upstreamSet,
                    "ACVP tcId " + test.get("tcId").asText(), seed,
                    PqKeyGroup.hex(test.get("ek").asText()), PqKeyGroup.hex(test.get("dk").asText()))
                    .addTo(file, acvp.source(tgId, test), List.of("AcvpKeyGen"));
        });
        for (String set : List.of("512", "768", "1024")) {
            String input = String.format(WYCHEPROOF_INPUT, set);
            JsonNode wycheproof = VectorGenerator.readJson(vectorsDir.resolve(input));
            ObjectNode source = VectorFileBuilder.source("wycheproof", "C2SP/wycheproof dac1dd47, "
                    + wycheproof.get("schema").asText(), "vectors/" + input);
            for (JsonNode group : wycheproof.get("testGroups")) {
                String label = group.get("parameterSet").asText();
                for (JsonNode test : group.get("tests")) {
                    String tcId = test.get("tcId").asText();
                    new PqKeyGroup(PqKeyFamily.ML_KEM, AcvpKeyGenFile.cngParameterSet(label, "ML-KEM-"), label,
                            "Wycheproof tcId " + tcId, PqKeyGroup.hex(test.get("seed").asText()),
                            PqKeyGroup.hex(test.get("ek").asText()), PqKeyGroup.hex(test.get("dk").asText()))
                            .addTo(file, PqKeyGroup.at(source, "tcId " + tcId), List.of("WycheproofKeyGen"));
                }
            }
        }
        return file.build();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
