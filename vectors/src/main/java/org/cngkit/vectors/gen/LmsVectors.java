package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code lms_key_blob_test.json}: LMS public keys (RFC 8554 encoding) exported as BCRYPT_PQDSA_PUBLIC_BLOB, from
 * NIST ACVP LMS-keyGen-1.0, RFC 8554 test case 2 and third-party ACVP-format known answers.
 */
final class LmsVectors {
    static final String FILE = "lms_key_blob_test.json";
    static final String ACVP_INPUT = "upstream/lms-keygen/acvp/LMS-keyGen-1.0/internalProjection.json";
    static final String RFC8554_INPUT = "upstream/lms-keygen/rfc8554/rfc8554-testcase2-keys.json";
    static final List<String> THIRD_PARTY_INPUTS = List.of(
            "upstream/lms-keygen/third-party-pqc-kat/LMS-keyGen-1.0-SHA256-M32-H5_H10/internalProjection.json",
            "upstream/lms-keygen/third-party-pqc-kat/LMS-keyGen-1.0-SHAKE-M24-H5_H10/internalProjection.json",
            "upstream/lms-keygen/third-party-pqc-kat/LMS-keyGen-1.0-SHAKE-M32-H5_H10/internalProjection.json");
    static final String LMS_PREFIX = "LMS_";

    private LmsVectors() {
    }

    static ObjectNode file(Path vectorsDir) {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on LMS public keys (RFC 8554, SP 800-208): BCRYPT_PQDSA_PUBLIC_BLOB, magic LMPK.",
                "Each group holds one single-level LMS public key as upstream gives it: u32 LMS type || u32 LM-OTS type ||",
                "I (16 bytes) || T[1] (m bytes), 24 + m bytes in all. Microsoft documents neither the key bytes of an LMS",
                "blob nor LMS parameter-set names (UNCONFIRMED). These vectors follow the choice of the cngkit reference:",
                "the RFC 8554 public key encoding, and the SP 800-208 LMS type name without 'LMS_' as parameter set",
                "(SHA256_M32_H10, SHAKE_M24_H5, ...; the LM-OTS type is read from the key). There is no private LMS blob",
                "(bcrypt.h defines no LMS private magic). LMS is not in Windows BCrypt as of 2026.",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/; do not edit by hand.");
        file.note("AcvpKeyGen", "BASIC",
                "The public key of a NIST ACVP LMS-keyGen-1.0 test (computed from its SEED and I).",
                "NIST ACVP LMS-keyGen-1.0; vectors/upstream/lms-keygen/SOURCES.md");
        file.note("Rfc8554TestCase", "BASIC",
                "A per-level LMS public key of RFC 8554 Appendix F test case 2 (the HSS key's levels).",
                "RFC 8554 Appendix F; vectors/upstream/lms-keygen/SOURCES.md");
        file.note("ThirdPartyKat", "BASIC",
                "A public key from the third-party post-quantum-cryptography/KAT collection (ACVP format, not NIST),"
                        + " which Bouncy Castle reproduces from its SEED and I.",
                "post-quantum-cryptography/KAT LMS; vectors/upstream/lms-keygen/SOURCES.md");
        file.note("UndocumentedKeyEncoding", "EDGE_CASE",
                "The magic LMPK is in bcrypt.h, but the key bytes and the parameter-set name of an LMS blob are not"
                        + " documented; the expected blob is the reference's choice (UNCONFIRMED for CNG).",
                "blob-layouts digest 2.8 (LMS/XMSS: UNCONFIRMED)");

        AcvpKeyGenFile acvp = AcvpKeyGenFile.read(vectorsDir, ACVP_INPUT, "nist-acvp",
                "ACVP-Server 19b124b4, typed in from a code index", "lmsMode");
        acvp.forEachTest((lmsMode, tgId, test) -> group(lmsMode, "ACVP tcId " + test.get("tcId").asText(),
                test.get("publicKey").asText()).addTo(file, acvp.source(tgId, test),
                List.of("AcvpKeyGen", "UndocumentedKeyEncoding")));

        JsonNode rfc = VectorGenerator.readJson(vectorsDir.resolve(RFC8554_INPUT));
        for (JsonNode key : rfc.get("keys")) {
            String name = key.get("name").asText();
            group(key.get("lmsTypeName").asText(), "RFC 8554 " + name, key.get("lmsPublicKey").asText())
                    .addTo(file, VectorFileBuilder.source("rfc8554", "2019-04", "vectors/" + RFC8554_INPUT + " " + name),
                            List.of("Rfc8554TestCase", "UndocumentedKeyEncoding"));
        }

        for (String input : THIRD_PARTY_INPUTS) {
            AcvpKeyGenFile kat = AcvpKeyGenFile.read(vectorsDir, input, "pqc-kat",
                    "post-quantum-cryptography/KAT f238e347", "lmsMode");
            // the first test of each group: one key per LMS / LM-OTS pair
            Set<String> groupsSeen = new HashSet<>();
            kat.forEachTest((lmsMode, tgId, test) -> {
                if (groupsSeen.add(tgId)) {
                    group(lmsMode, "third-party tcId " + test.get("tcId").asText(), test.get("publicKey").asText())
                            .addTo(file, kat.source(tgId, test), List.of("ThirdPartyKat", "UndocumentedKeyEncoding"));
                }
            });
        }
        return file.build();
    }

    private static PqKeyGroup group(String lmsMode, String origin, String publicKey) {
        return new PqKeyGroup(PqKeyFamily.LMS, AcvpKeyGenFile.cngParameterSet(lmsMode, LMS_PREFIX), lmsMode, origin,
                null, PqKeyGroup.hex(publicKey), null);
    }
}
