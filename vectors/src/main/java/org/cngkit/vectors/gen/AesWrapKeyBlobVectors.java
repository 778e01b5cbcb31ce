package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.cngkit.vectors.AesKeyWrap;

/**
 * Writes {@code aes_wrap_key_blob_test.json}: BCRYPT_AES_WRAP_KEY_BLOB (RFC 3394 AES key wrap, no header) from
 * the RFC 3394 section 4 vectors, the NIST CAVP KW-AE/KW-AD files, Wycheproof's aes_wrap_test.json, the wrap Wine's
 * conformance test saw on Windows, and a few seeded keys for what no upstream file has (a 3DES key, a key that is
 * not a whole number of 8-byte units). Expected blobs are the upstream ciphertexts themselves; the seeded 3DES
 * wrap is computed with the JDK ({@link AesKeyWrap}). Every export blob and every import input expected to
 * succeed is unwrapped at load time by the oracle and compared with the key.
 */
final class AesWrapKeyBlobVectors {
    static final String FILE = "aes_wrap_key_blob_test.json";
    static final String BLOB_TYPE = "BCRYPT_AES_WRAP_KEY_BLOB";
    static final String CAVP_ENCRYPT = "upstream/aes-kw/cavp/KW_AE_128.txt";
    static final String CAVP_DECRYPT = "upstream/aes-kw/cavp/KW_AD_128.txt";
    static final String WYCHEPROOF = "upstream/aes-kw/wycheproof/aes_wrap_test.json";

    /** Wine's test_key_import_export, passing on Windows: 32 x 0x22 wrapped under 16 x 0x11 (blob-layouts digest 4.1). */
    static final String WINDOWS_WRAPPED = "336e511025badbcecb25008551c0fa2166dd6d6746760f8a44e56531cb02529c69591aec672711aa";

    /** An unwrap input of the wrong size: the page gives no status (doc-silent). cngkit's choice first. */
    private static final Expectation SIZE_REFUSED = new Expectation("STATUS_INVALID_PARAMETER",
            List.of("STATUS_INVALID_BUFFER_SIZE", "NTE_BAD_DATA"));
    /** An unwrap whose integrity check fails: the page gives no status (doc-silent). cngkit's choice first. */
    private static final Expectation INTEGRITY_REFUSED = new Expectation("STATUS_AUTH_TAG_MISMATCH",
            List.of("STATUS_INVALID_PARAMETER", "STATUS_UNSUCCESSFUL", "STATUS_DATA_ERROR", "NTE_BAD_DATA"));
    /** A key that is not a whole number of 8-byte units: the page forbids the wrap but gives no status. */
    private static final Expectation KEY_LENGTH_REFUSED = new Expectation("STATUS_INVALID_PARAMETER",
            List.of("STATUS_NOT_SUPPORTED"));
    /** An 8-byte key: refused, or wrapped as one AES block (UNCONFIRMED on Windows). */
    private static final Expectation SINGLE_SEMIBLOCK = new Expectation("STATUS_NOT_SUPPORTED",
            List.of("STATUS_INVALID_PARAMETER", VectorFileBuilder.SUCCESS));
    private static final Expectation SUCCEEDS = new Expectation(VectorFileBuilder.SUCCESS, List.of());

    private record Expectation(String status, List<String> alsoAcceptable) {
        void writeTo(ObjectNode test, byte[] blob) {
            ObjectNode expected = test.putObject("expected");
            expected.put("status", status);
            if (!alsoAcceptable.isEmpty()) {
                ArrayNode also = expected.putArray("alsoAcceptable");
                alsoAcceptable.forEach(also::add);
            }
            if (blob != null) {
                expected.put("blob", HexFormat.of().formatHex(blob));
            }
        }
    }

    private final VectorFileBuilder file = new VectorFileBuilder();

    private AesWrapKeyBlobVectors() {
    }

    static ObjectNode build(Path vectorsDir) {
        AesWrapKeyBlobVectors vectors = new AesWrapKeyBlobVectors();
        vectors.describe();
        vectors.rfc3394(VectorGenerator.readJson(vectorsDir.resolve(VectorGenerator.RFC3394_INPUT)));
        vectors.windowsObserved();
        vectors.cavp(CavpKeyWrapFile.read(vectorsDir.resolve(CAVP_ENCRYPT)), "KW_AE_128.txt");
        vectors.cavp(CavpKeyWrapFile.read(vectorsDir.resolve(CAVP_DECRYPT)), "KW_AD_128.txt");
        vectors.wycheproof(VectorGenerator.readJson(vectorsDir.resolve(WYCHEPROOF)));
        vectors.seeded();
        return vectors.file.build();
    }

    private void describe() {
        file.header(
                "BCryptExportKey and BCryptImportKey with BCRYPT_AES_WRAP_KEY_BLOB (Rfc3565KeyWrapBlob): the RFC 3394 AES key wrap",
                "of a symmetric key under an AES key-encryption key (KEK), default initial value A6A6A6A6A6A6A6A6, no header:",
                "the blob is the wrapped key only, 8 bytes longer than the key (blob-layouts digest 4.1).",
                "key.secret is the key to wrap (as given to BCryptGenerateSymmetricKey), key.kek the AES key behind hExportKey",
                "(export) or hImportKey (import). A group holding only key.kek has unwrap tests whose input must be refused.",
                "operation export (the default): export key.secret under key.kek; expected.blob is the exact result.",
                "operation import: BCryptImportKey(group algorithm, hImportKey = key.kek, input); on success the imported key",
                "is key.secret (re-export it as BCRYPT_KEY_DATA_BLOB to see). The page documents no status for a refused wrap",
                "or unwrap: expected.status is cngkit's choice and expected.alsoAcceptable lists the other statuses that conform.",
                "source.name says where a group comes from: rfc3394, windows-observed, nist-cavp (file, section and COUNT in ref),",
                "wycheproof (its tcId in ref) or cngkit-vectorgen (seed in ref; see key_data_blob_test.json for the derivation).",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/; do not edit by hand.");
        file.note("Rfc3394", "BASIC", "A test vector of RFC 3394 section 4 (KEK and key data of 128, 192 or 256 bits).",
                "RFC 3394 section 4; vectors/upstream/aes-kw/rfc3394/rfc3394-section4.json");
        file.note("WindowsObserved", "BASIC",
                "Windows produced exactly this wrap: Wine's conformance test, which passes on Windows, wraps a 32 x 0x22 AES key "
                        + "under a 16 x 0x11 AES key, compares the 40 bytes with these, unwraps them with BCryptImportKey and "
                        + "requires the KeyDataBlob export of the result to equal the original key's.",
                "wine-mirror/wine dlls/bcrypt/tests/bcrypt.c test_key_import_export; blob-layouts digest 4.1 [S-WT1]");
        file.note("NistWrap", "BASIC", "A NIST CAVP KW-AE case: K wraps P into C (AES-128 KEK).",
                "NIST CAVP kwtestvectors (SP 800-38F), KW_AE_128.txt; vectors/upstream/aes-kw/cavp/");
        file.note("NistUnwrap", "BASIC", "A NIST CAVP KW-AD case that unwraps: C unwraps under K to P (AES-128 KEK).",
                "NIST CAVP kwtestvectors (SP 800-38F), KW_AD_128.txt; vectors/upstream/aes-kw/cavp/");
        file.note("NistUnwrapFail", "MODIFIED_PARAMETER",
                "A NIST CAVP KW-AD case marked FAIL: C does not unwrap under K (the integrity check fails), so the import "
                        + "must be refused and no key handle returned.",
                "NIST CAVP kwtestvectors (SP 800-38F), KW_AD_128.txt; vectors/upstream/aes-kw/cavp/");
        file.note("Normal", "BASIC", "A Wycheproof case that wraps and unwraps normally.",
                "C2SP/wycheproof testvectors_v1/aes_wrap_test.json; vectors/upstream/aes-kw/wycheproof/");
        file.note("EmptyKey", "AUTH_BYPASS",
                "Wycheproof: the wrap of an empty key (the bare initial value). There is no empty key to import, so the "
                        + "unwrap must be refused; accepting it could make a result that depends on no key at all.",
                "C2SP/wycheproof testvectors_v1/aes_wrap_test.json; vectors/upstream/aes-kw/wycheproof/");
        file.note("ShortKey", "MISSING_STEP",
                "Wycheproof (result 'acceptable'): an 8-byte key. SP 800-38F defines KW for two or more 8-byte semiblocks "
                        + "only; Wycheproof accepts the RFC 3394 form for one semiblock, one AES encryption of the initial value "
                        + "and the key. What Windows does with an 8-byte (DES) key is UNCONFIRMED: refusing it, or producing "
                        + "exactly that one-block wrap, both conform.",
                "C2SP/wycheproof testvectors_v1/aes_wrap_test.json; NIST SP 800-38F section 6.2; blob-layouts digest 4.1");
        file.note("WrongDataSize", "MISSING_STEP",
                "Wycheproof: a key that is not a multiple of 8 bytes cannot be key-wrapped. Its 1-byte key cannot be a CNG "
                        + "symmetric key, so the (empty) ciphertext is used as an unwrap input, which must be refused.",
                "C2SP/wycheproof testvectors_v1/aes_wrap_test.json; vectors/upstream/aes-kw/wycheproof/");
        file.note("InvalidWrappingSize", "MODIFIED_PARAMETER",
                "Wycheproof: a wrapped key of impossible size (empty); the unwrap must be refused.",
                "C2SP/wycheproof testvectors_v1/aes_wrap_test.json; vectors/upstream/aes-kw/wycheproof/");
        file.note("ModifiedIv", "MISSING_STEP",
                "Wycheproof: the ciphertext was made with another initial value, so the unwrap's integrity check fails and "
                        + "the import must be refused.",
                "C2SP/wycheproof testvectors_v1/aes_wrap_test.json; vectors/upstream/aes-kw/wycheproof/");
        file.note("ChangedCiphertext", "MODIFIED_PARAMETER",
                "cngkit changed an upstream ciphertext (dropped its last byte, added a zero byte, or flipped the low bit of "
                        + "its last byte); the comment says which. The import must be refused.",
                "org.cngkit.vectors.gen.AesWrapKeyBlobVectors");
        file.note("NotWholeSemiblocks", "EDGE_CASE",
                "The key or the wrapped input is not a whole number of 8-byte units. The page requires the key exported as "
                        + "BCRYPT_AES_WRAP_KEY_BLOB to be a multiple of 8 bytes long but documents no status for a key that is not.",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey (pszBlobType table)");
        file.note("SeededKey", "BASIC",
                "The key and KEK bytes come from the cngkit generator's seeded SHA-256 stream; the seeds are in source.ref.",
                "org.cngkit.vectors.gen.SeededBytes; vectors/PROVENANCE.md");
    }

    // ---------------------------------------------------------------- RFC 3394 and Windows

    private void rfc3394(JsonNode rfc) {
        for (JsonNode vector : rfc.get("tests")) {
            String section = vector.get("section").asText();
            byte[] kek = hex(vector.get("kek").asText());
            byte[] keyData = hex(vector.get("keyData").asText());
            byte[] wrapped = hex(vector.get("ciphertext").asText());
            String what = "RFC 3394 section " + section + ", " + vector.get("title").asText();
            VectorFileBuilder.Group tests = wrappedKeyGroup(VectorFileBuilder.source("rfc3394", "2002-09", "RFC 3394 section " + section),
                    "AES", kek, keyData);
            exportAndImport(tests, what, wrapped, "Rfc3394");
            if (section.equals("4.1")) {
                importTest(tests, what + ": ciphertext without its last byte (23 bytes)",
                        List.of("ChangedCiphertext", "NotWholeSemiblocks"), Arrays.copyOf(wrapped, wrapped.length - 1), SIZE_REFUSED);
                importTest(tests, what + ": ciphertext followed by one zero byte (25 bytes)",
                        List.of("ChangedCiphertext", "NotWholeSemiblocks"), Arrays.copyOf(wrapped, wrapped.length + 1), SIZE_REFUSED);
                byte[] flipped = wrapped.clone();
                flipped[flipped.length - 1] ^= 1;
                importTest(tests, what + ": ciphertext with the low bit of its last byte flipped",
                        List.of("ChangedCiphertext"), flipped, INTEGRITY_REFUSED);
            }
        }
    }

    private void windowsObserved() {
        byte[] kek = VectorGenerator.filled(16, 0x11);
        byte[] keyData = VectorGenerator.filled(32, 0x22);
        VectorFileBuilder.Group tests = wrappedKeyGroup(VectorFileBuilder.source("windows-observed",
                "Wine conformance suite, dlls/bcrypt/tests/bcrypt.c", "test_key_import_export; blob-layouts digest 4.1 [S-WT1]"),
                "AES", kek, keyData);
        exportAndImport(tests, "AES-256 key of 32 x 0x22 under an AES-128 KEK of 16 x 0x11 (40-byte blob seen on Windows)",
                hex(WINDOWS_WRAPPED), "WindowsObserved");
    }

    // ---------------------------------------------------------------- NIST CAVP

    private void cavp(List<CavpKeyWrapFile.Record> records, String fileName) {
        boolean decrypt = fileName.startsWith("KW_AD");
        for (CavpKeyWrapFile.Record r : records) {
            String where = r.locator(fileName);
            ObjectNode source = VectorFileBuilder.source("nist-cavp", "CAVS 17.4 kwtestvectors, 2014-12-03", where);
            if (r.fail()) {
                VectorFileBuilder.Group tests = kekOnlyGroup(source, r.kek());
                importTest(tests, where + ": C does not unwrap under K (FAIL)", List.of("NistUnwrapFail"), r.wrapped(),
                        INTEGRITY_REFUSED);
            } else if (decrypt) {
                VectorFileBuilder.Group tests = wrappedKeyGroup(source, "AES", r.kek(), r.keyData());
                importTest(tests, where + ": C unwraps to P", List.of("NistUnwrap"), r.wrapped(), SUCCEEDS);
            } else {
                VectorFileBuilder.Group tests = wrappedKeyGroup(source, "AES", r.kek(), r.keyData());
                exportTest(tests, where + ": P wraps to C", List.of("NistWrap"), r.wrapped(), SUCCEEDS);
            }
        }
    }

    // ---------------------------------------------------------------- Wycheproof

    private void wycheproof(JsonNode upstream) {
        String version = "C2SP/wycheproof testvectors_v1/aes_wrap_test.json (" + upstream.get("schema").asText() + ")";
        for (JsonNode group : upstream.get("testGroups")) {
            int kekBits = group.get("keySize").asInt();
            for (JsonNode t : group.get("tests")) {
                int tcId = t.get("tcId").asInt();
                String flag = t.get("flags").get(0).asText();
                byte[] kek = hex(t.get("key").asText());
                byte[] msg = hex(t.get("msg").asText());
                byte[] ct = hex(t.get("ct").asText());
                ObjectNode source = VectorFileBuilder.source("wycheproof", version, "tcId " + tcId + " (keySize " + kekBits + ")");
                String what = "Wycheproof tcId " + tcId + (t.get("comment").asText().isEmpty() ? "" : ", " + t.get("comment").asText());
                switch (flag) {
                    case "Normal" -> exportAndImport(wrappedKeyGroup(source, "AES", kek, msg), what, ct, flag);
                    case "ShortKey" -> exportTest(wrappedKeyGroup(source, "DES", kek, msg),
                            what + ": an 8-byte DES key, refused or wrapped as one AES block", List.of(flag), ct, SINGLE_SEMIBLOCK);
                    case "EmptyKey", "WrongDataSize", "InvalidWrappingSize" -> importTest(kekOnlyGroup(source, kek),
                            what + ": unwrap of " + ct.length + " bytes", List.of(flag), ct, SIZE_REFUSED);
                    case "ModifiedIv" -> importTest(kekOnlyGroup(source, kek), what, List.of(flag), ct, INTEGRITY_REFUSED);
                    default -> throw new IllegalStateException(WYCHEPROOF + " tcId " + tcId + ": no mapping for flag " + flag);
                }
            }
        }
    }

    // ---------------------------------------------------------------- seeded keys

    private void seeded() {
        String kekSeed = "cngkit/aes_wrap_key_blob_test/KEK-256/1";
        String keySeed = "cngkit/aes_wrap_key_blob_test/3DES/1";
        byte[] kek = new SeededBytes(kekSeed).next(32);
        byte[] tripleDes = DesKeys.tripleDesKey(new SeededBytes(keySeed));
        VectorFileBuilder.Group tests = wrappedKeyGroup(VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION,
                "seed " + keySeed + "; KEK seed " + kekSeed), "3DES", kek, tripleDes);
        exportAndImport(tests, "3DES (three-key) seeded key with odd-parity bytes under a seeded AES-256 KEK",
                AesKeyWrap.wrap(kek, tripleDes), "SeededKey");

        String shortKekSeed = "cngkit/aes_wrap_key_blob_test/KEK-128/1";
        String rc2Seed = "cngkit/aes_wrap_key_blob_test/RC2-40/1";
        byte[] rc2 = new SeededBytes(rc2Seed).next(5);
        VectorFileBuilder.Group rc2Tests = wrappedKeyGroup(VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION,
                "seed " + rc2Seed + "; KEK seed " + shortKekSeed), "RC2", new SeededBytes(shortKekSeed).next(16), rc2);
        exportTest(rc2Tests, "5-byte (40-bit) RC2 key under a seeded AES-128 KEK: not a multiple of 8 bytes, so it cannot be wrapped",
                List.of("SeededKey", "NotWholeSemiblocks"), null, KEY_LENGTH_REFUSED);
    }

    // ---------------------------------------------------------------- building blocks

    private VectorFileBuilder.Group wrappedKeyGroup(ObjectNode source, String algorithm, byte[] kek, byte[] secret) {
        ObjectNode key = VectorFileBuilder.key();
        key.put("kek", HexFormat.of().formatHex(kek));
        key.put("secret", HexFormat.of().formatHex(secret));
        return file.group(source, algorithm, secret.length * 8, key);
    }

    private VectorFileBuilder.Group kekOnlyGroup(ObjectNode source, byte[] kek) {
        ObjectNode key = VectorFileBuilder.key().put("kek", HexFormat.of().formatHex(kek));
        return file.group(source, "AES", kek.length * 8, key);
    }

    /** An export test and an import of the same blob, which must restore the key. */
    private void exportAndImport(VectorFileBuilder.Group tests, String what, byte[] wrapped, String flag) {
        exportTest(tests, what + ": wrap", List.of(flag), wrapped, SUCCEEDS);
        importTest(tests, what + ": unwrap", List.of(flag), wrapped, SUCCEEDS);
    }

    private void exportTest(VectorFileBuilder.Group tests, String comment, List<String> flags, byte[] blob, Expectation expectation) {
        expectation.writeTo(tests.test(comment, flags, BLOB_TYPE), blob);
    }

    private void importTest(VectorFileBuilder.Group tests, String comment, List<String> flags, byte[] input, Expectation expectation) {
        ObjectNode test = tests.test(comment, flags, BLOB_TYPE);
        test.put("operation", "import");
        test.put("input", HexFormat.of().formatHex(input));
        expectation.writeTo(test, null);
    }

    private static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.toLowerCase(Locale.ROOT));
    }
}
