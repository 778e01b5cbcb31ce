package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * {@code xmss_key_blob_test.json}: XMSS public keys (RFC 8391 encoding) exported as BCRYPT_PQDSA_PUBLIC_BLOB, from
 * third-party known answers. Only the public-key bytes are used: Bouncy Castle does not derive these keys from
 * their seeds (shared/vectors-upstream/SURVEY.md section 5), so nothing here asks an implementation to.
 */
final class XmssVectors {
    static final String FILE = "xmss_key_blob_test.json";
    static final List<String> INPUTS = List.of(
            "upstream/xmss-keygen/third-party-pqc-kat/XMSS-keyGen-SHA256-N32-H10",
            "upstream/xmss-keygen/third-party-pqc-kat/XMSS-keyGen-SHA256-N24-H10",
            "upstream/xmss-keygen/third-party-pqc-kat/XMSS-keyGen-SHAKE256-N32-H10");
    static final String XMSS_PREFIX = "XMSS-";

    private XmssVectors() {
    }

    static ObjectNode file(Path vectorsDir) {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on XMSS public keys (RFC 8391, SP 800-208): BCRYPT_PQDSA_PUBLIC_BLOB, magic XMPK.",
                "Each group holds one XMSS public key as upstream gives it: u32 OID || root || PUB_SEED, 4 + 2n bytes.",
                "Microsoft documents neither the key bytes of an XMSS blob nor XMSS parameter-set names (UNCONFIRMED).",
                "These vectors follow the choice of the cngkit reference: the RFC 8391 public key encoding, and the",
                "RFC 8391 / SP 800-208 name without 'XMSS-' as parameter set (SHA2_10_256, SHAKE256_10_256, ...). There is",
                "no private XMSS blob (bcrypt.h defines no XMSS private magic). XMSS is not in Windows BCrypt as of 2026.",
                "No authoritative XMSS vectors exist; these are third-party known answers, used only for the layout of",
                "the public key (import, then export), never for key generation.",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/; do not edit by hand.");
        file.note("ThirdPartyKat", "BASIC",
                "A public key from the third-party post-quantum-cryptography/KAT collection, recomputed independently"
                        + " (RFC 8391 with SP 800-208 seed expansion). Bouncy Castle derives other keys from the same seeds,"
                        + " so the vector is for the blob layout only.",
                "post-quantum-cryptography/KAT XMSS; vectors/upstream/xmss-keygen/SOURCES.md");
        file.note("UndocumentedKeyEncoding", "EDGE_CASE",
                "The magic XMPK is in bcrypt.h, but the key bytes and the parameter-set name of an XMSS blob are not"
                        + " documented; the expected blob is the reference's choice (UNCONFIRMED for CNG).",
                "blob-layouts digest 2.8 (LMS/XMSS: UNCONFIRMED)");

        for (String folder : INPUTS) {
            JsonNode prompt = VectorGenerator.readJson(vectorsDir.resolve(folder + "/prompt.json"));
            JsonNode expected = VectorGenerator.readJson(vectorsDir.resolve(folder + "/expectedResults.json"));
            Iterator<JsonNode> results = expected.get("testGroups").iterator();
            for (JsonNode group : prompt.get("testGroups")) {
                String param = group.get("param").asText();
                JsonNode resultGroup = results.next();
                if (!resultGroup.get("tgId").equals(group.get("tgId"))) {
                    throw new IllegalStateException(folder + ": prompt and expectedResults list their groups differently");
                }
                for (JsonNode result : resultGroup.get("tests")) {
                    String tcId = result.get("tcId").asText();
                    ObjectNode source = VectorFileBuilder.source("pqc-kat", "post-quantum-cryptography/KAT f238e347, "
                            + param + " (OID " + group.get("OID").asText() + ")",
                            "vectors/" + folder + "/expectedResults.json tgId " + resultGroup.get("tgId").asText() + " tcId " + tcId);
                    new PqKeyGroup(PqKeyFamily.XMSS, AcvpKeyGenFile.cngParameterSet(param, XMSS_PREFIX), param,
                            "third-party tcId " + tcId, null, PqKeyGroup.hex(result.get("publicKey").asText()), null)
                            .addTo(file, source, List.of("ThirdPartyKat", "UndocumentedKeyEncoding"));
                }
            }
        }
        return file.build();
    }
}
