package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.cngkit.vectors.gen.RsaKeyBlobWriter.RsaKey;

/**
 * rsa_blob_test.json: RSA keys exported as the three BCRYPT_RSAKEY_BLOB types and the two generic types. Keys of
 * 2048, 3072 and 4096 bits come from Wycheproof; smaller ones and the unusual exponents from the seeded
 * generator (Bouncy Castle's RSA key generator drawing from {@link SeededRandom}).
 */
final class RsaVectors {
    static final String FILE = "rsa_blob_test.json";
    static final String WYCHEPROOF_DIR = "upstream/rsa-ecc-kat/wycheproof/";

    private RsaVectors() {
    }

    static ObjectNode file(Path vectorsDir) {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on RSA keys: BCRYPT_RSAPUBLIC_BLOB, BCRYPT_RSAPRIVATE_BLOB, BCRYPT_RSAFULLPRIVATE_BLOB",
                "and the generic BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB. Each group holds one key pair; every",
                "test exports it in one blob type and states the exact blob. Layout (blob-layouts digest 2.2): a 24-byte",
                "header (Magic, BitLength, cbPublicExp, cbModulus, cbPrime1, cbPrime2; little-endian u4), then unsigned",
                "big-endian numbers: PublicExponent (minimal length), Modulus ((BitLength + 7) / 8 bytes), Prime1, Prime2",
                "(minimal lengths), and in the full private blob Exponent1, Exponent2, Coefficient (as long as their prime)",
                "and PrivateExponent (as long as the modulus).",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_rsakey_blob",
                "key.d is e^-1 mod lcm(p-1, q-1) in every group (note PrivateExponentLambda).",
                "source.name: wycheproof (key of an upstream Wycheproof file, copied under vectors/upstream/),",
                "cngkit-vectorgen (Bouncy Castle's RSA generator fed by the seeded SHA-256 stream named in source.ref).",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/; do not edit by hand.");
        notes(file);
        seeded(file, 512, 65537, "RSA-512/1", "SeededKey", "SmallestKey");
        seeded(file, 1024, 65537, "RSA-1024/1", "SeededKey");
        seeded(file, 1024, 3, "RSA-1024-e3/1", "SeededKey", "OneByteExponent");
        seeded(file, 1536, 0x010003, "RSA-1536-e010003/1", "SeededKey", "NonPalindromicExponent");
        for (int bits : new int[] {2048, 3072, 4096}) {
            wycheproof(file, vectorsDir, bits);
        }
        layoutStress(file);
        return file.build();
    }

    private static void notes(VectorFileBuilder file) {
        file.note("SeededKey", "BASIC",
                "Bouncy Castle 1.87's RSAKeyPairGenerator (certainty 100) drew every random byte from the cngkit seeded "
                        + "SHA-256 stream whose seed is in source.ref; d was then set to e^-1 mod lcm(p-1, q-1).",
                "org.cngkit.vectors.gen.SeededRandom; vectors/PROVENANCE.md");
        file.note("Wycheproof", "BASIC",
                "The key group of a Wycheproof RSA-OAEP file (its privateKey object), used as a plain key pair.",
                "C2SP/wycheproof testvectors_v1; vectors/upstream/rsa-ecc-kat/SOURCES.md");
        file.note("SmallestKey", "EDGE_CASE",
                "512 bits, the smallest RSA key BCryptGenerateKeyPair accepts; Windows was seen to export such a key with "
                        + "cbPublicExp 3, cbModulus 64 and cbPrime1 = cbPrime2 = 32.",
                "nf-bcrypt-bcryptgeneratekeypair; Wine dlls/bcrypt/tests/bcrypt.c test_RSA [S-WT1]");
        file.note("OneByteExponent", "EDGE_CASE",
                "e = 3: cbPublicExp is 1. The exponent is written in its minimal length, as Windows writes 65537 in 3 bytes.",
                "blob-layouts digest 2.2");
        file.note("NonPalindromicExponent", "EDGE_CASE",
                "e = 0x010003, bytes 01 00 03: written little-endian it would read 03 00 01, so a byte-order mistake in the "
                        + "exponent shows (65537 = 01 00 01 reads the same both ways).",
                "blob-layouts digest 2.2 (numbers after the header are big-endian)");
        file.note("ConstructedKey", "BASIC",
                "Built by org.cngkit.vectors.gen.RsaLayoutStressKeys from the seeded SHA-256 stream of the seed in "
                        + "source.ref (no key generator): each prime is the first probable prime at or after a stream "
                        + "candidate with its two top bits and low bit set; d = e^-1 mod lcm(p-1, q-1).",
                "org.cngkit.vectors.gen.RsaLayoutStressKeys; vectors/PROVENANCE.md");
        file.note("UnequalPrimes", "EDGE_CASE",
                "Prime1 has 200 bits (cbPrime1 25) and Prime2 312 bits (cbPrime2 39): a writer that sizes both primes, "
                        + "Exponent2 or the Coefficient from one of them, or from half the modulus, writes the wrong bytes.",
                "blob-layouts digest 2.2 (each field's length is its own cb*)");
        file.note("ModulusNotWholeBytes", "EDGE_CASE",
                "A 516-bit modulus: cbModulus = (BitLength + 7) / 8 = 65 and the top byte holds 4 bits; BitLength is 516, "
                        + "not the byte count times 8.",
                "blob-layouts digest 2.2");
        file.note("ModulusOddByteCount", "EDGE_CASE",
                "A 520-bit modulus: 65 bytes, a multiple of 8 bits but not of 16, so halving the modulus length to size "
                        + "the primes (33 bytes each) does not give cbModulus / 2.",
                "blob-layouts digest 2.2");
        file.note("LeadingZeroFields", "EDGE_CASE",
                "Exponent1, Exponent2 and Coefficient are each one byte shorter than their prime and PrivateExponent "
                        + "shorter than the modulus, so every padded field of RSA3 starts with zero bytes (the modulus, the "
                        + "primes and the exponent have no padding to show). p - 1 and q - 1 share a 24-bit prime factor.",
                "blob-layouts digest 2.2 (fields are zero-padded to their cb*)");
        file.note("PrivateExponentLambda", "FUNCTIONALITY",
                "key.d = e^-1 mod lcm(p-1, q-1), as CNG-generated keys carry it. An implementation that computes d itself "
                        + "may write e^-1 mod (p-1)(q-1) instead; the layout check accepts any valid private exponent "
                        + "(e d = 1 mod lcm(p-1, q-1)), while Exponent1, Exponent2 and Coefficient are unique. The exact "
                        + "blob holds when the key was imported with this d (from this RSAFULLPRIVATE blob).",
                "blob-layouts digest 8, 'RSA PrivateExponent'");
        file.note("GenericBlobType", "FUNCTIONALITY",
                "BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB: the key's own layout, its Magic naming it. For RSA the "
                        + "public one is RSA1 and the private one RSA2 (primes only), as seen from Windows; which private "
                        + "layout Windows exports is not documented, so the layout check also accepts RSA3.",
                "nf-bcrypt-bcryptexportkey; blob-layouts digest 2.0 and 8 ('BCRYPT_PRIVATE_KEY_BLOB on RSA')");
    }

    /** Keys shaped to break lazy writers (notes UnequalPrimes, ModulusNotWholeBytes, ...); after the others, so their tcIds stay. */
    private static void layoutStress(VectorFileBuilder file) {
        String unequal = "cngkit/rsa_blob_test/RSA-512-p200-q312/1";
        group(file, VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION, "seed " + unequal),
                RsaLayoutStressKeys.unequalPrimes(200, 312, unequal), "RSA-512, primes of 200 and 312 bits",
                "ConstructedKey", "UnequalPrimes");
        seeded(file, 516, 65537, "RSA-516/1", "SeededKey", "ModulusNotWholeBytes");
        seeded(file, 520, 65537, "RSA-520/1", "SeededKey", "ModulusOddByteCount");
        String zeros = "cngkit/rsa_blob_test/RSA-512-leading-zeros/1";
        group(file, VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION, "seed " + zeros),
                RsaLayoutStressKeys.leadingZeroFields(512, zeros), "RSA-512, every padded field with a leading zero byte",
                "ConstructedKey", "LeadingZeroFields");
    }

    private static void seeded(VectorFileBuilder file, int bits, int exponent, String name, String... flags) {
        String seed = "cngkit/rsa_blob_test/" + name;
        RsaKey key = seededKey(bits, BigInteger.valueOf(exponent), seed);
        group(file, VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION, "seed " + seed), key,
                "RSA-" + bits + " seeded key, e = " + exponent, flags);
    }

    /** The key Bouncy Castle's RSA generator makes from the seeded stream of {@code seed}, d mod lcm(p-1, q-1). */
    static RsaKey seededKey(int bits, BigInteger exponent, String seed) {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(exponent, new SeededRandom(seed), bits, 100));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        RSAPrivateCrtKeyParameters k = (RSAPrivateCrtKeyParameters) pair.getPrivate();
        return RsaKey.of(k.getP(), k.getQ(), k.getPublicExponent());
    }

    /** The file name of the Wycheproof RSA-OAEP file whose key of {@code bits} is used. */
    static String wycheproofName(int bits) {
        return "rsa_oaep_" + bits + "_sha256_mgf1sha256_test.json";
    }

    /** The key of that Wycheproof file (its first group's privateKey). */
    static RsaKey wycheproofKey(Path vectorsDir, int bits) {
        JsonNode k = VectorGenerator.readJson(vectorsDir.resolve(WYCHEPROOF_DIR + wycheproofName(bits)))
                .get("testGroups").get(0).get("privateKey");
        return RsaKey.of(number(k, "prime1"), number(k, "prime2"), number(k, "publicExponent"));
    }

    /** source.version of that Wycheproof file's key: its generator's name and version. */
    static String wycheproofVersion(Path vectorsDir, int bits) {
        JsonNode source = VectorGenerator.readJson(vectorsDir.resolve(WYCHEPROOF_DIR + wycheproofName(bits)))
                .get("testGroups").get(0).get("source");
        return source.get("name").asText() + " " + source.get("version").asText();
    }

    private static void wycheproof(VectorFileBuilder file, Path vectorsDir, int bits) {
        String name = wycheproofName(bits);
        JsonNode root = VectorGenerator.readJson(vectorsDir.resolve(WYCHEPROOF_DIR + name));
        JsonNode group = root.get("testGroups").get(0);
        JsonNode k = group.get("privateKey");
        RsaKey key = RsaKey.of(number(k, "prime1"), number(k, "prime2"), number(k, "publicExponent"));
        List.of("modulus", "privateExponent", "exponent1", "exponent2", "coefficient").forEach(field -> {
            BigInteger published = number(k, field);
            BigInteger derived = switch (field) {
                case "modulus" -> key.n();
                case "privateExponent" -> key.d();
                case "exponent1" -> key.dp();
                case "exponent2" -> key.dq();
                default -> key.qinv();
            };
            if (!published.equals(derived)) {
                throw new IllegalStateException(name + ": " + field + " differs from the value derived from p, q and e");
            }
        });
        if (key.bits() != bits) {
            throw new IllegalStateException(name + " holds a " + key.bits() + "-bit key");
        }
        String version = group.get("source").get("name").asText() + " " + group.get("source").get("version").asText();
        group(file, VectorFileBuilder.source("wycheproof", version, "C2SP/wycheproof testvectors_v1/" + name
                + " testGroups[0].privateKey"), key, "RSA-" + bits + " Wycheproof key", "Wycheproof");
    }

    private static BigInteger number(JsonNode node, String field) {
        return new BigInteger(node.get(field).asText(), 16);
    }

    private static void group(VectorFileBuilder file, ObjectNode source, RsaKey k, String what, String... flags) {
        if (!k.p().isProbablePrime(100) || !k.q().isProbablePrime(100)) {
            throw new IllegalStateException(what + ": p or q is not prime");
        }
        ObjectNode key = VectorFileBuilder.key();
        key.put("n", VectorFileBuilder.hex(k.n()));
        key.put("e", VectorFileBuilder.hex(k.e()));
        key.put("p", VectorFileBuilder.hex(k.p()));
        key.put("q", VectorFileBuilder.hex(k.q()));
        key.put("dp", VectorFileBuilder.hex(k.dp()));
        key.put("dq", VectorFileBuilder.hex(k.dq()));
        key.put("qinv", VectorFileBuilder.hex(k.qinv()));
        key.put("d", VectorFileBuilder.hex(k.d()));
        List<String> common = List.of(flags);
        file.group(source, "RSA", k.bits(), key)
                .success(what + ", as BCRYPT_RSAPUBLIC_BLOB", common, "BCRYPT_RSAPUBLIC_BLOB", RsaKeyBlobWriter.publicBlob(k))
                .success(what + ", as BCRYPT_RSAPRIVATE_BLOB", common, "BCRYPT_RSAPRIVATE_BLOB", RsaKeyBlobWriter.privateBlob(k))
                .success(what + ", as BCRYPT_RSAFULLPRIVATE_BLOB", VectorFileBuilder.with(common, "PrivateExponentLambda"),
                        "BCRYPT_RSAFULLPRIVATE_BLOB", RsaKeyBlobWriter.fullPrivateBlob(k))
                .success(what + ", as BCRYPT_PUBLIC_KEY_BLOB (RSA1)", VectorFileBuilder.with(common, "GenericBlobType"),
                        "BCRYPT_PUBLIC_KEY_BLOB", RsaKeyBlobWriter.publicBlob(k))
                .success(what + ", as BCRYPT_PRIVATE_KEY_BLOB (RSA2)", VectorFileBuilder.with(common, "GenericBlobType"),
                        "BCRYPT_PRIVATE_KEY_BLOB", RsaKeyBlobWriter.privateBlob(k));
    }
}
