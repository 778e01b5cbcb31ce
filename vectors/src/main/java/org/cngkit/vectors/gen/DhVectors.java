package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;

/**
 * dh_blob_test.json: Diffie-Hellman keys on published groups (RFC 2409, RFC 3526, RFC 7919; {@link DhGroups}) and on
 * the RFC 2409 MODP formula at 512 bits ({@link DhGroups#formula512()})
 * exported as BCRYPT_DH_PUBLIC_BLOB, BCRYPT_DH_PRIVATE_BLOB and the two generic types. The private exponents come
 * from the seeded stream.
 */
final class DhVectors {
    static final String FILE = "dh_blob_test.json";

    private DhVectors() {
    }

    static ObjectNode file() {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on Diffie-Hellman keys: BCRYPT_DH_PUBLIC_BLOB, BCRYPT_DH_PRIVATE_BLOB and the generic",
                "BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB. Each group holds one key pair on a published group (p, g = 2;",
                "the 512-bit group, which no RFC publishes, is the RFC 2409 MODP formula at 512 bits, note FormulaGroup512)",
                "with y = g^x mod p. Layout (blob-layouts digest 2.4): magic (DHPB / DHPV) and cbKey (little-endian u4), then",
                "p, g, y and, in a private blob, x, each big-endian and zero-padded to cbKey = the key size in bytes.",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_dh_key_blob",
                "source.name names the RFC of the group; x comes from the seeded stream named in source.ref.",
                "Written by " + VectorGenerator.class.getName() + "; do not edit by hand.");
        file.note("PublishedGroup", "BASIC",
                "p is a published safe-prime group with generator 2: the generator builds it from the formula of its RFC "
                        + "section (with pi or e computed to the needed precision) and requires Bouncy Castle's "
                        + "transcription of the RFC's hex (DHStandardGroups) to be the same number.",
                "RFC 2409 section 6; RFC 3526 sections 2-5; RFC 7919 appendix A; org.cngkit.vectors.gen.DhGroups");
        file.note("ShortPrivateExponent", "EDGE_CASE",
                "x = 2 + (s mod (2^256 - 2)), s the first 40 bytes of the seeded stream of the seed in source.ref: x has "
                        + "at most 256 bits, as key-agreement exponents usually have, and so fills only the last 32 bytes "
                        + "of its cbKey-byte field; the rest is zero padding.",
                "blob-layouts digest 2.4; NIST SP 800-56A Rev. 3 section 5.6.1.1.4 (private keys shorter than p)");
        file.note("GenericBlobType", "FUNCTIONALITY",
                "BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB: the key's own DH blob, its magic naming the layout.",
                "nf-bcrypt-bcryptexportkey; blob-layouts digest 2.0");
        file.note("FormulaGroup512", "EDGE_CASE",
                "A 512-bit group, the smallest DH key size, which no RFC publishes: the MODP formula of RFC 2409 section 6 "
                        + "at n = 512, p = 2^512 - 2^448 - 1 + 2^64 ([2^382 pi] + k), with the smallest k (131) that makes p "
                        + "and (p - 1) / 2 prime; generator 2. cngkit's construction (source.name cngkit-vectorgen); the "
                        + "generator tests both numbers for primality, and a build test that no smaller k gives a safe prime.",
                "RFC 2409 section 6; nf-bcrypt-bcryptgeneratekeypair (DH: 512 to 4096 bits); org.cngkit.vectors.gen.DhGroups");
        file.note("ShortPublicValue", "EDGE_CASE",
                "x = 2 + (s mod (2^256 - 2)) with s from the first seeded stream (suffix /short/1, /short/2, ...) whose "
                        + "y = g^x mod p is at least a byte shorter than p, so y as well as x and g begins with zero bytes "
                        + "in its cbKey-byte field.",
                "blob-layouts digest 2.4 (numbers zero-padded to cbKey)");
        for (DhGroups.Group group : DhGroups.all()) {
            group(file, group, privateValueSeed(group), List.of("PublishedGroup", "ShortPrivateExponent"), "");
        }
        DhGroups.Group smallest = DhGroups.all().get(0);
        group(file, smallest, shortPublicValueSeed(smallest), List.of("PublishedGroup", "ShortPublicValue"),
                ", y shorter than p");
        // Added later, at the end so that every tcId above stays as it was.
        DhGroups.Group formula512 = DhGroups.formula512();
        group(file, formula512, privateValueSeed(formula512), List.of("FormulaGroup512", "ShortPrivateExponent"), "");
        return file.build();
    }

    /** The name of the seeded stream x of a group comes from. */
    /** The key of a DH vector group: p, g, y and x in hex. */
    static ObjectNode keyOf(BigInteger p, BigInteger g, BigInteger y, BigInteger x) {
        ObjectNode key = VectorFileBuilder.key();
        key.put("p", VectorFileBuilder.hex(p));
        key.put("g", VectorFileBuilder.hex(g));
        key.put("y", VectorFileBuilder.hex(y));
        key.put("x", VectorFileBuilder.hex(x));
        return key;
    }

    static String privateValueSeed(DhGroups.Group group) {
        return "cngkit/dh_blob_test/" + group.name() + "/x";
    }

    /** x = 2 + (s mod (2^256 - 2)), s the first 40 bytes of the stream of {@link #privateValueSeed}. */
    static BigInteger privateValue(DhGroups.Group group) {
        return privateValue(privateValueSeed(group));
    }

    private static BigInteger privateValue(String seed) {
        BigInteger bound = BigInteger.ONE.shiftLeft(256).subtract(BigInteger.TWO);
        return new BigInteger(1, new SeededBytes(seed).next(40)).mod(bound).add(BigInteger.TWO);
    }

    /** The first stream (suffix /short/1, /short/2, ...) whose x gives a public value y a byte shorter than p. */
    static String shortPublicValueSeed(DhGroups.Group group) {
        int cbKey = (group.bits() + 7) / 8;
        for (int i = 1; ; i++) {
            String seed = "cngkit/dh_blob_test/" + group.name() + "/short/" + i;
            BigInteger y = group.generator().modPow(privateValue(seed), group.prime());
            if ((y.bitLength() + 7) / 8 < cbKey) {
                return seed;
            }
        }
    }

    private static void group(VectorFileBuilder file, DhGroups.Group group, String seed, List<String> flags, String shape) {
        BigInteger x = privateValue(seed);
        BigInteger p = group.prime();
        BigInteger g = group.generator();
        BigInteger y = g.modPow(x, p);
        ObjectNode key = keyOf(p, g, y, x);
        String what = "DH-" + group.bits() + " on " + group.name() + shape;
        byte[] pub = DhKeyBlobWriter.write(p, g, y, null);
        byte[] priv = DhKeyBlobWriter.write(p, g, y, x);
        file.group(VectorFileBuilder.source(group.source(), group.published(),
                        group.ref() + "; x from seed " + seed), "DH", group.bits(), key)
                .keyPair(what, flags, "BCRYPT_DH_PUBLIC_BLOB", pub, "BCRYPT_DH_PRIVATE_BLOB", priv);
    }
}
