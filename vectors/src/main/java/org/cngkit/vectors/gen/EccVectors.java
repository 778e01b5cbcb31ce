package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.math.ec.ECPoint;

/**
 * ecc_blob_test.json: ECDH and ECDSA keys on P-256, P-384 and P-521 exported as BCRYPT_ECCPUBLIC_BLOB,
 * BCRYPT_ECCPRIVATE_BLOB and the two generic types. ECDH keys of the per-curve algorithms come from Wycheproof;
 * ECDSA keys and the keys of the curve-agnostic ECDH / ECDSA algorithms from the seeded generator.
 */
final class EccVectors {
    static final String FILE = "ecc_blob_test.json";
    static final String WYCHEPROOF_DIR = "upstream/rsa-ecc-kat/wycheproof/";

    private EccVectors() {
    }

    static ObjectNode file(Path vectorsDir) {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on ECDH and ECDSA keys of the NIST curves: BCRYPT_ECCPUBLIC_BLOB, BCRYPT_ECCPRIVATE_BLOB and the",
                "generic BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB. Each group holds one key pair (public point x, y;",
                "private scalar d); every test states the exact blob. Layout (blob-layouts digest 2.3): magic and cbKey",
                "(little-endian u4), then X, Y (and d) big-endian, zero-padded to cbKey = 32 / 48 / 66 bytes.",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_ecckey_blob",
                "algorithm ECDH_P256 ... ECDSA_P521 takes the per-curve magic (ECK1..ECK6, ECS1..ECS6); the curve-agnostic ECDH",
                "and ECDSA algorithms (curve set through ECCCurveName, named by keyBits) take the generic magic here",
                "(ECKP/ECKV, ECDP/ECDV); note GenericAlgorithm says what else is accepted.",
                "source.name: wycheproof (a private JWK of an upstream Wycheproof ECDH file), cngkit-vectorgen (seeded).",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/; do not edit by hand.");
        notes(file);
        wycheproof(file, vectorsDir, "ECDH_P256", 256, "secp256r1", 1);
        wycheproof(file, vectorsDir, "ECDH_P384", 384, "secp384r1", 1);
        wycheproof(file, vectorsDir, "ECDH_P521", 521, "secp521r1", 1, "PaddedCoordinate");
        wycheproof(file, vectorsDir, "ECDH_P521", 521, "secp521r1", 2, "PaddedCoordinate");
        seeded(file, "ECDSA_P256", 256, true, "SeededKey", "PaddedCoordinate");
        seeded(file, "ECDSA_P384", 384, false, "SeededKey");
        seeded(file, "ECDSA_P521", 521, true, "SeededKey", "PaddedCoordinate");
        seeded(file, "ECDH", 256, false, "SeededKey", "GenericAlgorithm");
        seeded(file, "ECDSA", 384, false, "SeededKey", "GenericAlgorithm");
        seeded(file, "ECDH", 521, true, "SeededKey", "GenericAlgorithm", "PaddedCoordinate");
        return file.build();
    }

    private static void notes(VectorFileBuilder file) {
        file.note("Wycheproof", "BASIC",
                "The private JWK (d, x, y) of a Wycheproof ECDH WebCrypto test, used as a plain key pair.",
                "C2SP/wycheproof testvectors_v1; vectors/upstream/rsa-ecc-kat/SOURCES.md");
        file.note("SeededKey", "BASIC",
                "d = 1 + (s mod (n - 1)), s the first cbKey + 8 bytes of the seeded SHA-256 stream of the seed in "
                        + "source.ref read as a big-endian number, n the curve order; (x, y) = d G. Where a group needs "
                        + "leading zero bytes, the seed's last number counts up from 1 to the first key that has them.",
                "org.cngkit.vectors.gen.SeededBytes; vectors/PROVENANCE.md");
        file.note("PaddedCoordinate", "EDGE_CASE",
                "At least one of x, y, d is shorter than cbKey and must be zero-padded on the left: every P-521 number "
                        + "fits 521 bits in 66 bytes, and one below 2^520 starts with a zero byte (Windows was seen to "
                        + "import and export such a P-521 key). A P-256 key here has an x below 2^248.",
                "blob-layouts digest 2.3; Wine dlls/bcrypt/tests/bcrypt.c test_ECDH [S-WT1]");
        file.note("GenericAlgorithm", "FUNCTIONALITY",
                "The key belongs to the curve-agnostic ECDH or ECDSA algorithm (Windows 10 and later) with ECCCurveName "
                        + "set to the NIST curve of keyBits. The expected blob carries the generic magic, as Wine writes; "
                        + "which magic Windows exports there is UNCONFIRMED, so the layout check accepts the per-curve "
                        + "magic of the same curve as well, with cbKey of the curve either way.",
                "blob-layouts digest 2.3 and 8 ('Generic ECDH/ECDSA algorithm + ECCCurveName')");
        file.note("GenericBlobType", "FUNCTIONALITY",
                "BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB: the key's own ECC blob, its magic naming the layout.",
                "nf-bcrypt-bcryptexportkey; blob-layouts digest 2.0 and 8 ('Generic blobs on ECC')");
    }

    private static void wycheproof(VectorFileBuilder file, Path vectorsDir, String algorithm, int bits, String curve,
                                   int tcId, String... flags) {
        String name = "ecdh_" + curve + "_webcrypto_test.json";
        JsonNode group = VectorGenerator.readJson(vectorsDir.resolve(WYCHEPROOF_DIR + name)).get("testGroups").get(0);
        JsonNode test = null;
        for (JsonNode t : group.get("tests")) {
            if (t.get("tcId").asInt() == tcId) {
                test = t;
            }
        }
        if (test == null) {
            throw new IllegalStateException(name + " has no tcId " + tcId);
        }
        JsonNode jwk = test.get("private");
        BigInteger d = base64url(jwk, "d");
        ECPoint q = publicPoint(bits, d);
        if (!q.getAffineXCoord().toBigInteger().equals(base64url(jwk, "x"))
                || !q.getAffineYCoord().toBigInteger().equals(base64url(jwk, "y"))) {
            throw new IllegalStateException(name + " tcId " + tcId + ": (x, y) is not d G");
        }
        String version = group.get("source").get("name").asText() + " " + group.get("source").get("version").asText();
        group(file, VectorFileBuilder.source("wycheproof", version, "C2SP/wycheproof testvectors_v1/" + name
                + " tcId " + tcId + " private"), algorithm, bits, d, q,
                algorithm + " Wycheproof key (tcId " + tcId + ")", VectorFileBuilder.with(List.of(flags), "Wycheproof"));
    }

    /** A seeded key; with {@code padded}, the first one (seed suffix 1, 2, ...) with a number that needs padding. */
    private static void seeded(VectorFileBuilder file, String algorithm, int bits, boolean padded, String... flags) {
        BigInteger order = curve(bits).getN();
        int cbKey = (bits + 7) / 8;
        for (int attempt = 1; ; attempt++) {
            String seed = "cngkit/ecc_blob_test/" + algorithm + "-" + bits + "/" + attempt;
            BigInteger s = new BigInteger(1, new SeededBytes(seed).next(cbKey + 8));
            BigInteger d = s.mod(order.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            ECPoint q = publicPoint(bits, d);
            if (!padded || needsPadding(bits, q.getAffineXCoord().toBigInteger())
                    && (bits != 521 || needsPadding(bits, d))) {
                group(file, VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION, "seed " + seed),
                        algorithm, bits, d, q, algorithm + " seeded key on P-" + bits, List.of(flags));
                return;
            }
        }
    }

    private static boolean needsPadding(int bits, BigInteger value) {
        return BlobBuilder.length(value) < (bits + 7) / 8;
    }

    private static void group(VectorFileBuilder file, ObjectNode source,
                              String algorithm, int bits, BigInteger d, ECPoint q, String what, List<String> flags) {
        BigInteger x = q.getAffineXCoord().toBigInteger();
        BigInteger y = q.getAffineYCoord().toBigInteger();
        ObjectNode key = VectorFileBuilder.key();
        key.put("x", VectorFileBuilder.hex(x));
        key.put("y", VectorFileBuilder.hex(y));
        key.put("d", VectorFileBuilder.hex(d));
        byte[] pub = EccKeyBlobWriter.write(algorithm, bits, x, y, null);
        byte[] priv = EccKeyBlobWriter.write(algorithm, bits, x, y, d);
        file.group(source, algorithm, bits, key)
                .keyPair(what, flags, "BCRYPT_ECCPUBLIC_BLOB", pub, "BCRYPT_ECCPRIVATE_BLOB", priv);
    }

    static X9ECParameters curve(int bits) {
        return ECNamedCurveTable.getByName("P-" + bits);
    }

    private static ECPoint publicPoint(int bits, BigInteger d) {
        return curve(bits).getG().multiply(d).normalize();
    }

    private static BigInteger base64url(JsonNode jwk, String member) {
        return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get(member).asText()));
    }
}
