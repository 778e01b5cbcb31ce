package org.cngkit.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.BufferUnderflowException;

import org.junit.jupiter.api.Test;

/** A declared length past the end is refused before anything is allocated for it. */
class BlobStreamTest {
    /** A BCRYPT_KEY_DATA_BLOB header (magic KDBM, version 1) declaring cbKeyData 0x7FFFFFF0, with 4 bytes of key. */
    private static final byte[] HUGE = {
            0x4b, 0x44, 0x42, 0x4d, 0x01, 0x00, 0x00, 0x00, (byte) 0xf0, (byte) 0xff, (byte) 0xff, 0x7f, 1, 2, 3, 4};

    @Test
    void aLengthBeyondTheBlobIsRefusedWithItsNumbers() {
        BufferUnderflowException e = assertThrows(BufferUnderflowException.class,
                () -> new BcryptKeyDataBlob(BlobStream.of(HUGE)));
        assertEquals(BlobStream.DeclaredBeyondEnd.class, e.getClass(), "refused by the bound, not by an array read");
        assertEquals("a field at byte 12 declares 2147483632 bytes; 4 remain", e.getMessage());
    }

    @Test
    void aBlobThatHoldsWhatItDeclaresParses() {
        byte[] ok = HUGE.clone();
        ok[8] = 4;
        ok[9] = 0;
        ok[10] = 0;
        ok[11] = 0;
        assertArrayEquals(new byte[] {1, 2, 3, 4}, new BcryptKeyDataBlob(BlobStream.of(ok)).keyData());
    }
}
