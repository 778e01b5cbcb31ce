package org.cngkit.reference;

import static org.cngkit.reference.Caller.filled;
import static org.cngkit.reference.Caller.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.Test;

/** The provider's own OpaqueKeyBlob format: fixed bytes, round trips, and refusal of anything altered or foreign. */
class OpaqueKeyBlobTest {
    /**
     * AES-128 key 16 x 0x11 in format 1. The tag was computed outside this code base (Python hmac) from the
     * format in the {@link OpaqueKeyBlob} comment, so it also proves the blob carries nothing per process.
     */
    static final byte[] AES128_OPAQUE = hex("524F5051 01000000 06000000 10000000 410045005300"
            + "11111111111111111111111111111111"
            + "4834238c641fdaad924dc50b512010996dc8fa5fef4fc5d79bb60901e20ef741");

    /** 3DES key 00 01 .. 17, computed the same way. */
    static final byte[] TRIPLE_DES_OPAQUE = hex("524F5051 01000000 08000000 18000000 3300440045005300"
            + "000102030405060708090a0b0c0d0e0f1011121314151617"
            + "552bab1a879e8f9c85591b873ec031143e954c954be46bee9c52c5194ffdc6b3");

    private static NtStatus importInto(Caller caller, String algorithm, byte[] blob) {
        return caller.provider.importKey(caller.open(algorithm), Handle.NULL, BlobTypes.OPAQUE_KEY, new HandleOut(),
                null, 0, blob, blob.length, 0);
    }

    @Test
    void aes128OpaqueBlobHasTheDocumentedBytes() {
        Caller caller = new Caller();
        assertArrayEquals(AES128_OPAQUE, caller.export(caller.key("AES", filled(16, 0x11)), BlobTypes.OPAQUE_KEY));
    }

    @Test
    void tripleDesOpaqueBlobHasTheDocumentedBytes() {
        Caller caller = new Caller();
        byte[] secret = hex("000102030405060708090a0b0c0d0e0f1011121314151617");
        assertArrayEquals(TRIPLE_DES_OPAQUE, caller.export(caller.key("3DES", secret), BlobTypes.OPAQUE_KEY));
    }

    @Test
    void roundTripAcrossTwoProviderInstancesGivesTheOriginalKeyData() {
        Caller exporter = new Caller();
        Caller importer = new Caller();
        for (byte[] secret : new byte[][] {filled(16, 0x11), filled(24, 0x5A), filled(32, 0xC3)}) {
            Handle original = exporter.key("AES", secret);
            byte[] opaque = exporter.export(original, BlobTypes.OPAQUE_KEY);
            Handle restored = importer.importKey("AES", BlobTypes.OPAQUE_KEY, opaque);
            assertArrayEquals(exporter.export(original, BlobTypes.KEY_DATA), importer.export(restored, BlobTypes.KEY_DATA));
            assertArrayEquals(opaque, importer.export(restored, BlobTypes.OPAQUE_KEY));
        }
    }

    @Test
    void aBlobWrittenByAnEarlierProcessStillImports() {
        Caller caller = new Caller();
        Handle key = caller.importKey("AES", BlobTypes.OPAQUE_KEY, AES128_OPAQUE);
        assertArrayEquals(ExportProtocolTest.AES128_KEY_DATA, caller.export(key, BlobTypes.KEY_DATA));
        Handle tripleDes = caller.importKey("3DES", BlobTypes.OPAQUE_KEY, TRIPLE_DES_OPAQUE);
        assertArrayEquals(hex("4B44424D 01000000 18000000 000102030405060708090a0b0c0d0e0f1011121314151617"),
                caller.export(tripleDes, BlobTypes.KEY_DATA));
    }

    @Test
    void everySingleBitFlipIsRefused() {
        Caller caller = new Caller();
        for (int i = 0; i < AES128_OPAQUE.length; i++) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] tampered = AES128_OPAQUE.clone();
                tampered[i] ^= (byte) (1 << bit);
                assertEquals(NtStatus.INVALID_PARAMETER, importInto(caller, "AES", tampered), "byte " + i + " bit " + bit);
            }
        }
    }

    @Test
    void truncatedOrExtendedBlobsAreRefused() {
        Caller caller = new Caller();
        for (int length : new int[] {0, 1, 16, 47, 48, 69}) {
            assertEquals(NtStatus.INVALID_PARAMETER, importInto(caller, "AES", Arrays.copyOf(AES128_OPAQUE, length)),
                    "length " + length);
        }
        assertEquals(NtStatus.INVALID_PARAMETER, importInto(caller, "AES", Arrays.copyOf(AES128_OPAQUE, 71)));
    }

    @Test
    void aBlobOfAnotherAlgorithmIsRefused() {
        Caller caller = new Caller();
        assertEquals(NtStatus.INVALID_PARAMETER, importInto(caller, "3DES", AES128_OPAQUE));
        assertEquals(NtStatus.INVALID_PARAMETER, importInto(caller, "AES", TRIPLE_DES_OPAQUE));
    }

    @Test
    void foreignBlobsAreRefused() {
        Caller caller = new Caller();
        // a KeyDataBlob passed as opaque
        assertEquals(NtStatus.INVALID_PARAMETER, importInto(caller, "AES", ExportProtocolTest.AES128_KEY_DATA));
        // Wine's opaque layout: u32 length, then the secret
        assertEquals(NtStatus.INVALID_PARAMETER, importInto(caller, "AES", hex("10000000" + "11".repeat(16))));
        // right magic, version and lengths, but a tag under some other key
        byte[] forged = AES128_OPAQUE.clone();
        Arrays.fill(forged, forged.length - 32, forged.length, (byte) 0);
        assertEquals(NtStatus.INVALID_PARAMETER, importInto(caller, "AES", forged));
    }

    @Test
    void aValidTagOverAKeyOfTheWrongLengthIsRefusedByTheAlgorithm() {
        Caller caller = new Caller();
        byte[] tooShort = OpaqueKeyBlob.write("AES", filled(15, 0x11));
        assertEquals(NtStatus.INVALID_PARAMETER, importInto(caller, "AES", tooShort));
        byte[] twoKeyTripleDes = OpaqueKeyBlob.write("3DES", filled(16, 0x11));
        assertEquals(NtStatus.INVALID_PARAMETER, importInto(caller, "3DES", twoKeyTripleDes));
    }

    @Test
    void readerReturnsTheKeyBytesOfAnIntactBlob() {
        Outcome<byte[]> read = OpaqueKeyBlob.read(AES128_OPAQUE, "AES");
        assertArrayEquals(filled(16, 0x11), read.value());
        assertEquals(NtStatus.INVALID_PARAMETER, OpaqueKeyBlob.read(AES128_OPAQUE, "aes").failure());
    }
}
