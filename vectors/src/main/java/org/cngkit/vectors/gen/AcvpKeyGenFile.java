package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * A keyGen file in the NIST ACVP JSON format copied under {@code upstream/}: test groups naming their parameter
 * set ({@code parameterSet}: {@code ML-KEM-512}, {@code ML-DSA-44}, {@code SLH-DSA-SHA2-128s}; LMS:
 * {@code lmsMode}) and tests holding inputs and expected keys. NIST's own files, and third-party files that use the
 * same format.
 *
 * @param path       the file, relative to the vectors folder
 * @param root       its JSON
 * @param collection the source name recorded in the vectors: {@code nist-acvp}, or {@code pqc-kat} for third-party
 *                   files in ACVP format
 * @param version    how the source names the upstream suite, e.g. {@code ML-KEM-keyGen-FIPS203 vsId 42}
 * @param setField   the group member naming the parameter set
 */
record AcvpKeyGenFile(String path, JsonNode root, String collection, String version, String setField) {

    /** One test with the group it belongs to. */
    interface TestVisitor {
        void visit(String upstreamSet, String tgId, JsonNode test);
    }

    /** A NIST file whose groups name their set in {@code parameterSet}; {@code mirror}: where the copy was taken. */
    static AcvpKeyGenFile read(Path vectorsDir, String path, String mirror) {
        return read(vectorsDir, path, "nist-acvp", mirror, "parameterSet");
    }

    static AcvpKeyGenFile read(Path vectorsDir, String path, String collection, String mirror, String setField) {
        JsonNode root = VectorGenerator.readJson(vectorsDir.resolve(path));
        String version = root.get("algorithm").asText() + "-" + root.get("mode").asText() + "-" + root.get("revision").asText()
                + " vsId " + root.get("vsId").asText() + " (" + mirror + ")";
        return new AcvpKeyGenFile(path, root, collection, version, setField);
    }

    void forEachTest(TestVisitor visitor) {
        for (JsonNode group : root.get("testGroups")) {
            for (JsonNode test : group.get("tests")) {
                visitor.visit(group.get(setField).asText(), group.get("tgId").asText(), test);
            }
        }
    }

    /** The group source of one test: the file and where in it. */
    ObjectNode source(String tgId, JsonNode test) {
        return VectorFileBuilder.source(collection, version,
                "vectors/" + path + " tgId " + tgId + " tcId " + test.get("tcId").asText());
    }

    /** {@code ML-KEM-768} with prefix {@code ML-KEM-} to the CNG parameter set {@code 768}. */
    static String cngParameterSet(String upstreamSet, String prefix) {
        if (!upstreamSet.startsWith(prefix)) {
            throw new IllegalStateException("'" + upstreamSet + "' does not start with " + prefix);
        }
        return upstreamSet.substring(prefix.length());
    }
}
