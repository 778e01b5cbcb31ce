package org.cngkit.reference;

import static org.cngkit.reference.Caller.canaries;
import static org.cngkit.reference.Caller.filled;
import static org.cngkit.reference.Caller.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** BCRYPT_AES_WRAP_KEY_BLOB through exportKey and importKey: RFC 3394 under an AES key-encryption key. */
class AesKeyWrapBlobTest {
    private static final String WRAP = BlobTypes.AES_WRAP_KEY;
    private Caller caller;

    @BeforeEach
    void setUp() {
        caller = new Caller();
    }

    private NtStatus export(Handle key, Handle kek, byte[] out, int cbOutput, ULongOut result) {
        return caller.provider.exportKey(key, kek, WRAP, out, cbOutput, result, 0);
    }

    private byte[] wrap(Handle key, Handle kek) {
        ULongOut size = new ULongOut();
        assertEquals(NtStatus.SUCCESS, export(key, kek, null, 0, size));
        byte[] out = new byte[size.get()];
        ULongOut written = new ULongOut();
        assertEquals(NtStatus.SUCCESS, export(key, kek, out, out.length, written));
        assertEquals(size.get(), written.get());
        return out;
    }

    private NtStatus unwrap(String algorithm, Handle kek, byte[] blob, HandleOut out) {
        return caller.provider.importKey(caller.open(algorithm), kek, WRAP, out, null, 0, blob, blob.length, 0);
    }

    // ---- RFC 3394 section 4 and Windows ----

    @ParameterizedTest(name = "RFC 3394 section {0}")
    @CsvSource({
            "4.1, 000102030405060708090A0B0C0D0E0F, 00112233445566778899AABBCCDDEEFF, 1FA68B0A8112B447AEF34BD8FB5A7B829D3E862371D2CFE5",
            "4.3, 000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F, 00112233445566778899AABBCCDDEEFF, "
                    + "64E8C3F9CE0F5BA263E9777905818A2A93C8191E7D6E8AE7",
            "4.4, 000102030405060708090A0B0C0D0E0F1011121314151617, 00112233445566778899AABBCCDDEEFF0001020304050607, "
                    + "031D33264E15D33268F24EC260743EDCE1C6C7DDEE725A936BA814915C6762D2",
            "4.6, 000102030405060708090A0B0C0D0E0F101112131415161718191A1B1C1D1E1F, "
                    + "00112233445566778899AABBCCDDEEFF000102030405060708090A0B0C0D0E0F, "
                    + "28C9F404C4B810F4CBCCB35CFB87F8263F5786E2D80ED326CBC7F0E71A99F43BFB988B9B7A02DD21"})
    void wrapsAndUnwrapsTheRfcVectors(String section, String kekHex, String keyHex, String wrappedHex) {
        Handle kek = caller.key("AES", hex(kekHex));
        Handle key = caller.key("AES", hex(keyHex));
        assertArrayEquals(hex(wrappedHex), wrap(key, kek), section);
        HandleOut restored = new HandleOut();
        assertEquals(NtStatus.SUCCESS, unwrap("AES", kek, hex(wrappedHex), restored));
        assertArrayEquals(KeyDataBlob.write(hex(keyHex)), caller.export(restored.get(), BlobTypes.KEY_DATA));
    }

    @Test
    void reproducesTheWrapSeenOnWindowsAndItsRoundTrip() {
        Handle kek = caller.importKey("AES", BlobTypes.KEY_DATA, ExportProtocolTest.AES128_KEY_DATA);
        byte[] keyData = KeyDataBlob.write(filled(32, 0x22));
        Handle key = caller.importKey("AES", BlobTypes.KEY_DATA, keyData);
        byte[] wrapped = wrap(key, kek);
        assertArrayEquals(hex("336e511025badbcecb25008551c0fa2166dd6d6746760f8a44e56531cb02529c69591aec672711aa"), wrapped);
        HandleOut restored = new HandleOut();
        assertEquals(NtStatus.SUCCESS, unwrap("AES", kek, wrapped, restored));
        assertArrayEquals(keyData, caller.export(restored.get(), BlobTypes.KEY_DATA));
    }

    @Test
    void wrapsATripleDesKeyAndRestoresIt() {
        Handle kek = caller.key("AES", filled(24, 0x31));
        byte[] secret = hex("0123456789abcdef" + "23456789abcdef01" + "456789abcdef0123");
        byte[] wrapped = wrap(caller.key("3DES", secret), kek);
        assertEquals(32, wrapped.length);
        HandleOut restored = new HandleOut();
        assertEquals(NtStatus.SUCCESS, unwrap("3DES", kek, wrapped, restored));
        assertArrayEquals(KeyDataBlob.write(secret), caller.export(restored.get(), BlobTypes.KEY_DATA));
    }

    @Test
    void theBlobDependsOnTheKeyEncryptionKey() {
        Handle key = caller.key("AES", filled(16, 0x44));
        assertNotEquals(Arrays.toString(wrap(key, caller.key("AES", filled(16, 0x01)))),
                Arrays.toString(wrap(key, caller.key("AES", filled(16, 0x02)))));
    }

    @Test
    void aShortBufferGetsTheSizeAndNothingElse() {
        Handle key = caller.key("AES", filled(32, 0x22));
        Handle kek = caller.key("AES", filled(16, 0x11));
        byte[] out = canaries(64);
        ULongOut result = new ULongOut();
        assertEquals(NtStatus.BUFFER_TOO_SMALL, export(key, kek, out, 39, result));
        assertEquals(40, result.get());
        assertArrayEquals(canaries(64), out);
    }

    // ---- what cannot be wrapped ----

    @Test
    void aKeyEncryptionKeyIsRequiredAndMustBeAes() {
        Handle key = caller.key("AES", filled(16, 0x44));
        ULongOut result = new ULongOut(Caller.UNTOUCHED);
        assertEquals(NtStatus.INVALID_PARAMETER, export(key, Handle.NULL, null, 0, result));
        assertEquals(NtStatus.INVALID_PARAMETER, export(key, caller.key("3DES", filled(24, 0x31)), null, 0, result));
        assertEquals(NtStatus.INVALID_PARAMETER, export(key, caller.key("RC2", filled(16, 0x31)), null, 0, result));
        assertEquals(Caller.UNTOUCHED, result.get());
    }

    @ParameterizedTest(name = "RC2 key of {0} bytes")
    @ValueSource(ints = {5, 7, 8, 9, 15})
    void onlyWholeSemiblocksFromTwoOnAreWrapped(int length) {
        Handle key = caller.key("RC2", filled(length, 0x5a));
        ULongOut result = new ULongOut(Caller.UNTOUCHED);
        assertEquals(NtStatus.INVALID_PARAMETER, export(key, caller.key("AES", filled(16, 0x11)), null, 0, result));
        assertEquals(Caller.UNTOUCHED, result.get());
    }

    @Test
    void aSixteenByteRc2KeyIsWrapped() {
        assertEquals(24, wrap(caller.key("RC2", filled(16, 0x5a)), caller.key("AES", filled(16, 0x11))).length);
    }

    @Test
    void desKeysAreNeverWrapped() {
        ULongOut result = new ULongOut(Caller.UNTOUCHED);
        assertEquals(NtStatus.NOT_SUPPORTED, export(caller.key("DES", hex("0001020304050607")),
                caller.key("AES", filled(16, 0x11)), null, 0, result));
    }

    // ---- unwrap refusals ----

    @Test
    void anotherKeyEncryptionKeyFailsTheIntegrityCheck() {
        Handle key = caller.key("AES", filled(16, 0x44));
        byte[] wrapped = wrap(key, caller.key("AES", filled(16, 0x01)));
        HandleOut out = new HandleOut();
        out.set(Handle.of(0x77));
        assertEquals(NtStatus.AUTH_TAG_MISMATCH, unwrap("AES", caller.key("AES", filled(16, 0x02)), wrapped, out));
        assertEquals(Handle.of(0x77), out.get(), "phKey must be left alone");
    }

    @Test
    void aChangedByteFailsTheIntegrityCheck() {
        Handle kek = caller.key("AES", filled(16, 0x01));
        byte[] wrapped = wrap(caller.key("AES", filled(16, 0x44)), kek);
        wrapped[3] ^= 0x10;
        assertEquals(NtStatus.AUTH_TAG_MISMATCH, unwrap("AES", kek, wrapped, new HandleOut()));
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 8, 16, 23, 25, 31})
    void inputsOfImpossibleSizeAreInvalidParameter(int length) {
        assertEquals(NtStatus.INVALID_PARAMETER, unwrap("AES", caller.key("AES", filled(16, 0x01)), new byte[length], new HandleOut()));
    }

    @Test
    void anUnwrapNeedsAnAesKeyEncryptionKey() {
        byte[] wrapped = wrap(caller.key("AES", filled(16, 0x44)), caller.key("AES", filled(16, 0x01)));
        assertEquals(NtStatus.INVALID_PARAMETER, unwrap("AES", Handle.NULL, wrapped, new HandleOut()));
        assertEquals(NtStatus.INVALID_PARAMETER, unwrap("AES", caller.key("3DES", filled(24, 0x31)), wrapped, new HandleOut()));
        assertEquals(NtStatus.INVALID_HANDLE, unwrap("AES", caller.open("AES"), wrapped, new HandleOut()));
    }

    @Test
    void anUnwrappedKeyOfTheWrongLengthForTheAlgorithmIsRefused() {
        Handle kek = caller.key("AES", filled(16, 0x01));
        byte[] aes128 = wrap(caller.key("AES", filled(16, 0x44)), kek);
        assertEquals(NtStatus.INVALID_PARAMETER, unwrap("3DES", kek, aes128, new HandleOut()));
    }
}
