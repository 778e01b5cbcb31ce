package org.cngkit.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The generated parser against the blob Windows produces for an AES-128 key of sixteen 0x11
 * bytes (Wine's test_key_import_export, which passes on Windows; blob-layouts digest 2.1).
 */
class BcryptKeyDataBlobTest {
    private static final byte[] KEY = filled(16, 0x11);
    private static final byte[] WINDOWS_AES128 = concat(
            HexFormat.of().parseHex("4b44424d" + "01000000" + "10000000"), KEY);

    @Test
    void parsesTheWindowsObservedAes128Blob() {
        assertEquals(28, WINDOWS_AES128.length);
        KaitaiStream io = new ByteBufferKaitaiStream(WINDOWS_AES128);
        BcryptKeyDataBlob blob = new BcryptKeyDataBlob(io);

        assertArrayEquals("KDBM".getBytes(StandardCharsets.US_ASCII), blob.magic());
        assertEquals(1, blob.version());
        assertEquals(16, blob.lenKeyData());
        assertArrayEquals(KEY, blob.keyData());
        assertTrue(io.isEof(), "nothing after the key bytes");
    }

    @Test
    void rejectsABadMagic() {
        byte[] bad = WINDOWS_AES128.clone();
        bad[3] = 'X';
        KaitaiStream.ValidationNotEqualError e = assertThrows(KaitaiStream.ValidationNotEqualError.class,
                () -> new BcryptKeyDataBlob(new ByteBufferKaitaiStream(bad)));
        assertTrue(e.getMessage().contains("/seq/0"), e.getMessage());
    }

    @Test
    void rejectsABadVersion() {
        byte[] bad = WINDOWS_AES128.clone();
        bad[4] = 2;
        KaitaiStream.ValidationNotEqualError e = assertThrows(KaitaiStream.ValidationNotEqualError.class,
                () -> new BcryptKeyDataBlob(new ByteBufferKaitaiStream(bad)));
        assertTrue(e.getMessage().contains("/seq/1"), e.getMessage());
    }

    @Test
    void rejectsABlobShorterThanCbKeyDataSays() {
        byte[] shortBlob = Arrays.copyOf(WINDOWS_AES128, WINDOWS_AES128.length - 1);
        // ByteBufferKaitaiStream signals end of data with java.nio.BufferUnderflowException
        assertThrows(BufferUnderflowException.class,
                () -> new BcryptKeyDataBlob(new ByteBufferKaitaiStream(shortBlob)));
    }

    @Test
    void rejectsATruncatedHeader() {
        byte[] shortBlob = Arrays.copyOf(WINDOWS_AES128, 10);
        assertThrows(BufferUnderflowException.class,
                () -> new BcryptKeyDataBlob(new ByteBufferKaitaiStream(shortBlob)));
    }

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
