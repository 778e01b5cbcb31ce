package org.cngkit.kit.tools.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.cngkit.vectors.VectorCatalog;
import org.cngkit.vectors.VectorFile;
import org.cngkit.vectors.VectorTest;
import org.junit.jupiter.api.Test;

/**
 * {@link Inspector} on the committed vectors: every expected blob with a layout is recognised as its own blob type and
 * passes every check; damaged copies of them are reported, never thrown.
 */
class InspectorTest {
    private static final VectorCatalog VECTORS = VectorCatalog.load();

    private static byte[] blob(String file, int tcId) {
        return VECTORS.test(file, tcId).expected().blob();
    }

    private static Inspection inspect(byte[] blob) {
        return Inspector.inspect(new BlobInput(blob, "binary"), false);
    }

    @Test
    void everyExpectedBlobWithALayoutIsRecognisedAsItsTypeAndConsistent() {
        List<String> problems = new ArrayList<>();
        int inspected = 0;
        for (VectorFile file : VECTORS.files()) {
            for (VectorTest test : file.tests()) {
                if (!test.expected().hasBlob() || test.blobType().equals("BCRYPT_AES_WRAP_KEY_BLOB")) {
                    continue;
                }
                Inspection in = inspect(test.expected().blob());
                inspected++;
                String where = file.name() + " tcId " + test.tcId() + " (" + test.blobType() + "): ";
                if (in.error() != null) {
                    problems.add(where + in.error());
                } else if (!in.blobTypes().contains(test.blobType())) {
                    problems.add(where + "recognised as " + in.blobTypes());
                } else if (!in.consistent()) {
                    problems.add(where + in.checks().stream().filter(c -> !c.passed()).toList());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(inspected > 300, "only " + inspected + " blobs inspected");
    }

    @Test
    void aWrappedKeyIsNotRecognisedAndTheMessageSaysWhy() {
        Inspection in = inspect(blob("aes_wrap_key_blob_test.json", 1));
        assertNull(in.layout());
        assertTrue(in.error().contains("BCRYPT_AES_WRAP_KEY_BLOB has no header"), in.error());
        assertFalse(in.consistent());
    }

    @Test
    void aTruncatedBlobGivesTheParsePositionAndNoException() {
        byte[] full = blob("rsa_blob_test.json", 3);
        Inspection in = inspect(Arrays.copyOf(full, 100));
        assertEquals("bcrypt_rsakey_blob", in.layout());
        assertNotNull(in.error());
        // header 24 + e 3 + n 64 = 91: prime1 (32 bytes) starts there and does not fit in the 9 left
        assertEquals(91, in.errorOffset(), in.error());
        assertTrue(in.error().contains("offset 91") && in.error().contains("9 left"), in.error());
    }

    @Test
    void aLengthThatBreaksAValidRuleNamesTheField() {
        byte[] blob = blob("rsa_blob_test.json", 1);
        blob[12] = 65; // cbModulus 65 for a 512-bit key: (BitLength + 7) / 8 is 64
        Inspection in = inspect(blob);
        assertTrue(in.error().startsWith("field len_modulus (cbModulus)"), in.error());
        assertEquals(16, in.errorOffset());
    }

    @Test
    void aWrongCrtCoefficientFailsExactlyThatRelation() {
        byte[] blob = blob("rsa_blob_test.json", 3);
        blob[219 + 31] ^= 1; // last byte of Coefficient in a 512-bit RSAFULLPRIVATEBLOB (offset 219, 32 bytes)
        Inspection in = inspect(blob);
        assertNull(in.error());
        assertEquals(List.of("qinv = q^-1 mod p"), in.checks().stream().filter(c -> !c.passed()).map(Check::name).toList());
        assertFalse(in.consistent());
    }

    @Test
    void aPointOffTheCurveFailsTheCurveCheck() {
        byte[] blob = blob("ecc_blob_test.json", 1);
        blob[blob.length - 1] ^= 1; // last byte of Y
        Inspection in = inspect(blob);
        assertTrue(in.checks().stream().anyMatch(c -> !c.passed() && c.name().equals("(x, y) is a point of nistP256")),
                in.checks().toString());
    }

    @Test
    void trailingBytesFailTheLayoutCheckOfTheBlobType() {
        byte[] blob = Arrays.copyOf(blob("rsa_blob_test.json", 1), blob("rsa_blob_test.json", 1).length + 2);
        Inspection in = inspect(blob);
        assertFalse(in.consistent());
        assertTrue(in.checks().stream().anyMatch(c -> !c.passed() && c.detail().contains("trailing")), in.checks().toString());
    }

    @Test
    void privateFieldsAreRedactedUnlessRevealed() {
        byte[] blob = blob("rsa_blob_test.json", 3);
        String prime1 = HexFormat.of().formatHex(Arrays.copyOfRange(blob, 91, 123));
        String modulus = HexFormat.of().formatHex(Arrays.copyOfRange(blob, 27, 91));
        Inspection hidden = inspect(blob);
        String json = InspectionJson.render(hidden);
        String text = InspectionText.render(hidden);
        assertFalse(json.contains(prime1) || text.contains(prime1.substring(0, 16)));
        assertTrue(json.contains(modulus), "public fields stay visible");
        Field p = hidden.fields().stream().filter(f -> f.path().equals("prime1")).findFirst().orElseThrow();
        assertTrue(p.secret() && !p.shown());
        assertEquals(91, p.offset());
        String revealed = InspectionJson.render(Inspector.inspect(new BlobInput(blob, "binary"), true));
        assertTrue(revealed.contains(prime1));
    }

    @Test
    void aCryptoApiBlobShowsItsHeaderFieldsByPath() {
        VectorTest legacy = VECTORS.file("legacy_blob_test.json").tests().stream()
                .filter(t -> t.blobType().equals("LEGACY_RSAPRIVATE_BLOB") && t.expected().hasBlob()).findFirst().orElseThrow();
        Inspection in = inspect(legacy.expected().blob());
        assertEquals("capi_rsa_key_blob", in.layout());
        assertEquals(List.of("header.blob_type", "header.version", "header.reserved", "header.key_algorithm", "magic"),
                in.fields().stream().limit(5).map(Field::path).toList());
        assertEquals(List.of(0, 1, 2, 4, 8), in.fields().stream().limit(5).map(Field::offset).toList());
        assertTrue(in.consistent(), in.checks().toString());
    }

    @Test
    void aParameterSetBlobNamesItsSet() {
        Inspection in = inspect(blob("mlkem_key_blob_test.json", 2));
        assertEquals("BCRYPT_MLKEM_PRIVATE_BLOB", in.blobTypes().get(0));
        assertEquals("512", in.parameterSet());
        assertTrue(in.checks().stream().anyMatch(c -> c.passed() && c.name().startsWith("H(ek) inside dk")), in.checks().toString());
        assertTrue(in.fields().stream().filter(f -> f.path().equals("key")).allMatch(f -> f.secret() && !f.shown()));
    }
}
