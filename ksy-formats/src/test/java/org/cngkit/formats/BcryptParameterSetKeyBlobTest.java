package org.cngkit.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import java.io.ByteArrayOutputStream;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.cngkit.formats.BcryptParameterSetKeyBlob.KeyMagic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The generated parser of the shared ML-KEM / PQDSA layout (blob-layouts digest 2.7, 2.8): header, UTF-16LE
 * parameter set with its NUL, key bytes; and the magic / parameter set / cbKey relations the .ksy checks.
 */
class BcryptParameterSetKeyBlobTest {

    /** Header fields and tail as the test gives them; no relation between them is enforced here. */
    private static byte[] blob(String magic, int cbParameterSet, int cbKey, byte[] nameBytes, int keyLength) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(magic.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(u32(cbParameterSet));
        out.writeBytes(u32(cbKey));
        out.writeBytes(nameBytes);
        byte[] key = new byte[keyLength];
        Arrays.fill(key, (byte) 0x5c);
        out.writeBytes(key);
        return out.toByteArray();
    }

    private static byte[] withNul(String name) {
        return (name + "\0").getBytes(StandardCharsets.UTF_16LE);
    }

    private static byte[] u32(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    private static BcryptParameterSetKeyBlob parse(byte[] blob) {
        return new BcryptParameterSetKeyBlob(new ByteBufferKaitaiStream(blob));
    }

    @Test
    void parsesAnMlKem1024SeedBlobWhoseKeyIsNotAligned() {
        byte[] blob = blob("MLKS", 10, 64, withNul("1024"), 64);
        // 12 + 10 + 64: the 86-byte ML-KEM-1024 seed blob of the digest (2.7), key at offset 22
        assertEquals(86, blob.length);
        KaitaiStream io = new ByteBufferKaitaiStream(blob);
        BcryptParameterSetKeyBlob parsed = new BcryptParameterSetKeyBlob(io);
        assertEquals(KeyMagic.MLKEM_PRIVATE_SEED, parsed.magic());
        assertEquals(0x534b4c4dL, parsed.magic().id());
        assertEquals(10, parsed.lenParameterSet());
        assertEquals(64, parsed.lenKey());
        assertEquals("1024", parsed.set());
        assertEquals(64, parsed.lenKeyOfSet());
        assertEquals(64, parsed.key().length);
        assertTrue(io.isEof());
    }

    @ParameterizedTest(name = "{0} {1}: cbParameterSet {2}, cbKey {3}")
    @CsvSource(textBlock = """
            MLKP, 512,        8,  800
            MLKR, 768,        8,  2400
            MLKS, 512,        8,  64
            MLKR, 1024,       10, 3168
            DSPK, 44,         6,  1312
            DSSK, 65,         6,  4032
            DSSS, 87,         6,  32
            SHPK, SHA2-128s,  20, 32
            SHSK, SHAKE-256f, 22, 128
            SHSK, SHA2-192f,  20, 96
            LMPK, SHA256_M24_H5,  28, 48
            LMPK, SHAKE_M32_H25,  28, 56
            XMPK, SHA2_10_256,    24, 68
            XMPK, SHAKE256_20_192, 32, 52
            XMPK, SHA2_16_512,    24, 132
            """)
    void everyMagicWithASetOfItsAlgorithmParses(String magic, String set, int cbParameterSet, int cbKey) {
        assertEquals(cbParameterSet, withNul(set).length);
        BcryptParameterSetKeyBlob parsed = parse(blob(magic, cbParameterSet, cbKey, withNul(set), cbKey));
        assertEquals(set, parsed.set());
        assertEquals(magic, new String(u32((int) parsed.magic().id()), StandardCharsets.US_ASCII));
    }

    @Test
    void anUnknownMagicIsRefused() {
        byte[] bad = blob("MLKX", 8, 64, withNul("512"), 64);
        KaitaiStream.ValidationNotInEnumError e = assertThrows(KaitaiStream.ValidationNotInEnumError.class, () -> parse(bad));
        assertTrue(e.getMessage().contains("/seq/0"), e.getMessage());
    }

    @Test
    void aParameterSetWithoutItsNulIsRefused() {
        byte[] noNul = "512".getBytes(StandardCharsets.UTF_16LE);
        byte[] bad = blob("MLKS", noNul.length, 64, noNul, 64);
        assertThrows(KaitaiStream.ValidationNotEqualError.class, () -> parse(bad));
    }

    @Test
    void cbParameterSetCountingCharactersIsRefused() {
        // "512" + NUL is 4 characters but 8 bytes
        byte[] bad = blob("MLKS", 4, 64, withNul("512"), 64);
        assertThrows(KaitaiStream.ValidationNotEqualError.class, () -> parse(bad));
    }

    @Test
    void anOddOrTinyCbParameterSetIsRefused() {
        assertThrows(KaitaiStream.ValidationExprError.class, () -> parse(blob("MLKS", 7, 64, withNul("512"), 64)));
        assertThrows(KaitaiStream.ValidationExprError.class, () -> parse(blob("MLKS", 2, 64, withNul(""), 64)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource(textBlock = """
            MLKP, 513
            MLKP, ML-KEM-512
            DSPK, 512
            MLKS, 44
            SHPK, 44
            SHPK, SHA2-128S
            LMPK, LMS_SHA256_M32_H10
            XMPK, XMSS-SHA2_10_256
            """)
    void aSetNotDefinedForTheMagicIsRefused(String magic, String set) {
        byte[] name = withNul(set);
        KaitaiStream.ValidationExprError e = assertThrows(KaitaiStream.ValidationExprError.class,
                () -> parse(blob(magic, name.length, 64, name, 64)));
        assertTrue(e.getMessage().contains("/seq/3"), e.getMessage());
    }

    @Test
    void aCbKeyThatDoesNotFitTheSetIsRefused() {
        // an ML-KEM-512 encapsulation key (800 bytes) labelled 768
        byte[] bad = blob("MLKP", 8, 800, withNul("768"), 800);
        KaitaiStream.ValidationExprError e = assertThrows(KaitaiStream.ValidationExprError.class, () -> parse(bad));
        assertTrue(e.getMessage().contains("/seq/4"), e.getMessage());
    }

    @Test
    void aBlobShorterThanCbKeySaysIsRefused() {
        byte[] full = blob("DSSS", 6, 32, withNul("44"), 32);
        assertThrows(BufferUnderflowException.class, () -> parse(Arrays.copyOf(full, full.length - 1)));
        assertThrows(BufferUnderflowException.class, () -> parse(Arrays.copyOf(full, 10)));
    }

    @Test
    void theKeyBytesAreReturnedUnchanged() {
        byte[] blob = HexFormat.of().parseHex("44535353" + "06000000" + "20000000" + "340034000000"
                + "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        BcryptParameterSetKeyBlob parsed = parse(blob);
        assertEquals(KeyMagic.MLDSA_PRIVATE_SEED, parsed.magic());
        assertEquals("44", parsed.set());
        byte[] expected = new byte[32];
        for (int i = 0; i < 32; i++) {
            expected[i] = (byte) i;
        }
        assertArrayEquals(expected, parsed.key());
    }
}
