package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code mldsa_key_blob_test.json}: ML-DSA keys from NIST ACVP keyGen vectors (seed xi, pk, sk), exported as
 * BCRYPT_PQDSA_PUBLIC_BLOB, BCRYPT_PQDSA_PRIVATE_BLOB and BCRYPT_PQDSA_PRIVATE_SEED_BLOB, and from Wycheproof
 * signing vectors, which give the seed and the public key but no expanded private key (public and seed blobs only).
 */
final class MlDsaVectors {
    static final String FILE = "mldsa_key_blob_test.json";
    static final String ACVP_INPUT = "upstream/ml-dsa-keygen/acvp/ML-DSA-keyGen-FIPS204/internalProjection.json";
    static final String WYCHEPROOF_INPUT = "upstream/ml-dsa-keygen/wycheproof/mldsa_%s_sign_seed_test.json";

    private MlDsaVectors() {
    }

    static ObjectNode file(Path vectorsDir) {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on ML-DSA keys (FIPS 204): BCRYPT_PQDSA_PUBLIC_BLOB, BCRYPT_PQDSA_PRIVATE_BLOB and",
                "BCRYPT_PQDSA_PRIVATE_SEED_BLOB. Each group holds one key from an upstream vector: key.seed is the 32-byte",
                "seed xi, key.publicKey pk, key.privateKey the expanded sk (ACVP only), exactly as upstream gives them;",
                "key.parameterSet is the ParameterSetName value (44, 65, 87; no 'ML-DSA-' prefix).",
                "Every blob is the 12-byte header (magic, cbParameterSet, cbKey; little-endian u4), the parameter set in",
                "UTF-16LE with its NUL (cbParameterSet 6), then the upstream bytes. Magics in memory: DSPK (public),",
                "DSSK (private), DSSS (seed). Layout: blob-layouts digest 2.8;",
                "https://learn.microsoft.com/en-us/windows/win32/seccng/bcrypt/ns-bcrypt-bcrypt_pqdsa_key_blob",
                "source.ref names the upstream file (a copy under vectors/upstream/) and the tcId of the key.",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/; do not edit by hand.");
        file.note("AcvpKeyGen", "BASIC",
                "The key of a NIST ACVP ML-DSA-keyGen-FIPS204 test: pk and sk are what ML-DSA.KeyGen_internal(xi) gives"
                        + " for the test's seed xi.",
                "NIST ACVP ML-DSA-keyGen-FIPS204; FIPS 204 algorithm 6; vectors/upstream/ml-dsa-keygen/SOURCES.md");
        file.note("WycheproofSeedKey", "BASIC",
                "The key of a Wycheproof mldsa_*_sign_seed test group: privateSeed (xi) and publicKey. Wycheproof gives"
                        + " the private key only as seed-only PKCS#8, so the group has no expanded private key and no"
                        + " BCRYPT_PQDSA_PRIVATE_BLOB test.",
                "C2SP/wycheproof testvectors_v1/mldsa_*_sign_seed_test.json; vectors/upstream/ml-dsa-keygen/SOURCES.md");
        file.note("SeedBlob", "FUNCTIONALITY",
                "A seed blob can be exported only from a key that BCrypt generated or that was imported from a seed blob;"
                        + " a key imported from the expanded private key has no seed and its seed export fails with"
                        + " STATUS_NOT_SUPPORTED. The expected blob is for a key made from the seed.",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey (STATUS_NOT_SUPPORTED)");

        AcvpKeyGenFile acvp = AcvpKeyGenFile.read(vectorsDir, ACVP_INPUT, "py-acvp-pqc mirror, 2025-06-04");
        acvp.forEachTest((upstreamSet, tgId, test) -> new PqKeyGroup(PqKeyFamily.ML_DSA,
                AcvpKeyGenFile.cngParameterSet(upstreamSet, "ML-DSA-"), upstreamSet, "ACVP tcId " + test.get("tcId").asText(),
                PqKeyGroup.hex(test.get("seed").asText()), PqKeyGroup.hex(test.get("pk").asText()),
                PqKeyGroup.hex(test.get("sk").asText()))
                .addTo(file, acvp.source(tgId, test), List.of("AcvpKeyGen")));
        for (String set : List.of("44", "65", "87")) {
            String input = String.format(WYCHEPROOF_INPUT, set);
            JsonNode wycheproof = VectorGenerator.readJson(vectorsDir.resolve(input));
            String label = wycheproof.get("algorithm").asText();
            ObjectNode source = VectorFileBuilder.source("wycheproof", "C2SP/wycheproof dac1dd47, "
                    + wycheproof.get("schema").asText(), "vectors/" + input);
            for (JsonNode group : wycheproof.get("testGroups")) {
                // groups have no id: the key is named by the tcId of its first test
                String tcId = group.get("tests").get(0).get("tcId").asText();
                new PqKeyGroup(PqKeyFamily.ML_DSA, AcvpKeyGenFile.cngParameterSet(label, "ML-DSA-"), label,
                        "Wycheproof group of tcId " + tcId, PqKeyGroup.hex(group.get("privateSeed").asText()),
                        PqKeyGroup.hex(group.get("publicKey").asText()), null)
                        .addTo(file, PqKeyGroup.at(source, "group of tcId " + tcId), List.of("WycheproofSeedKey"));
            }
        }
        return file.build();
    }
}
