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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link ImportProtocol} through {@code importKey} and {@code importKeyPair}, and the KeyDataBlob reader. */
class ImportKeyTest {
    private Caller caller;
    private Handle aes;
    private HandleOut out;

    @BeforeEach
    void setUp() {
        caller = new Caller();
        aes = caller.open("AES");
        out = new HandleOut();
    }

    private NtStatus importKey(Handle algorithm, Handle importKey, String type, HandleOut phKey, byte[] blob, int cbInput,
                               int flags) {
        return caller.provider.importKey(algorithm, importKey, type, phKey, null, 0, blob, cbInput, flags);
    }

    private NtStatus importKeyData(String algorithm, byte[] blob) {
        return importKey(caller.open(algorithm), Handle.NULL, BlobTypes.KEY_DATA, out, blob, blob.length, 0);
    }

    // ---- well-formed ----

    @Test
    void windowsObservedKeyDataBlobImportsAndExportsUnchanged() {
        assertEquals(NtStatus.SUCCESS, importKeyData("AES", ExportProtocolTest.AES128_KEY_DATA));
        assertArrayEquals(ExportProtocolTest.AES128_KEY_DATA, caller.export(out.get(), BlobTypes.KEY_DATA));
    }

    @Test
    void onlyTheFirstCbInputBytesAreTheBlob() {
        byte[] padded = Arrays.copyOf(ExportProtocolTest.AES128_KEY_DATA, 40);
        Arrays.fill(padded, 28, 40, (byte) 0x77);
        assertEquals(NtStatus.SUCCESS, importKey(aes, Handle.NULL, BlobTypes.KEY_DATA, out, padded, 28, 0));
        assertArrayEquals(ExportProtocolTest.AES128_KEY_DATA, caller.export(out.get(), BlobTypes.KEY_DATA));
    }

    @Test
    void tripleDesKeyDataImports() {
        byte[] blob = hex("4B44424D 01000000 18000000 " + "01".repeat(24));
        assertEquals(NtStatus.SUCCESS, importKeyData("3DES", blob));
        assertArrayEquals(blob, caller.export(out.get(), BlobTypes.KEY_DATA));
    }

    @Test
    void importedKeyIsIndependentOfTheCallersArray() {
        byte[] blob = ExportProtocolTest.AES128_KEY_DATA.clone();
        assertEquals(NtStatus.SUCCESS, importKeyData("AES", blob));
        Arrays.fill(blob, (byte) 0);
        assertArrayEquals(ExportProtocolTest.AES128_KEY_DATA, caller.export(out.get(), BlobTypes.KEY_DATA));
    }

    // ---- malformed KeyDataBlobs ----

    @ParameterizedTest
    @ValueSource(strings = {
            "4D42444B 01000000 10000000 11111111111111111111111111111111", // magic byte-swapped (big-endian)
            "4B44424E 01000000 10000000 11111111111111111111111111111111", // magic off by one
            "00000000 01000000 10000000 11111111111111111111111111111111", // no magic
            "4B44424D 00000000 10000000 11111111111111111111111111111111", // version 0
            "4B44424D 02000000 10000000 11111111111111111111111111111111", // version 2
            "4B44424D 00000001 10000000 11111111111111111111111111111111", // version 1 big-endian
            "4B44424D 01000000 0F000000 11111111111111111111111111111111", // cbKeyData 15, 16 bytes follow
            "4B44424D 01000000 11000000 11111111111111111111111111111111", // cbKeyData 17, 16 bytes follow
            "4B44424D 01000000 10000000 1111111111111111111111111111111111", // one trailing byte
            "4B44424D 01000000 FFFFFFFF 11111111111111111111111111111111", // cbKeyData 2^32 - 1
            "4B44424D 01000000 F4FFFFFF 11111111111111111111111111111111", // 12 + cbKeyData overflows 32 bits
            "4B44424D 01000000 10000000",                                  // header only
            "4B44424D 01000000 100000",                                    // short header
            "",                                                            // nothing
            "4B44424D 01000000 00000000",                                  // empty key
            "4B44424D 01000000 0F000000 111111111111111111111111111111",   // consistent, 15-byte key
            "4B44424D 01000000 14000000 1111111111111111111111111111111111111111", // consistent, 20-byte key
            "4B44424D 01000000 40000000 " + "11111111111111111111111111111111111111111111111111111111111111111111111111"
                    + "111111111111111111111111111111111111111111111111111111", // consistent, 64-byte key
    })
    void malformedAesKeyDataBlobsAreInvalidParameter(String blob) {
        out.set(Handle.of(0x77));
        assertEquals(NtStatus.INVALID_PARAMETER, importKeyData("AES", hex(blob)), blob);
        assertEquals(Handle.of(0x77), out.get(), "phKey must be left alone");
    }

    @ParameterizedTest
    @ValueSource(ints = {8, 16, 32})
    void tripleDesRefusesKeysThatAreNot24Bytes(int length) {
        byte[] blob = KeyDataBlob.write(filled(length, 0x01));
        assertEquals(NtStatus.INVALID_PARAMETER, importKeyData("3DES", blob));
    }

    // ---- buffers ----

    @Test
    void cbInputBeyondTheArrayIsInvalidParameter() {
        byte[] blob = ExportProtocolTest.AES128_KEY_DATA;
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, Handle.NULL, BlobTypes.KEY_DATA, out, blob, 29, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, Handle.NULL, BlobTypes.KEY_DATA, out, blob, -1, 0));
        assertEquals(Handle.NULL, out.get());
    }

    @Test
    void nullInputIsInvalidParameter() {
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, Handle.NULL, BlobTypes.KEY_DATA, out, null, 28, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, Handle.NULL, BlobTypes.KEY_DATA, out, null, 0, 0));
    }

    // ---- handles, pointers, flags, types ----

    @Test
    void hAlgorithmMustBeALiveAlgorithmHandle() {
        byte[] blob = ExportProtocolTest.AES128_KEY_DATA;
        Handle key = caller.key("AES", filled(16, 0x11));
        Handle closed = caller.open("AES");
        assertEquals(NtStatus.SUCCESS, caller.provider.closeAlgorithmProvider(closed, 0));
        for (Handle bad : new Handle[] {Handle.NULL, null, key, closed, Handle.of(0x1A1)}) {
            assertEquals(NtStatus.INVALID_HANDLE, importKey(bad, Handle.NULL, BlobTypes.KEY_DATA, out, blob, 28, 0),
                    String.valueOf(bad));
        }
    }

    @Test
    void nullBlobTypeOrPhKeyIsInvalidParameter() {
        byte[] blob = ExportProtocolTest.AES128_KEY_DATA;
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, Handle.NULL, null, out, blob, 28, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, Handle.NULL, BlobTypes.KEY_DATA, null, blob, 28, 0));
    }

    @Test
    void nonZeroFlagsAreInvalidParameter() {
        byte[] blob = ExportProtocolTest.AES128_KEY_DATA;
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, Handle.NULL, BlobTypes.KEY_DATA, out, blob, 28, 1));
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, Handle.NULL, BlobTypes.KEY_DATA, out, blob, 28, 0x100));
    }

    @Test
    void nonNullImportKeyIsInvalidParameterForKeyDataAndOpaqueBlobs() {
        Handle kek = caller.key("AES", filled(16, 0x22));
        byte[] blob = ExportProtocolTest.AES128_KEY_DATA;
        byte[] opaque = OpaqueKeyBlobTest.AES128_OPAQUE;
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, kek, BlobTypes.KEY_DATA, out, blob, 28, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, kek, BlobTypes.OPAQUE_KEY, out, opaque, opaque.length, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, importKey(aes, kek, "NoSuchBlob", out, blob, 28, 0));
    }

    @Test
    void unknownAndUnimplementedBlobTypesAreNotSupported() {
        byte[] blob = ExportProtocolTest.AES128_KEY_DATA;
        for (String type : new String[] {"NoSuchBlob", "keydatablob", BlobTypes.RSA_PUBLIC, "rfc3565keywrapblob"}) {
            assertEquals(NtStatus.NOT_SUPPORTED, importKey(aes, Handle.NULL, type, out, blob, 28, 0), type);
        }
        assertEquals(NtStatus.NOT_SUPPORTED, importKey(caller.open("DES"), caller.key("AES", filled(16, 0x22)),
                BlobTypes.AES_WRAP_KEY, out, hex("00".repeat(24)), 24, 0), "a DES key is never wrapped");
        assertEquals(Handle.NULL, out.get());
    }

    @Test
    void importKeyPairChecksTheHandleThenIsNotSupported() {
        byte[] blob = ExportProtocolTest.AES128_KEY_DATA;
        Handle key = caller.key("AES", filled(16, 0x11));
        assertEquals(NtStatus.INVALID_HANDLE,
                caller.provider.importKeyPair(key, Handle.NULL, BlobTypes.RSA_PUBLIC, out, blob, 28, 0));
        assertEquals(NtStatus.INVALID_HANDLE,
                caller.provider.importKeyPair(Handle.NULL, Handle.NULL, BlobTypes.RSA_PUBLIC, out, blob, 28, 0));
        assertEquals(NtStatus.NOT_SUPPORTED,
                caller.provider.importKeyPair(aes, Handle.NULL, BlobTypes.RSA_PUBLIC, out, blob, 28, 0));
        assertEquals(NtStatus.NOT_SUPPORTED,
                caller.provider.importKeyPair(aes, Handle.NULL, BlobTypes.KEY_DATA, out, blob, 28, 0));
        assertEquals(Handle.NULL, out.get());
    }

    @Test
    void keyDataReaderAndWriterAreInverse() {
        for (int length : new int[] {0, 1, 16, 24, 32, 300}) {
            byte[] key = filled(length, length);
            byte[] blob = KeyDataBlob.write(key);
            assertEquals(12 + length, blob.length);
            assertArrayEquals(key, KeyDataBlob.read(blob).value());
        }
    }
}
