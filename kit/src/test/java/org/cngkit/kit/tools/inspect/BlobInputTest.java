package org.cngkit.kit.tools.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BlobInputTest {
    private static final byte[] BLOB = {0x4b, 0x44, 0x42, 0x4d, 1, 0, 0, 0, 2, 0, 0, 0, (byte) 0xab, (byte) 0xcd};

    private static BlobInput decode(String text) {
        return BlobInput.decode(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void binaryStaysAsItIs() {
        BlobInput in = BlobInput.decode(BLOB);
        assertEquals("binary", in.encoding());
        assertArrayEquals(BLOB, in.bytes());
    }

    @Test
    void hexWithSpacesLineBreaksColonsOrPrefixIsDecoded() {
        for (String text : new String[] {"4b44424d0100000002000000abcd\n", "4B 44 42 4D 01 00 00 00\r\n02 00 00 00 AB CD",
                "0x4b44424d0100000002000000abcd", "4b:44:42:4d:01:00:00:00:02:00:00:00:ab:cd"}) {
            BlobInput in = decode(text);
            assertEquals("hex", in.encoding(), text);
            assertArrayEquals(BLOB, in.bytes(), text);
        }
    }

    @Test
    void base64IsDecodedWhenItIsNotHex() {
        String b64 = Base64.getMimeEncoder(8, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(BLOB);
        BlobInput in = decode(b64 + "\n");
        assertEquals("base64", in.encoding());
        assertArrayEquals(BLOB, in.bytes());
        assertArrayEquals(BLOB, decode(Base64.getUrlEncoder().encodeToString(BLOB)).bytes());
    }

    @Test
    void textThatIsNeitherIsTakenAsBytes() {
        BlobInput in = decode("hello, world");
        assertEquals("binary", in.encoding());
        assertEquals(12, in.bytes().length);
    }
}
