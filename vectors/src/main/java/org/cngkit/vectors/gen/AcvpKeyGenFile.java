package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * A NIST ACVP keyGen {@code internalProjection.json} copied under {@code upstream/}: test groups with a
 * {@code parameterSet} ({@code ML-KEM-512}, {@code ML-DSA-44}, {@code SLH-DSA-SHA2-128s}) and tests holding both
 * the inputs and the expected keys.
 *
 * @param path    the file, relative to the vectors folder
 * @param root    its JSON
 * @param version how the source names the upstream suite, e.g. {@code ML-KEM-keyGen-FIPS203 vsId 42}
 */
record AcvpKeyGenFile(String path, JsonNode root, String version) {

    /** One test with the group it belongs to. */
    interface TestVisitor {
        void visit(String upstreamSet, String tgId, JsonNode test);
    }

    /** @param mirror where and when the copy was taken, appended to the version */
    static AcvpKeyGenFile read(Path vectorsDir, String path, String mirror) {
        JsonNode root = VectorGenerator.readJson(vectorsDir.resolve(path));
        String version = root.get("algorithm").asText() + "-" + root.get("mode").asText() + "-" + root.get("revision").asText()
                + " vsId " + root.get("vsId").asText() + " (" + mirror + ")";
        return new AcvpKeyGenFile(path, root, version);
    }

    void forEachTest(TestVisitor visitor) {
        for (JsonNode group : root.get("testGroups")) {
            for (JsonNode test : group.get("tests")) {
                visitor.visit(group.get("parameterSet").asText(), group.get("tgId").asText(), test);
            }
        }
    }

    /** The group source of one test: the file and where in it. */
    ObjectNode source(String tgId, JsonNode test) {
        return VectorGenerator.source("nist-acvp", version,
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
