package org.cngkit.reference;

import static org.cngkit.reference.Caller.UNTOUCHED;
import static org.cngkit.reference.Caller.canaries;
import static org.cngkit.reference.Caller.filled;
import static org.cngkit.reference.Caller.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The nine steps of {@link ExportProtocol}, through the SPI, for KeyDataBlob and OpaqueKeyBlob. */
class ExportProtocolTest {
    /** Windows-observed (digest 2.1): AES-128 key of 16 x 0x11 exports as exactly these 28 bytes. */
    static final byte[] AES128_KEY_DATA = hex("4B44424D 01000000 10000000 11111111111111111111111111111111");

    private Caller caller;
    private Handle aes128;

    @BeforeEach
    void setUp() {
        caller = new Caller();
        aes128 = caller.key("AES", filled(16, 0x11));
    }

    private NtStatus export(Handle key, Handle exportKey, String type, byte[] out, int cbOutput, ULongOut result,
                            int flags) {
        return caller.provider.exportKey(key, exportKey, type, out, cbOutput, result, flags);
    }

    // ---- KeyDataBlob bytes ----

    @Test
    void aes128KeyDataBlobIsTheWindowsObserved28Bytes() {
        assertArrayEquals(AES128_KEY_DATA, caller.export(aes128, BlobTypes.KEY_DATA));
    }

    @Test
    void aes256KeyDataBlobIs44Bytes() {
        byte[] secret = new byte[32];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = (byte) i;
        }
        byte[] blob = caller.export(caller.key("AES", secret), BlobTypes.KEY_DATA);
        assertEquals(44, blob.length);
        assertArrayEquals(hex("4B44424D 01000000 20000000"), Arrays.copyOf(blob, 12));
        assertArrayEquals(secret, Arrays.copyOfRange(blob, 12, 44));
    }

    @Test
    void aes192KeyDataBlobIs36Bytes() {
        byte[] blob = caller.export(caller.key("AES", filled(24, 0x42)), BlobTypes.KEY_DATA);
        assertArrayEquals(hex("4B44424D 01000000 18000000 " + "42".repeat(24)), blob);
    }

    @Test
    void tripleDesKeyDataBlobKeepsTheSecretAsGivenWithoutFixingParity() {
        byte[] secret = hex("000102030405060708090A0B0C0D0E0F1011121314151617"); // parity wrong in most bytes
        byte[] blob = caller.export(caller.key("3DES", secret), BlobTypes.KEY_DATA);
        assertArrayEquals(hex("4B44424D 01000000 18000000 000102030405060708090A0B0C0D0E0F1011121314151617"), blob);
    }

    // ---- steps 7 to 9: sizes and buffers ----

    @Test
    void nullOutputIsASizeQuery() {
        ULongOut size = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.SUCCESS, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, null, 0, size, 0));
        assertEquals(28, size.get());
    }

    @Test
    void sizeQueryIgnoresCbOutput() {
        ULongOut size = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.SUCCESS, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, null, 5, size, 0));
        assertEquals(28, size.get());
    }

    @Test
    void zeroCbOutputIsTooSmallAndReportsTheSize() {
        byte[] out = canaries(64);
        ULongOut size = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.BUFFER_TOO_SMALL, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, out, 0, size, 0));
        assertEquals(28, size.get());
        assertArrayEquals(canaries(64), out);
    }

    @Test
    void oneByteShortIsTooSmallAndWritesNothing() {
        byte[] out = canaries(64);
        ULongOut size = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.BUFFER_TOO_SMALL, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, out, 27, size, 0));
        assertEquals(28, size.get());
        assertArrayEquals(canaries(64), out);
    }

    @Test
    void exactCbOutputInALongerBufferWritesNothingPastCbOutput() {
        byte[] out = canaries(64);
        ULongOut written = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.SUCCESS, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, out, 28, written, 0));
        assertEquals(28, written.get());
        assertArrayEquals(AES128_KEY_DATA, Arrays.copyOf(out, 28));
        assertArrayEquals(canaries(36), Arrays.copyOfRange(out, 28, 64));
    }

    @Test
    void largerCbOutputWritesExactlyTheBlob() {
        byte[] out = canaries(64);
        ULongOut written = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.SUCCESS, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, out, 40, written, 0));
        assertEquals(28, written.get());
        assertArrayEquals(AES128_KEY_DATA, Arrays.copyOf(out, 28));
        assertArrayEquals(canaries(36), Arrays.copyOfRange(out, 28, 64));
    }

    @Test
    void cbOutputBeyondTheArrayIsHarmlessWhenTheBlobFits() {
        byte[] out = canaries(30);
        ULongOut written = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.SUCCESS, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, out, 0xFFFFFFFF, written, 0));
        assertEquals(28, written.get());
        assertArrayEquals(AES128_KEY_DATA, Arrays.copyOf(out, 28));
        assertArrayEquals(canaries(2), Arrays.copyOfRange(out, 28, 30));
    }

    @Test
    void cbOutputBeyondTheArrayIsInvalidParameterWhenTheBlobDoesNotFit() {
        byte[] out = canaries(10);
        ULongOut written = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.INVALID_PARAMETER,
                export(aes128, Handle.NULL, BlobTypes.KEY_DATA, out, 100, written, 0));
        assertArrayEquals(canaries(10), out);
        assertEquals(UNTOUCHED, written.get());
    }

    @Test
    void opaqueBlobSizeQueryMatchesTheBlobAndZeroCbOutputIsTooSmall() {
        ULongOut size = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.SUCCESS, export(aes128, Handle.NULL, BlobTypes.OPAQUE_KEY, null, 0, size, 0));
        assertEquals(70, size.get());
        byte[] out = canaries(8);
        ULongOut again = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.BUFFER_TOO_SMALL, export(aes128, Handle.NULL, BlobTypes.OPAQUE_KEY, out, 0, again, 0));
        assertEquals(70, again.get());
        assertArrayEquals(canaries(8), out);
    }

    // ---- step 1: hKey ----

    @Test
    void nullKeyHandleIsInvalidHandle() {
        ULongOut result = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.INVALID_HANDLE, export(Handle.NULL, Handle.NULL, BlobTypes.KEY_DATA, null, 0, result, 0));
        assertEquals(NtStatus.INVALID_HANDLE, export(null, null, BlobTypes.KEY_DATA, null, 0, result, 0));
        assertEquals(UNTOUCHED, result.get());
    }

    @Test
    void destroyedKeyHandleIsInvalidHandle() {
        assertEquals(NtStatus.SUCCESS, caller.provider.destroyKey(aes128));
        byte[] out = canaries(64);
        ULongOut result = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.INVALID_HANDLE, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, out, 64, result, 0));
        assertArrayEquals(canaries(64), out);
        assertEquals(UNTOUCHED, result.get());
    }

    @Test
    void algorithmHandleIsInvalidHandle() {
        Handle algorithm = caller.open("AES");
        ULongOut result = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.INVALID_HANDLE, export(algorithm, Handle.NULL, BlobTypes.KEY_DATA, null, 0, result, 0));
        assertEquals(UNTOUCHED, result.get());
    }

    @Test
    void neverIssuedHandlesAreInvalidHandle() {
        ULongOut result = new ULongOut(UNTOUCHED);
        for (long value : new long[] {1, 0x1A1, aes128.value() + 1, aes128.value() + HandleTable.STRIDE * 1000, -1}) {
            assertEquals(NtStatus.INVALID_HANDLE,
                    export(Handle.of(value), Handle.NULL, BlobTypes.KEY_DATA, null, 0, result, 0), "0x" + Long.toHexString(value));
        }
        assertEquals(UNTOUCHED, result.get());
    }

    @Test
    void handleComesBeforeEveryOtherCheck() {
        assertEquals(NtStatus.INVALID_HANDLE, export(Handle.NULL, Handle.of(0x1234), null, null, 0, null, 7));
    }

    // ---- step 2: pointers ----

    @Test
    void nullBlobTypeIsInvalidParameter() {
        ULongOut result = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, Handle.NULL, null, null, 0, result, 0));
        assertEquals(UNTOUCHED, result.get());
    }

    @Test
    void nullPcbResultIsInvalidParameterAndWritesNothing() {
        byte[] out = canaries(64);
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, out, 64, null, 0));
        assertArrayEquals(canaries(64), out);
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, null, 0, null, 0));
    }

    // ---- step 3: flags ----

    @ParameterizedTest
    @ValueSource(ints = {1, 0x8, 0x100, 0x80000000})
    void nonZeroFlagsAreInvalidParameter(int flags) {
        byte[] out = canaries(64);
        ULongOut result = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, Handle.NULL, BlobTypes.KEY_DATA, out, 64, result, flags));
        assertArrayEquals(canaries(64), out);
        assertEquals(UNTOUCHED, result.get());
    }

    @Test
    void flagsAreCheckedBeforeTheBlobType() {
        ULongOut result = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, Handle.NULL, "NoSuchBlob", null, 0, result, 1));
    }

    // ---- step 4: hExportKey ----

    @Test
    void exportKeyHandleWithKeyDataBlobIsInvalidParameter() {
        Handle kek = caller.key("AES", filled(16, 0x22));
        byte[] out = canaries(64);
        ULongOut result = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, kek, BlobTypes.KEY_DATA, out, 64, result, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, kek, BlobTypes.OPAQUE_KEY, out, 64, result, 0));
        assertArrayEquals(canaries(64), out);
        assertEquals(UNTOUCHED, result.get());
    }

    @Test
    void anyNonNullExportKeyIsRefusedBeforeTheBlobType() {
        ULongOut result = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, Handle.of(0x1234), BlobTypes.KEY_DATA, null, 0, result, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, caller.open("AES"), "NoSuchBlob", null, 0, result, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, aes128, BlobTypes.RSA_PUBLIC, null, 0, result, 0));
    }

    @Test
    void keyWrapBlobNeedsALiveExportKey() {
        Handle destroyed = caller.key("AES", filled(16, 0x22));
        assertEquals(NtStatus.SUCCESS, caller.provider.destroyKey(destroyed));
        ULongOut result = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.INVALID_PARAMETER, export(aes128, Handle.NULL, BlobTypes.AES_WRAP_KEY, null, 0, result, 0));
        assertEquals(NtStatus.INVALID_HANDLE, export(aes128, destroyed, BlobTypes.AES_WRAP_KEY, null, 0, result, 0));
        assertEquals(NtStatus.INVALID_HANDLE, export(aes128, caller.open("AES"), BlobTypes.AES_WRAP_KEY, null, 0, result, 0));
        assertEquals(UNTOUCHED, result.get());
    }

    // ---- step 5: blob type ----

    @ParameterizedTest
    @ValueSource(strings = {"", "NoSuchBlob", "keydatablob", "KEYDATABLOB", "KeyDataBlob ", "OpaqueKeyBlob\0"})
    void unknownBlobTypesAreNotSupported(String type) {
        byte[] out = canaries(128);
        ULongOut result = new ULongOut(UNTOUCHED);
        assertEquals(NtStatus.NOT_SUPPORTED, export(aes128, Handle.NULL, type, out, 128, result, 0));
        assertArrayEquals(canaries(128), out);
        assertEquals(UNTOUCHED, result.get());
    }

    @ParameterizedTest
    @ValueSource(strings = {BlobTypes.RSA_PUBLIC, BlobTypes.RSA_PRIVATE, BlobTypes.RSA_FULL_PRIVATE, BlobTypes.PUBLIC_KEY,
            BlobTypes.PRIVATE_KEY, BlobTypes.ECC_PUBLIC, BlobTypes.ECC_PRIVATE, BlobTypes.DH_PUBLIC, BlobTypes.DH_PRIVATE,
            BlobTypes.DSA_PUBLIC, BlobTypes.DSA_PRIVATE, BlobTypes.MLKEM_PUBLIC, BlobTypes.MLKEM_PRIVATE,
            BlobTypes.MLKEM_PRIVATE_SEED, BlobTypes.PQDSA_PUBLIC, BlobTypes.PQDSA_PRIVATE, BlobTypes.PQDSA_PRIVATE_SEED,
            BlobTypes.LEGACY_RSA_PUBLIC, BlobTypes.LEGACY_RSA_PRIVATE, BlobTypes.LEGACY_DSA_PUBLIC,
            BlobTypes.LEGACY_DSA_PRIVATE, BlobTypes.LEGACY_DSA_V2_PRIVATE, BlobTypes.LEGACY_DH_PUBLIC,
            BlobTypes.LEGACY_DH_PRIVATE})
    void otherFamiliesBlobTypesAreNotSupportedForSymmetricKeys(String type) {
        Handle tripleDes = caller.key("3DES", filled(24, 0x33));
        for (Handle key : new Handle[] {aes128, tripleDes}) {
            byte[] out = canaries(128);
            ULongOut result = new ULongOut(UNTOUCHED);
            assertEquals(NtStatus.NOT_SUPPORTED, export(key, Handle.NULL, type, out, 128, result, 0));
            assertArrayEquals(canaries(128), out);
            assertEquals(UNTOUCHED, result.get());
        }
    }

    @Test
    void exportingTwiceGivesTheSameBytes() {
        assertArrayEquals(caller.export(aes128, BlobTypes.KEY_DATA), caller.export(aes128, BlobTypes.KEY_DATA));
        assertArrayEquals(caller.export(aes128, BlobTypes.OPAQUE_KEY), caller.export(aes128, BlobTypes.OPAQUE_KEY));
    }

    @Test
    void aKeyStaysExportableAfterItsAlgorithmIsClosed() {
        Handle algorithm = caller.open("AES");
        HandleOut key = new HandleOut();
        assertEquals(NtStatus.SUCCESS, caller.provider.generateSymmetricKey(algorithm, key, null, 0,
                filled(16, 0x11), 16, 0));
        assertEquals(NtStatus.SUCCESS, caller.provider.closeAlgorithmProvider(algorithm, 0));
        assertArrayEquals(AES128_KEY_DATA, caller.export(key.get(), BlobTypes.KEY_DATA));
    }
}
