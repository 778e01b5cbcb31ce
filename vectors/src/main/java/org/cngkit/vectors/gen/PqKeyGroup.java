package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One upstream post-quantum key as a test group: its key material as the vector gives it, and one test per kind
 * of material it has (public, then private, then seed), each expecting the blob that wraps exactly those upstream
 * bytes in the parameter-set layout. Nothing here is computed from the key: the expected blobs hold the upstream
 * bytes, so they do not depend on any implementation.
 *
 * @param family       the algorithm and its magics
 * @param parameterSet the ParameterSetName value, e.g. {@code 512}
 * @param label        the set as people name it, e.g. {@code ML-KEM-512}, for comments
 * @param origin       where the key comes from, for comments (e.g. {@code ACVP tcId 1})
 * @param seed         the private seed, or {@code null}
 * @param publicKey    the public key
 * @param privateKey   the expanded private key, or {@code null}
 */
record PqKeyGroup(PqKeyFamily family, String parameterSet, String label, String origin,
                  byte[] seed, byte[] publicKey, byte[] privateKey) {

    /** Hex as upstream files write it (either case), as bytes. */
    static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.toLowerCase(Locale.ROOT));
    }

    /** A copy of {@code source} whose ref also names the place in the file ({@code "tgId 1 tcId 3"}). */
    static ObjectNode at(ObjectNode source, String where) {
        ObjectNode copy = source.deepCopy();
        copy.put("ref", source.get("ref").asText() + " " + where);
        return copy;
    }

    /**
     * Adds the group to {@code file}.
     *
     * @param flags the flags of every test of the group; the seed test also gets {@code SeedBlob}
     */
    void addTo(VectorFileBuilder file, ObjectNode source, List<String> flags) {
        ObjectNode key = VectorFileBuilder.key();
        key.put("parameterSet", parameterSet);
        if (seed != null) {
            key.put("seed", HexFormat.of().formatHex(seed));
        }
        key.put("publicKey", HexFormat.of().formatHex(publicKey));
        if (privateKey != null) {
            key.put("privateKey", HexFormat.of().formatHex(privateKey));
        }
        VectorFileBuilder.Group tests = file.group(source, family.algorithm(), key);
        String what = label + " key of " + origin + ", exported as ";
        tests.success(what + family.publicBlobType(), flags, family.publicBlobType(),
                ParameterSetKeyBlobWriter.write(family.publicMagic(), parameterSet, publicKey));
        if (privateKey != null) {
            tests.success(what + family.privateBlobType(), flags, family.privateBlobType(),
                    ParameterSetKeyBlobWriter.write(family.privateMagic(), parameterSet, privateKey));
        }
        if (seed != null) {
            tests.success(what + family.seedBlobType(), VectorFileBuilder.with(flags, "SeedBlob"), family.seedBlobType(),
                    ParameterSetKeyBlobWriter.write(family.seedMagic(), parameterSet, seed));
        }
    }
}
