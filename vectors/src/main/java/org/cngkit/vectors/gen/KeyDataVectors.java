package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** key_data_blob_test.json: symmetric keys exported as BCRYPT_KEY_DATA_BLOB and BCRYPT_OPAQUE_KEY_BLOB. */
final class KeyDataVectors {
    static final String KEY_DATA = "BCRYPT_KEY_DATA_BLOB";
    static final String OPAQUE = "BCRYPT_OPAQUE_KEY_BLOB";

    private KeyDataVectors() {
    }

    static ObjectNode file(Path vectorsDir) {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on symmetric keys: BCRYPT_KEY_DATA_BLOB (KeyDataBlob) and BCRYPT_OPAQUE_KEY_BLOB (OpaqueKeyBlob).",
                "Each test group holds one key; key.secret is the key as given to BCryptGenerateSymmetricKey (or imported).",
                "Every group exports its key twice: as BCRYPT_KEY_DATA_BLOB, whose exact bytes are expected, and as",
                "BCRYPT_OPAQUE_KEY_BLOB, whose content belongs to the provider, so only STATUS_SUCCESS is expected.",
                "A KEY_DATA blob is the 12-byte BCRYPT_KEY_DATA_BLOB_HEADER (magic 0x4d42444b = \"KDBM\" in memory,",
                "version 1, cbKeyData; little-endian u4 each) followed by the secret. Layout:",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_key_data_blob_header",
                "source.name says where a key comes from: rfc3394 (key data of RFC 3394 section 4),",
                "windows-observed (keys whose export was seen on Windows), cngkit-vectorgen (derived from a seed).",
                "Seeded keys: concatenated SHA-256(seed || counter) blocks, counter a 4-byte big-endian number from 0,",
                "seed the UTF-8 text after 'seed ' in source.ref; 3DES keys then get odd parity in every byte.",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/; do not edit by hand.");
        file.note("Rfc3394KeyData", "BASIC",
                "The key is the 'Key Data' of an RFC 3394 section 4 test vector, used here as a plain AES key (not wrapped).",
                "RFC 3394 section 4; vectors/upstream/aes-kw/rfc3394/rfc3394-section4.json");
        file.note("WindowsObserved", "BASIC",
                "Windows was seen to export exactly this blob for this key. Wine's conformance test (which passes on "
                        + "Windows) imports the 16 x 0x11 blob as KeyDataBlob and requires the export to return the same "
                        + "28 bytes; it imports the 32 x 0x22 blob, wraps that key under the first with AES key wrap, "
                        + "unwraps it into a new key and requires its KeyDataBlob export to equal the imported 44 bytes.",
                "wine-mirror/wine dlls/bcrypt/tests/bcrypt.c test_key_import_export; blob-layouts digest 2.1 [S-WT1]");
        file.note("SeededKey", "BASIC",
                "The key bytes come from the cngkit generator's seeded SHA-256 stream; the seed is in source.ref.",
                "org.cngkit.vectors.gen.SeededBytes; vectors/PROVENANCE.md");
        file.note("OddParityDesKey", "EDGE_CASE",
                "Every byte of the 3DES key already has odd DES parity (its low bit makes the count of one bits odd), "
                        + "its three 8-byte DES keys are distinct and none is weak or semi-weak. An implementation that "
                        + "keeps key bytes as given and one that sets the parity bits itself therefore export the same "
                        + "bytes, and the expected blob holds for both. Whether Windows normalises parity is not documented.",
                "FIPS 46-3 (DES parity bits); NIST SP 800-67 Rev. 2 (TDEA keying options)");
        file.note("OpaqueBlob", "FUNCTIONALITY",
                "BCRYPT_OPAQUE_KEY_BLOB content is private to the provider and may change between its versions: only "
                        + "the status is expected. Whether the blob re-imports is for the kit to check, not a vector.",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/nf-bcrypt-bcryptexportkey; blob-layouts digest 4.2");

        JsonNode rfc = VectorGenerator.readJson(vectorsDir.resolve(VectorGenerator.RFC3394_INPUT));
        for (String section : List.of("4.1", "4.4", "4.6")) {
            byte[] secret = HexFormat.of().parseHex(rfc3394KeyData(rfc, section));
            String label = "AES-" + secret.length * 8;
            symmetricGroup(file, VectorFileBuilder.source("rfc3394", "2002-09", "RFC 3394 section " + section), "AES", secret,
                    label + " key, RFC 3394 section " + section + " key data", "Rfc3394KeyData");
        }

        byte[] windows128 = VectorGenerator.filled(16, 0x11);
        if (!HexFormat.of().formatHex(KeyDataBlobWriter.write(windows128)).equals(VectorGenerator.WINDOWS_AES128_BLOB)) {
            throw new IllegalStateException("the KEY_DATA writer disagrees with the blob observed on Windows");
        }
        ObjectNode observed = VectorFileBuilder.source("windows-observed", "Wine conformance suite, dlls/bcrypt/tests/bcrypt.c",
                "test_key_import_export; blob-layouts digest 2.1 [S-WT1]");
        symmetricGroup(file, observed, "AES", windows128, "AES-128 key of 16 x 0x11 (28-byte blob seen on Windows)",
                "WindowsObserved");
        symmetricGroup(file, observed.deepCopy(), "AES", VectorGenerator.filled(32, 0x22),
                "AES-256 key of 32 x 0x22 (44-byte blob seen on Windows)", "WindowsObserved");

        for (int bits : new int[] {128, 192, 256}) {
            String seed = "cngkit/key_data_blob_test/AES-" + bits + "/1";
            symmetricGroup(file, VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION, "seed " + seed), "AES", new SeededBytes(seed).next(bits / 8),
                    "AES-" + bits + " seeded key", "SeededKey");
        }
        for (int n = 1; n <= 2; n++) {
            String seed = "cngkit/key_data_blob_test/3DES/" + n;
            symmetricGroup(file, VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION, "seed " + seed), "3DES", DesKeys.tripleDesKey(new SeededBytes(seed)),
                    "3DES (three-key) seeded key with odd-parity bytes", "SeededKey", "OddParityDesKey");
        }
        return file.build();
    }

    private static String rfc3394KeyData(JsonNode rfc, String section) {
        for (JsonNode test : rfc.get("tests")) {
            if (section.equals(test.get("section").asText())) {
                return test.get("keyData").asText().toLowerCase(Locale.ROOT);
            }
        }
        throw new IllegalStateException(VectorGenerator.RFC3394_INPUT + " has no section " + section);
    }

    /** A group for a symmetric key: a KEY_DATA test with its exact blob, and an OPAQUE test. */
    private static void symmetricGroup(VectorFileBuilder file, ObjectNode source, String algorithm, byte[] secret,
                                       String what, String... flags) {
        ObjectNode key = VectorFileBuilder.key();
        key.put("secret", HexFormat.of().formatHex(secret));
        file.group(source, algorithm, secret.length * 8, key)
                .success(what + ", exported as BCRYPT_KEY_DATA_BLOB", List.of(flags), KEY_DATA, KeyDataBlobWriter.write(secret))
                .success(what + ", exported as BCRYPT_OPAQUE_KEY_BLOB", List.of("OpaqueBlob"), OPAQUE, null);
    }
}
