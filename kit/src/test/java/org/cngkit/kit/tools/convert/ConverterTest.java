package org.cngkit.kit.tools.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.vectors.BlobCrossCheck;
import org.cngkit.vectors.KeyMaterial;
import org.cngkit.vectors.VectorCatalog;
import org.cngkit.vectors.VectorFile;
import org.cngkit.vectors.VectorTest;
import org.junit.jupiter.api.Test;

/** Round trips of the vectors' private and public blobs: blob -> DER -> the same blob type again. */
class ConverterTest {
    private static final VectorCatalog VECTORS = VectorCatalog.load();
    private static final List<String> TYPES = List.of("BCRYPT_RSAFULLPRIVATE_BLOB", "BCRYPT_RSAPUBLIC_BLOB",
            "BCRYPT_ECCPRIVATE_BLOB", "BCRYPT_ECCPUBLIC_BLOB", "BCRYPT_DSA_PRIVATE_BLOB", "BCRYPT_DH_PRIVATE_BLOB",
            "BCRYPT_DH_PUBLIC_BLOB", "LEGACY_RSAPRIVATE_BLOB", "BCRYPT_MLKEM_PRIVATE_SEED_BLOB", "BCRYPT_MLKEM_PUBLIC_BLOB",
            "BCRYPT_PQDSA_PRIVATE_SEED_BLOB", "BCRYPT_PQDSA_PUBLIC_BLOB");

    /** The numbers a blob carries, without DSA's generation record (a key file has none). */
    private static Map<String, String> numbers(String type, byte[] blob) {
        KeyMaterial m = BlobCrossCheck.checker(type).material(blob).orElseThrow();
        Map<String, String> out = new TreeMap<>();
        m.components().forEach((name, bytes) -> {
            if (!name.equals("count") && !name.equals("seed") || m.parameterSet() != null) {
                out.put(name, java.util.HexFormat.of().formatHex(org.cngkit.vectors.KeyRelations.unsigned(bytes)));
            }
        });
        out.put("set", String.valueOf(m.parameterSet()));
        return out;
    }

    @Test
    void aKeyOnAnotherNamedCurveIsRefusedInWords() {
        VectorTest brainpool224 = VECTORS.files().stream().flatMap(f -> f.tests().stream())
                .filter(t -> "brainpoolP224r1".equals(t.group().key().curve()) && t.expected().hasBlob())
                .findFirst().orElseThrow();
        Refusal r = assertThrows(Refusal.class, () -> Converter.toDer(brainpool224.expected().blob()));
        assertTrue(r.getMessage().contains("NIST curves"), r.getMessage());
    }

    @Test
    void vectorBlobsSurviveTheTripThroughDer() throws Refusal {
        List<String> done = new ArrayList<>();
        for (VectorFile file : VECTORS.files()) {
            for (VectorTest test : file.tests()) {
                // convert carries the NIST curves only: keys on the other named curves get a refusal (test below)
                boolean otherCurve = test.group().key().curve() != null
                        && !List.of("nistP256", "nistP384", "nistP521").contains(test.group().key().curve());
                if (!TYPES.contains(test.blobType()) || !test.expected().hasBlob() || done.contains(key(test)) || otherCurve
                        || List.of("SLH-DSA", "LMS", "XMSS").contains(test.group().algorithm())) {
                    continue;
                }
                byte[] blob = test.expected().blob();
                byte[] der;
                try {
                    der = Converter.toDer(blob);
                } catch (Refusal r) {
                    throw new AssertionError(file.name() + " tcId " + test.tcId() + ": " + r.getMessage(), r);
                }
                boolean ecdh = test.group().algorithm().startsWith("ECDH");
                byte[] again = Converter.toBlob(Pem.armor(der).getBytes(StandardCharsets.US_ASCII),
                        BlobType.valueOf(test.blobType()), ecdh);
                String where = file.name() + " tcId " + test.tcId();
                // DSA: a key file has no generation record; curve-agnostic ECC: a key file comes back per curve
                if (test.blobType().startsWith("BCRYPT_DSA") || test.group().algorithm().matches("ECD(H|SA)")) {
                    assertEquals(numbers(test.blobType(), blob), numbers(test.blobType(), again), where);
                } else {
                    assertArrayEquals(blob, again, where);
                }
                done.add(key(test));
            }
        }
        assertTrue(done.size() >= 15, done.toString());
    }

    private static String key(VectorTest test) {
        return test.group().algorithm() + "/" + test.group().keyBits() + "/" + test.blobType();
    }

    @Test
    void aRefusalIsTheReferenceStatusInWords() throws Refusal {
        byte[] rsaPublic = VECTORS.test("rsa_blob_test.json", 1).expected().blob();
        byte[] der = Converter.toDer(rsaPublic);
        Refusal r = assertThrows(Refusal.class, () -> Converter.toBlob(der, BlobType.BCRYPT_RSAFULLPRIVATE_BLOB, false));
        assertTrue(r.getMessage().contains("BCryptExportKey(RSAFULLPRIVATEBLOB") && r.getMessage().contains("STATUS_"),
                r.getMessage());
    }

    @Test
    void garbageIsRefusedNotThrown() {
        Refusal r = assertThrows(Refusal.class, () -> Converter.toBlob("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
                .getBytes(StandardCharsets.US_ASCII), BlobType.BCRYPT_RSAPUBLIC_BLOB, false));
        assertTrue(r.getMessage().startsWith("the file"), r.getMessage());
        assertThrows(Refusal.class, () -> Converter.toDer(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    }
}
