package org.cngkit.kit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import org.cngkit.kit.spec.BlobType;
import org.cngkit.vectors.VectorCatalog;
import org.cngkit.vectors.VectorTest;
import org.junit.jupiter.api.Test;

/** The field walk on real vector blobs, with one field changed, cut short, or in another layout. */
class BlobDiffTest {
    private static final VectorCatalog VECTORS = VectorCatalog.load();

    private static byte[] blobOf(BlobType type) {
        return VECTORS.files().stream().flatMap(f -> f.tests().stream())
                .filter(t -> t.blobType().equals(type.name()) && t.expected().hasBlob() && t.expected().status().equals("STATUS_SUCCESS"))
                .map(t -> t.expected().blob()).findFirst().orElseThrow();
    }

    @Test
    void aChangedLengthFieldIsTheFirstDifferenceAndShowsBothValues() {
        byte[] expected = blobOf(BlobType.BCRYPT_RSAPUBLIC_BLOB);
        byte[] provided = expected.clone();
        provided[8]++;   // cbPublicExp, the third u4 of the header
        BlobDiff d = BlobDiff.between(BlobType.BCRYPT_RSAPUBLIC_BLOB, expected, provided, false);
        assertEquals("bcrypt_rsakey_blob", d.expectedLayout());
        assertEquals("len_public_exp", d.firstDifference());
        FieldRow row = d.differing().get(0);
        assertEquals("cbPublicExp", row.origId());
        assertEquals(8, row.expectedOffset());
        assertEquals(Integer.toString(expected[8]), row.expected());
        assertEquals(Integer.toString(provided[8]), row.provided());
        assertTrue(d.summary().startsWith("first differing field len_public_exp; differing: len_public_exp: expected 3, provided 4"),
                d.summary());
    }

    @Test
    void identicalBlobsDifferInNoField() {
        byte[] blob = blobOf(BlobType.BCRYPT_ECCPRIVATE_BLOB);
        BlobDiff d = BlobDiff.between(BlobType.BCRYPT_ECCPRIVATE_BLOB, blob, blob.clone(), false);
        assertTrue(d.differing().isEmpty());
        assertNull(d.providedStop());
        assertEquals(List.of("magic", "len_x", "x", "y", "d"), d.fields().stream().map(FieldRow::field).toList());
    }

    @Test
    void privateFieldsShowLengthAndFingerprintUnlessRevealed() {
        byte[] expected = blobOf(BlobType.BCRYPT_RSAFULLPRIVATE_BLOB);
        byte[] provided = expected.clone();
        provided[provided.length - 1] ^= 1;   // the last byte of the private exponent
        BlobDiff d = BlobDiff.between(BlobType.BCRYPT_RSAFULLPRIVATE_BLOB, expected, provided, false);
        FieldRow row = d.differing().get(0);
        assertEquals("private_exponent", row.field());
        assertTrue(row.secret());
        assertTrue(row.expected().endsWith("(redacted)") && row.provided().endsWith("(redacted)"), row.provided());
        String hexTail = HexFormat.of().formatHex(provided, provided.length - 4, provided.length);
        assertFalse(d.toString().contains(hexTail), "no private byte is printed");
        BlobDiff revealed = BlobDiff.between(BlobType.BCRYPT_RSAFULLPRIVATE_BLOB, expected, provided, true);
        assertFalse(revealed.differing().get(0).provided().contains("redacted"));
        // the public modulus is shown even in a private blob
        FieldRow modulus = d.fields().stream().filter(r -> r.field().equals("modulus")).findFirst().orElseThrow();
        assertFalse(modulus.secret());
        assertFalse(modulus.expected().contains("redacted"));
    }

    @Test
    void aTruncatedBlobSaysWhereParsingStoppedAndWhy() {
        byte[] expected = blobOf(BlobType.BCRYPT_DH_PUBLIC_BLOB);
        byte[] provided = Arrays.copyOf(expected, 20);
        BlobDiff d = BlobDiff.between(BlobType.BCRYPT_DH_PUBLIC_BLOB, expected, provided, false);
        assertNotNull(d.providedStop());
        assertTrue(d.providedStop().startsWith("parsing stopped in field modulus (at byte 8): the blob ends inside this field"),
                d.providedStop());
        assertEquals("modulus", d.firstDifference());
        assertNull(d.expectedStop());
    }

    @Test
    void aMagicOutsideTheEnumStopsParsingAtTheMagic() {
        byte[] expected = blobOf(BlobType.BCRYPT_DSA_PUBLIC_BLOB);
        byte[] provided = expected.clone();
        provided[0] = 0x06;   // a CryptoAPI BLOBHEADER: bType PUBLICKEYBLOB, then bVersion ...
        provided[1] = 0x02;
        provided[2] = 0x00;
        provided[3] = 0x00;
        BlobDiff d = BlobDiff.between(BlobType.BCRYPT_DSA_PUBLIC_BLOB, expected, provided, false);
        assertEquals("magic", d.firstDifference());
        assertTrue(d.providedStop().contains("field magic (at byte 0)"), d.providedStop());
        FieldRow magic = d.differing().get(0);
        assertTrue(magic.expected().startsWith("dsa_public \"DSPB\" 0x42505344"), magic.expected());
        assertTrue(magic.provided().startsWith("\"....\" 0x00000206"), magic.provided());
    }

    @Test
    void aBlobOfAnotherLayoutIsRecognisedAndLaidOutInIt() {
        byte[] expected = blobOf(BlobType.BCRYPT_DSA_PRIVATE_BLOB);
        byte[] provided = blobOf(BlobType.LEGACY_DSA_V2_PRIVATE_BLOB);   // a CryptoAPI BLOBHEADER + DSS2 blob
        BlobDiff d = BlobDiff.between(BlobType.BCRYPT_DSA_PRIVATE_BLOB, expected, provided, false);
        assertEquals("capi_dss_key_blob", d.providedLayout());
        assertTrue(d.providedStop().startsWith("not in the layout of BCRYPT_DSA_PRIVATE_BLOB (parsing stopped in field magic (at byte 0)"),
                d.providedStop());
        assertTrue(d.providedStop().endsWith("it reads completely as capi_dss_key_blob, shown here"), d.providedStop());
        FieldRow type = d.fields().stream().filter(r -> r.field().equals("header.blob_type")).findFirst().orElseThrow();
        assertEquals("bType", type.origId());
        assertEquals("private_key 7", type.provided());
        assertNull(type.expected());
        assertEquals("magic", d.firstDifference());
        FieldRow x = d.fields().stream().filter(r -> r.field().equals("private_exponent")).findFirst().orElseThrow();
        // the same DSA key in both vectors: CryptoAPI stores x little-endian, CNG big-endian
        assertEquals("20 bytes, sha256 " + org.cngkit.kit.verdict.Evidence.fingerprint(Arrays.copyOfRange(provided, provided.length - 44, provided.length - 24))
                + " (redacted) (the expected bytes in reverse order)", x.provided());
        assertTrue(x.secret());
        assertEquals("header.blob_type", d.fields().get(1).field(), "a field of one side only sits at its offset");
    }

    @Test
    void everyBlobTypeWithAKsyLayoutHasOne() {
        for (BlobType t : BlobType.values()) {
            boolean headerless = t == BlobType.BCRYPT_AES_WRAP_KEY_BLOB || t == BlobType.BCRYPT_OPAQUE_KEY_BLOB;
            assertEquals(headerless, BlobLayouts.of(t).isEmpty(), t.name());
        }
    }

    @Test
    void everyExpectedBlobOfEveryVectorReadsCompletelyInItsLayout() {
        int read = 0;
        for (VectorTest t : VECTORS.files().stream().flatMap(f -> f.tests().stream()).toList()) {
            BlobType type = BlobType.named(t.blobType());
            if (!t.expected().hasBlob() || BlobLayouts.of(type).isEmpty()) {
                continue;
            }
            Walk w = BlobLayouts.walk(type, t.expected().blob());
            assertTrue(w.complete(t.expected().blob().length), t.blobType() + " tcId " + t.tcId() + ": " + w.stop());
            read++;
        }
        assertTrue(read > 100, "vectors read: " + read);
    }
}
