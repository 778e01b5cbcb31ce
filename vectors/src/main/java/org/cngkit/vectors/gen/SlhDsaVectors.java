package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code slhdsa_key_blob_test.json}: SLH-DSA keys of all twelve FIPS 205 parameter sets from NIST ACVP keyGen
 * vectors, exported as BCRYPT_PQDSA_PUBLIC_BLOB and BCRYPT_PQDSA_PRIVATE_BLOB (bcrypt.h has no SLH-DSA seed magic).
 */
final class SlhDsaVectors {
    static final String FILE = "slhdsa_key_blob_test.json";
    static final String ACVP_INPUT = "upstream/slh-dsa-keygen/acvp/SLH-DSA-keyGen-FIPS205/internalProjection.json";

    private SlhDsaVectors() {
    }

    static ObjectNode file(Path vectorsDir) {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on SLH-DSA keys (FIPS 205): BCRYPT_PQDSA_PUBLIC_BLOB and BCRYPT_PQDSA_PRIVATE_BLOB.",
                "Each group holds one key of a NIST ACVP keyGen test: key.publicKey is PK.seed || PK.root (2n bytes),",
                "key.privateKey SK.seed || SK.prf || PK.seed || PK.root (4n bytes), exactly as ACVP gives pk and sk;",
                "key.parameterSet is the ParameterSetName value of bcrypt.h (SHA2-128s ... SHAKE-256f, no 'SLH-DSA-').",
                "Every blob is the 12-byte header (magic, cbParameterSet, cbKey; little-endian u4), the parameter set in",
                "UTF-16LE with its NUL (cbParameterSet 20 for SHA2-*, 22 for SHAKE-*), then the upstream bytes. Magics in",
                "memory: SHPK (public), SHSK (private). Layout: blob-layouts digest 2.8. Microsoft does not document the",
                "SLH-DSA key material in the blob (UNCONFIRMED); these vectors use the FIPS 205 encodings.",
                "SLH-DSA is named in bcrypt.h and on the BCryptExportKey page but is not in Windows BCrypt as of 2026.",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/; do not edit by hand.");
        file.note("AcvpKeyGen", "BASIC",
                "The key of a NIST ACVP SLH-DSA-keyGen-FIPS205 test: pk and sk are what slh_keygen_internal(SK.seed,"
                        + " SK.prf, PK.seed) gives; only PK.root is computed, the rest is concatenation.",
                "NIST ACVP SLH-DSA-keyGen-FIPS205; FIPS 205 algorithm 18; vectors/upstream/slh-dsa-keygen/SOURCES.md");
        file.note("UndocumentedKeyEncoding", "EDGE_CASE",
                "The page and bcrypt.h define the SLH-DSA magics and parameter-set names but not the key bytes that follow;"
                        + " the expected blob carries the FIPS 205 encoding, the only standard one (UNCONFIRMED for CNG).",
                "blob-layouts digest 2.8 (SLH-DSA key material: UNCONFIRMED)");

        AcvpKeyGenFile acvp = AcvpKeyGenFile.read(vectorsDir, ACVP_INPUT, "py-acvp-pqc mirror, 2025-01-15");
        acvp.forEachTest((upstreamSet, tgId, test) -> new PqKeyGroup(PqKeyFamily.SLH_DSA,
                AcvpKeyGenFile.cngParameterSet(upstreamSet, "SLH-DSA-"), upstreamSet, "ACVP tcId " + test.get("tcId").asText(),
                null, PqKeyGroup.hex(test.get("pk").asText()), PqKeyGroup.hex(test.get("sk").asText()))
                .addTo(file, acvp.source(tgId, test), List.of("AcvpKeyGen", "UndocumentedKeyEncoding")));
        return file.build();
    }
}
