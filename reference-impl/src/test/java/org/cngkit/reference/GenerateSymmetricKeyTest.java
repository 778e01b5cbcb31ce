package org.cngkit.reference;

import static org.cngkit.reference.Caller.filled;
import static org.cngkit.reference.Caller.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.bouncycastle.crypto.BlockCipher;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code generateSymmetricKey}: which secrets make keys, and that the keys are real Bouncy Castle keys. */
class GenerateSymmetricKeyTest {
    private Caller caller;
    private HandleOut out;

    @BeforeEach
    void setUp() {
        caller = new Caller();
        out = new HandleOut();
    }

    private NtStatus generate(Handle algorithm, HandleOut phKey, byte[] secret, int cbSecret, int flags) {
        return caller.provider.generateSymmetricKey(algorithm, phKey, null, 0, secret, cbSecret, flags);
    }

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32})
    void aesTakes128192And256BitKeys(int length) {
        assertEquals(NtStatus.SUCCESS, generate(caller.open("AES"), out, filled(length, 0x11), length, 0));
        assertArrayEquals(KeyDataBlob.write(filled(length, 0x11)), caller.export(out.get(), BlobTypes.KEY_DATA));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 8, 15, 17, 20, 31, 33, 64})
    void aesRefusesOtherLengths(int length) {
        out.set(Handle.of(0x77));
        assertEquals(NtStatus.INVALID_PARAMETER, generate(caller.open("AES"), out, new byte[length], length, 0));
        assertEquals(Handle.of(0x77), out.get(), "phKey must be left alone");
    }

    @Test
    void tripleDesTakesOnly24Bytes() {
        assertEquals(NtStatus.SUCCESS, generate(caller.open("3DES"), out, filled(24, 0x01), 24, 0));
        for (int length : new int[] {0, 7, 8, 16, 23, 25, 32}) {
            assertEquals(NtStatus.INVALID_PARAMETER, generate(caller.open("3DES"), out, new byte[length], length, 0),
                    "length " + length);
        }
    }

    @Test
    void onlyTheFirstCbSecretBytesAreTheSecret() {
        byte[] array = new byte[40];
        for (int i = 0; i < array.length; i++) {
            array[i] = (byte) (0xF0 - i);
        }
        assertEquals(NtStatus.SUCCESS, generate(caller.open("AES"), out, array, 16, 0));
        assertArrayEquals(KeyDataBlob.write(Arrays.copyOf(array, 16)), caller.export(out.get(), BlobTypes.KEY_DATA));
    }

    @Test
    void cbSecretBeyondTheArrayIsInvalidParameter() {
        assertEquals(NtStatus.INVALID_PARAMETER, generate(caller.open("AES"), out, new byte[16], 24, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, generate(caller.open("AES"), out, new byte[16], -16, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, generate(caller.open("AES"), out, null, 16, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, generate(caller.open("AES"), out, null, 0, 0));
        assertEquals(Handle.NULL, out.get());
    }

    @Test
    void keyObjectBufferIsIgnored() {
        assertEquals(NtStatus.SUCCESS, caller.provider.generateSymmetricKey(caller.open("AES"), out, new byte[1], 1,
                filled(16, 0x11), 16, 0));
        assertEquals(NtStatus.SUCCESS, caller.provider.generateSymmetricKey(caller.open("AES"), out, null, 999,
                filled(16, 0x11), 16, 0));
    }

    @Test
    void theKeyIsACopyOfTheCallersBytes() {
        byte[] secret = filled(16, 0x11);
        assertEquals(NtStatus.SUCCESS, generate(caller.open("AES"), out, secret, 16, 0));
        Arrays.fill(secret, (byte) 0);
        assertArrayEquals(ExportProtocolTest.AES128_KEY_DATA, caller.export(out.get(), BlobTypes.KEY_DATA));
    }

    @Test
    void handleAndParameterChecks() {
        Handle key = caller.key("AES", filled(16, 0x11));
        byte[] secret = filled(16, 0x11);
        assertEquals(NtStatus.INVALID_HANDLE, generate(Handle.NULL, out, secret, 16, 0));
        assertEquals(NtStatus.INVALID_HANDLE, generate(null, out, secret, 16, 0));
        assertEquals(NtStatus.INVALID_HANDLE, generate(key, out, secret, 16, 0));
        assertEquals(NtStatus.INVALID_HANDLE, generate(Handle.NULL, null, null, 99, 1));
        assertEquals(NtStatus.INVALID_PARAMETER, generate(caller.open("AES"), null, secret, 16, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, generate(caller.open("AES"), out, secret, 16, 1));
    }

    @Test
    void everyKeyGetsItsOwnHandle() {
        Handle first = caller.key("AES", filled(16, 0x11));
        Handle second = caller.key("AES", filled(16, 0x11));
        assertTrue(first.value() != second.value());
    }

    /** FIPS-197 appendix C.1: the key is a working AES-128 key in Bouncy Castle. */
    @Test
    void aesKeyEncryptsTheFips197KnownAnswer() {
        SymmetricKey key = (SymmetricKey) SymmetricAlgorithm.AES.newKey(hex("000102030405060708090a0b0c0d0e0f")).value();
        assertArrayEquals(hex("69c4e0d86a7b0430d8cdb78070b4c55a"), encrypt(key, hex("00112233445566778899aabbccddeeff")));
    }

    /** Triple DES with three equal keys is single DES: the classic DES example key 133457799BBCDFF1. */
    @Test
    void tripleDesKeyEncryptsTheDesKnownAnswer() {
        byte[] k = hex("133457799BBCDFF1");
        byte[] secret = new byte[24];
        for (int i = 0; i < 3; i++) {
            System.arraycopy(k, 0, secret, 8 * i, 8);
        }
        SymmetricKey key = (SymmetricKey) SymmetricAlgorithm.TRIPLE_DES.newKey(secret).value();
        assertArrayEquals(hex("85E813540F0AB405"), encrypt(key, hex("0123456789ABCDEF")));
        assertArrayEquals(secret, key.secret());
    }

    private static byte[] encrypt(SymmetricKey key, byte[] block) {
        BlockCipher cipher = key.newCipher(true);
        byte[] result = new byte[cipher.getBlockSize()];
        cipher.processBlock(block, 0, result, 0);
        return result;
    }
}
