package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.cngkit.vectors.gen.DsaKeyBlobWriter.DsaKey;
import org.cngkit.vectors.gen.RsaKeyBlobWriter.RsaKey;

/**
 * legacy_blob_test.json: keys of rsa_blob_test.json, dsa_blob_test.json and dh_blob_test.json exported as the seven
 * LEGACY_* (CryptoAPI) blob types. Each group holds one key and, first, the key's CNG private blob, which sets the
 * key up in a scenario and is what the legacy blobs are compared with. The keys are regenerated from the same
 * seeds and upstream files as in those files, so the same key carries the same numbers in both. A separate file
 * keeps every tcId of the CNG files as it was.
 */
final class LegacyVectors {
    static final String FILE = "legacy_blob_test.json";

    private static final String NOT_SUPPORTED = "STATUS_NOT_SUPPORTED";
    private static final String INVALID_PARAMETER = "STATUS_INVALID_PARAMETER";

    private LegacyVectors() {
    }

    static ObjectNode file(Path vectorsDir) {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey and BCryptImportKeyPair with the legacy CryptoAPI blob types LEGACY_RSAPUBLIC_BLOB,",
                "LEGACY_RSAPRIVATE_BLOB, LEGACY_DSA_PUBLIC_BLOB, LEGACY_DSA_PRIVATE_BLOB, LEGACY_DSA_V2_PRIVATE_BLOB,",
                "LEGACY_DH_PUBLIC_BLOB and LEGACY_DH_PRIVATE_BLOB. Layouts (blob-layouts digest section 3): the 8-byte",
                "BLOBHEADER (bType 6 public / 7 private, bVersion, reserved 0, aiKeyAlg), the key header, then the numbers;",
                "every field and every number is little-endian, the opposite of CNG blobs.",
                "https://learn.microsoft.com/en-us/windows/win32/seccrypto/base-provider-key-blobs",
                "Each group's first test is the key's CNG private blob (the key as rsa/dsa/dh_blob_test.json hold it).",
                "Where the pages are silent the expected blob is cngkit's choice and the notes say what else conforms;",
                "statuses the page does not give are cngkit's choice with the others in expected.alsoAcceptable.",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/ and fixed seeds; do not edit by hand.");
        notes(file);
        rsa(file, RsaVectors.seededKey(512, BigInteger.valueOf(65537), "cngkit/rsa_blob_test/RSA-512/1"),
                seeded("cngkit/rsa_blob_test/RSA-512/1"), "RSA-512 seeded key", true);
        rsa(file, RsaVectors.seededKey(1024, BigInteger.valueOf(3), "cngkit/rsa_blob_test/RSA-1024-e3/1"),
                seeded("cngkit/rsa_blob_test/RSA-1024-e3/1"), "RSA-1024 seeded key, e = 3", false);
        rsa(file, RsaVectors.seededKey(1536, BigInteger.valueOf(0x010003), "cngkit/rsa_blob_test/RSA-1536-e010003/1"),
                seeded("cngkit/rsa_blob_test/RSA-1536-e010003/1"), "RSA-1536 seeded key, e = 0x010003", false);
        rsa(file, RsaVectors.wycheproofKey(vectorsDir, 2048), VectorFileBuilder.source("wycheproof", RsaVectors.wycheproofVersion(vectorsDir, 2048),
                "C2SP/wycheproof testvectors_v1/" + RsaVectors.wycheproofName(2048) + " testGroups[0].privateKey"),
                "RSA-2048 Wycheproof key", false);
        wideExponent(file);
        DsaKey dsa512 = DsaVectors.key(512);
        DsaKey dsa1024 = DsaVectors.key(1024);
        byte[] unknown = VectorGenerator.filled(24, 0xff);
        DsaKey withoutRecord = new DsaKey(dsa1024.p(), dsa1024.q(), dsa1024.g(), dsa1024.y(), dsa1024.x(),
                Arrays.copyOf(unknown, 4), Arrays.copyOfRange(unknown, 4, 24));
        dsa(file, dsa512, "cngkit/dsa_blob_test/DSA-512/1", "DSA-512", true);
        dsa(file, dsa1024, "cngkit/dsa_blob_test/DSA-1024/1", "DSA-1024", false);
        dsa(file, withoutRecord, "cngkit/dsa_blob_test/DSA-1024/1", "DSA-1024 without its generation record", false,
                "NoGenerationRecord");
        longDsa(file, DsaVectors.key(2048));
        boolean first = true;
        for (DhGroups.Group group : DhGroups.all()) {
            if (group.name().equals("modp768") || group.name().equals("modp2048")) {
                dh(file, group, first);
                first = false;
            }
        }
        // Added later, at the end so that every tcId above stays as it was.
        exponentOf32Bits(file);
        dssWithJ(file, dsa1024);
        dhWithQ(file, DhGroups.all().get(0));
        return file.build();
    }

    private static void notes(VectorFileBuilder file) {
        file.note("SameKey", "BASIC",
                "The group's key is the key of rsa_blob_test.json, dsa_blob_test.json or dh_blob_test.json with the same "
                        + "source, regenerated here from the same seed or upstream file.",
                "vectors/PROVENANCE.md");
        file.note("CngForm", "FUNCTIONALITY",
                "The key's CNG private blob, exactly as in its CNG vector file: scenarios import the key from it and "
                        + "compare the numbers of its legacy and CNG exports.",
                "blob-layouts digest 2.2, 2.4, 2.5, 2.6");
        file.note("RsaLegacyHeader", "FUNCTIONALITY",
                "bType 6 (public) or 7 (private), bVersion 2, magic RSA1 / RSA2, pubexp the exponent as a u4, then "
                        + "n (bitlen/8 bytes), p, q, dp, dq, qinv (bitlen/16 each) and d (bitlen/8), little-endian. aiKeyAlg "
                        + "is UNCONFIRMED: the blob carries CALG_RSA_KEYX (0xa400), what Windows was seen to write; "
                        + "CALG_RSA_SIGN (0x2400) also conforms and the layout check accepts both.",
                "blob-layouts digest 3.1, 3.2 and 8 ('LEGACY_RSA*_BLOB header', Medium)");
        file.note("DssVersion3Choice", "FUNCTIONALITY",
                "LEGACY_DSA_PUBLIC_BLOB / LEGACY_DSA_PRIVATE_BLOB: whether Windows writes DSS version 2 or 3 is UNCONFIRMED. "
                        + "The blob is DSS version 3 (bVersion 3, DSS3 / DSS4, CALG_DSS_SIGN, bitlenQ the bits of q, bitlenJ 0, "
                        + "bitlenX the bits of q, DSSSEED with the key's counter and seed), as one third-party parser reads "
                        + "it; a DSS version 2 blob with the key's numbers also conforms and the layout check accepts it.",
                "blob-layouts digest 3.3, 3.4, 3.5 and 8 ('LEGACY_DSA_PUBLIC_BLOB (non-V2)', Low)");
        file.note("DssVersion2", "FUNCTIONALITY",
                "LEGACY_DSA_V2_PRIVATE_BLOB is DSS version 2: bVersion 2, DSS2, CALG_DSS_SIGN, p, q (20 bytes), g, x "
                        + "(20 bytes), no y, then DSSSEED: the counter as a little-endian u4 and the 20-byte seed byte-reversed.",
                "blob-layouts digest 3.3 and 8 ('LEGACY_DSA_V2_PRIVATE_BLOB', High: Wine's dssKey test, which passes on Windows)");
        file.note("DhVersion3Choice", "FUNCTIONALITY",
                "LEGACY_DH_*: DH version 3 (bVersion 3, magic \\0DH3 / \\0DH4). aiKeyAlg, q, j and DSSSEED are UNCONFIRMED: "
                        + "the blob carries CALG_DH_EPHEM, bitlenQ = bitlenJ = 0 (a CNG DH key has no q), bitlenX = bitlenP and "
                        + "an unavailable DSSSEED (counter 0xffffffff, seed all 0xff). CALG_DH_SF, a q of g's order with "
                        + "j = (p - 1) / q, and any DSSSEED also conform.",
                "blob-layouts digest 3.4, 3.5 and 8 ('LEGACY_DH_*_BLOB', Low)");
        file.note("NotImportable", "FUNCTIONALITY",
                "BCryptImportKeyPair with this public legacy type is not supported by the Microsoft primitive provider. "
                        + "Expected STATUS_NOT_SUPPORTED; STATUS_INVALID_PARAMETER also conforms.",
                "nf-bcrypt-bcryptimportkeypair; blob-layouts digest 3.5 and 6.2");
        file.note("ExponentOver32Bits", "EDGE_CASE",
                "e = 2^32 + 1 has 33 bits and cannot be written in RSAPUBKEY's 32-bit pubexp, so no legacy RSA blob "
                        + "exists for this key. Expected STATUS_INVALID_PARAMETER (cngkit's choice); STATUS_NOT_SUPPORTED also "
                        + "conforms. The CNG blob of the key is ordinary.",
                "blob-layouts digest 3.2 (INFERRED)");
        file.note("ExponentOf32Bits", "EDGE_CASE",
                "e = 2^31 + 11 (0x8000000b, a prime) has exactly 32 bits: the widest exponent RSAPUBKEY's 32-bit pubexp "
                        + "holds, so the key has legacy RSA blobs with pubexp 0x8000000b.",
                "blob-layouts digest 3.2 (pubexp a u4)");
        file.note("DssVersion3WithJ", "EDGE_CASE",
                "An import input: the key's DSS version 3 private blob (DSS4) carrying j = (p - 1) / q after g, bitlenJ "
                        + "its bits (the DSSPUBKEY_VER3 layout; bitlenJ 0 means j is absent). BCryptImportKeyPair takes "
                        + "LEGACY_DSA_PRIVATE_BLOB; the key it restores is the group's, j is not part of it. Whether "
                        + "Windows reads a j is UNCONFIRMED; the layout places y and x after it.",
                "blob-layouts digest 3.4, 3.5 (import support)");
        file.note("DhVersion3WithQ", "EDGE_CASE",
                "An import input: the key's DH version 3 private blob (DH4) carrying the group's q = (p - 1) / 2 after p "
                        + "(the group is a safe prime and g = 2 has order q) and j = (p - 1) / q = 2 after g, bitlenQ and "
                        + "bitlenJ their bits (the DHPUBKEY_VER3 layout; 0 means absent). BCryptImportKeyPair takes "
                        + "LEGACY_DH_PRIVATE_BLOB; the key it restores is the group's. Whether Windows reads q and j is "
                        + "UNCONFIRMED; the layout places g, y and x after them.",
                "blob-layouts digest 3.4, 3.5 (import support)");
        file.note("QOver160Bits", "EDGE_CASE",
                "A 2048-bit DSA key has a 256-bit q; DSS version 2 has room for a 160-bit q only, so no "
                        + "LEGACY_DSA_V2_PRIVATE_BLOB exists for it. Expected STATUS_INVALID_PARAMETER (cngkit's choice); "
                        + "STATUS_NOT_SUPPORTED also conforms.",
                "blob-layouts digest 3.3 (INFERRED)");
        file.note("NoGenerationRecord", "EDGE_CASE",
                "The key has no generation record (CNG Count and Seed all 0xff): DSSSEED's counter is 0xffffffff, which "
                        + "says seed and counter are unavailable, and the seed is all 0xff.",
                "wincrypt DSSSEED page; blob-layouts digest 3.3");
    }

    private static ObjectNode seeded(String seed) {
        return VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION, "seed " + seed);
    }

    private static ObjectNode rsaKey(RsaKey k) {
        ObjectNode key = VectorFileBuilder.key();
        key.put("n", VectorFileBuilder.hex(k.n()));
        key.put("e", VectorFileBuilder.hex(k.e()));
        key.put("p", VectorFileBuilder.hex(k.p()));
        key.put("q", VectorFileBuilder.hex(k.q()));
        key.put("dp", VectorFileBuilder.hex(k.dp()));
        key.put("dq", VectorFileBuilder.hex(k.dq()));
        key.put("qinv", VectorFileBuilder.hex(k.qinv()));
        key.put("d", VectorFileBuilder.hex(k.d()));
        return key;
    }

    private static void rsa(VectorFileBuilder file, RsaKey k, ObjectNode source, String what, boolean withImport) {
        List<String> flags = List.of("SameKey");
        List<String> legacy = List.of("SameKey", "RsaLegacyHeader");
        byte[] pub = LegacyBlobWriter.rsa(k, false);
        VectorFileBuilder.Group g = file.group(source, "RSA", k.bits(), rsaKey(k))
                .success(what + ", as BCRYPT_RSAFULLPRIVATE_BLOB", VectorFileBuilder.with(flags, "CngForm"),
                        "BCRYPT_RSAFULLPRIVATE_BLOB", RsaKeyBlobWriter.fullPrivateBlob(k))
                .success(what + ", as LEGACY_RSAPUBLIC_BLOB", legacy, "LEGACY_RSAPUBLIC_BLOB", pub)
                .success(what + ", as LEGACY_RSAPRIVATE_BLOB", legacy, "LEGACY_RSAPRIVATE_BLOB", LegacyBlobWriter.rsa(k, true));
        if (withImport) {
            importRefused(g, what + ": LEGACY_RSAPUBLIC_BLOB import", VectorFileBuilder.with(legacy, "NotImportable"),
                    "LEGACY_RSAPUBLIC_BLOB", pub);
        }
    }

    private static void wideExponent(VectorFileBuilder file) {
        String seed = "cngkit/legacy_blob_test/RSA-1024-e100000001/1";
        RsaKey k = RsaVectors.seededKey(1024, BigInteger.ONE.shiftLeft(32).add(BigInteger.ONE), seed);
        String what = "RSA-1024 seeded key, e = 2^32 + 1";
        List<String> flags = List.of("ExponentOver32Bits");
        VectorFileBuilder.Group g = file.group(seeded(seed), "RSA", k.bits(), rsaKey(k))
                .success(what + ", as BCRYPT_RSAFULLPRIVATE_BLOB", List.of("ExponentOver32Bits", "CngForm"),
                        "BCRYPT_RSAFULLPRIVATE_BLOB", RsaKeyBlobWriter.fullPrivateBlob(k));
        exportRefused(g, what + ", as LEGACY_RSAPUBLIC_BLOB: refused", flags, "LEGACY_RSAPUBLIC_BLOB");
        exportRefused(g, what + ", as LEGACY_RSAPRIVATE_BLOB: refused", flags, "LEGACY_RSAPRIVATE_BLOB");
    }

    private static void exponentOf32Bits(VectorFileBuilder file) {
        String seed = "cngkit/legacy_blob_test/RSA-1024-e8000000b/1";
        RsaKey k = RsaVectors.seededKey(1024, BigInteger.ONE.shiftLeft(31).add(BigInteger.valueOf(11)), seed);
        rsaNoImport(file, k, seeded(seed), "RSA-1024 seeded key, e = 2^31 + 11", "ExponentOf32Bits");
    }

    private static void rsaNoImport(VectorFileBuilder file, RsaKey k, ObjectNode source, String what, String flag) {
        List<String> flags = List.of(flag);
        List<String> legacy = List.of(flag, "RsaLegacyHeader");
        file.group(source, "RSA", k.bits(), rsaKey(k))
                .success(what + ", as BCRYPT_RSAFULLPRIVATE_BLOB", VectorFileBuilder.with(flags, "CngForm"),
                        "BCRYPT_RSAFULLPRIVATE_BLOB", RsaKeyBlobWriter.fullPrivateBlob(k))
                .success(what + ", as LEGACY_RSAPUBLIC_BLOB", legacy, "LEGACY_RSAPUBLIC_BLOB", LegacyBlobWriter.rsa(k, false))
                .success(what + ", as LEGACY_RSAPRIVATE_BLOB", legacy, "LEGACY_RSAPRIVATE_BLOB", LegacyBlobWriter.rsa(k, true));
    }

    private static void dssWithJ(VectorFileBuilder file, DsaKey k) {
        String what = "DSA-1024";
        BigInteger j = k.p().subtract(BigInteger.ONE).divide(k.q());
        VectorFileBuilder.Group g = file.group(seeded("cngkit/dsa_blob_test/DSA-1024/1"), "DSA", k.bits(), dsaKey(k))
                .success(what + ", as BCRYPT_DSA_PRIVATE_BLOB", List.of("SameKey", "CngForm"), "BCRYPT_DSA_PRIVATE_BLOB",
                        DsaKeyBlobWriter.write(k, true));
        importSucceeds(g, what + ": LEGACY_DSA_PRIVATE_BLOB (DSS4) with j imports as the key",
                List.of("SameKey", "DssVersion3WithJ"), "LEGACY_DSA_PRIVATE_BLOB", LegacyBlobWriter.dssV3(k, true, j));
    }

    private static void dhWithQ(VectorFileBuilder file, DhGroups.Group group) {
        BigInteger p = group.prime();
        BigInteger g = group.generator();
        BigInteger q = p.subtract(BigInteger.ONE).shiftRight(1);
        BigInteger x = DhVectors.privateValue(group);
        BigInteger y = g.modPow(x, p);
        ObjectNode key = DhVectors.keyOf(p, g, y, x);
        String what = "DH-" + group.bits() + " on " + group.name();
        VectorFileBuilder.Group tests = file.group(VectorFileBuilder.source(group.source(), group.published(),
                        group.ref() + "; x from seed " + DhVectors.privateValueSeed(group)), "DH", group.bits(), key)
                .success(what + ", as BCRYPT_DH_PRIVATE_BLOB", List.of("SameKey", "CngForm"), "BCRYPT_DH_PRIVATE_BLOB",
                        DhKeyBlobWriter.write(p, g, y, x));
        importSucceeds(tests, what + ": LEGACY_DH_PRIVATE_BLOB (DH4) with q and j imports as the key",
                List.of("SameKey", "DhVersion3WithQ"), "LEGACY_DH_PRIVATE_BLOB", LegacyBlobWriter.dhV3(group.bits(), p, q, g, y, x));
    }

    private static void importSucceeds(VectorFileBuilder.Group g, String comment, List<String> flags, String blobType,
                                       byte[] input) {
        ObjectNode test = g.test(comment, flags, blobType);
        test.put("operation", "import");
        test.put("input", HexFormat.of().formatHex(input));
        test.putObject("expected").put("status", VectorFileBuilder.SUCCESS);
    }

    private static ObjectNode dsaKey(DsaKey k) {
        ObjectNode key = VectorFileBuilder.key();
        key.put("p", VectorFileBuilder.hex(k.p()));
        key.put("q", VectorFileBuilder.hex(k.q()));
        key.put("g", VectorFileBuilder.hex(k.g()));
        key.put("y", VectorFileBuilder.hex(k.y()));
        key.put("x", VectorFileBuilder.hex(k.x()));
        key.put("count", HexFormat.of().formatHex(k.count()));
        key.put("seed", HexFormat.of().formatHex(k.seed()));
        return key;
    }

    private static void dsa(VectorFileBuilder file, DsaKey k, String seed, String what, boolean withImport, String... extra) {
        List<String> flags = new java.util.ArrayList<>(List.of("SameKey"));
        flags.addAll(List.of(extra));
        List<String> v3 = VectorFileBuilder.with(flags, "DssVersion3Choice");
        byte[] pub = LegacyBlobWriter.dssV3(k, false);
        VectorFileBuilder.Group g = file.group(seeded(seed), "DSA", k.bits(), dsaKey(k))
                .success(what + ", as BCRYPT_DSA_PRIVATE_BLOB", VectorFileBuilder.with(flags, "CngForm"),
                        "BCRYPT_DSA_PRIVATE_BLOB", DsaKeyBlobWriter.write(k, true))
                .success(what + ", as LEGACY_DSA_PUBLIC_BLOB (DSS3)", v3, "LEGACY_DSA_PUBLIC_BLOB", pub)
                .success(what + ", as LEGACY_DSA_PRIVATE_BLOB (DSS4)", v3, "LEGACY_DSA_PRIVATE_BLOB", LegacyBlobWriter.dssV3(k, true))
                .success(what + ", as LEGACY_DSA_V2_PRIVATE_BLOB (DSS2)", VectorFileBuilder.with(flags, "DssVersion2"),
                        "LEGACY_DSA_V2_PRIVATE_BLOB", LegacyBlobWriter.dssV2(k, true));
        if (withImport) {
            importRefused(g, what + ": LEGACY_DSA_PUBLIC_BLOB import", VectorFileBuilder.with(v3, "NotImportable"),
                    "LEGACY_DSA_PUBLIC_BLOB", pub);
        }
    }

    private static void longDsa(VectorFileBuilder file, DsaKey k) {
        String what = "DSA-2048, FIPS 186-3 domain, N = 256";
        VectorFileBuilder.Group g = file.group(seeded("cngkit/dsa_blob_test/DSA-2048/1"), "DSA", k.bits(), dsaKey(k))
                .success(what + ", as BCRYPT_DSA_PRIVATE_BLOB", List.of("SameKey", "CngForm"), "BCRYPT_DSA_PRIVATE_BLOB",
                        DsaKeyBlobWriter.write(k, true));
        exportRefused(g, what + ", as LEGACY_DSA_V2_PRIVATE_BLOB: refused", List.of("SameKey", "QOver160Bits"),
                "LEGACY_DSA_V2_PRIVATE_BLOB");
    }

    private static void dh(VectorFileBuilder file, DhGroups.Group group, boolean withImport) {
        BigInteger p = group.prime();
        BigInteger g = group.generator();
        BigInteger x = DhVectors.privateValue(group);
        BigInteger y = g.modPow(x, p);
        ObjectNode key = DhVectors.keyOf(p, g, y, x);
        String what = "DH-" + group.bits() + " on " + group.name();
        List<String> flags = List.of("SameKey", "DhVersion3Choice");
        byte[] pub = LegacyBlobWriter.dhV3(group.bits(), p, g, y, null);
        VectorFileBuilder.Group tests = file.group(VectorFileBuilder.source(group.source(), group.published(),
                        group.ref() + "; x from seed " + DhVectors.privateValueSeed(group)), "DH", group.bits(), key)
                .success(what + ", as BCRYPT_DH_PRIVATE_BLOB", List.of("SameKey", "CngForm"), "BCRYPT_DH_PRIVATE_BLOB",
                        DhKeyBlobWriter.write(p, g, y, x))
                .success(what + ", as LEGACY_DH_PUBLIC_BLOB", flags, "LEGACY_DH_PUBLIC_BLOB", pub)
                .success(what + ", as LEGACY_DH_PRIVATE_BLOB", flags, "LEGACY_DH_PRIVATE_BLOB",
                        LegacyBlobWriter.dhV3(group.bits(), p, g, y, x));
        if (withImport) {
            importRefused(tests, what + ": LEGACY_DH_PUBLIC_BLOB import", VectorFileBuilder.with(flags, "NotImportable"),
                    "LEGACY_DH_PUBLIC_BLOB", pub);
        }
    }

    private static void exportRefused(VectorFileBuilder.Group g, String comment, List<String> flags, String blobType) {
        status(g.test(comment, flags, blobType).putObject("expected"), INVALID_PARAMETER, NOT_SUPPORTED);
    }

    private static void importRefused(VectorFileBuilder.Group g, String comment, List<String> flags, String blobType,
                                      byte[] input) {
        ObjectNode test = g.test(comment, flags, blobType);
        test.put("operation", "import");
        test.put("input", HexFormat.of().formatHex(input));
        status(test.putObject("expected"), NOT_SUPPORTED, INVALID_PARAMETER);
    }

    private static void status(ObjectNode expected, String status, String alsoAcceptable) {
        expected.put("status", status);
        ArrayNode also = expected.putArray("alsoAcceptable");
        also.add(alsoAcceptable);
    }
}
