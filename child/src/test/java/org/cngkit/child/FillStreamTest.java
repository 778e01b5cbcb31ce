package org.cngkit.child;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/** The fill stream and its buffer token (harness/PROTOCOL.md, "The fill stream"). */
class FillStreamTest {
    @Test
    void theStreamIsSplitMix64FromTheDocumentedSeed() {
        // The first two outputs of SplitMix64 from 0x636E676B6974, little-endian, as PROTOCOL.md quotes them
        // (computed independently of this code, with Python's integers).
        assertEquals("25f59918efe89987f9754ad7f2d4fc7c", HexFormat.of().formatHex(FillStream.bytes(16, 0)));
    }

    @Test
    void aFilledArrayTravelsAsItsLengthAndOffsetAndComesBackTheSame() {
        byte[] memory = new byte[FillStream.LENGTH + 300];
        FillStream.fill(memory, FillStream.LENGTH - 100);
        String token = LineCodec.bytes(memory);
        assertEquals("f" + memory.length + "@" + (FillStream.LENGTH - 100), token);
        assertArrayEquals(memory, LineCodec.parseBytes(token), "wraps around the end of the stream");
    }

    @Test
    void aFilledArrayThatChangedTravelsInHex() {
        byte[] memory = new byte[40];
        FillStream.fill(memory, 5);
        memory[39] ^= 1;
        String token = LineCodec.bytes(memory);
        assertTrue(token.startsWith("x"), token);
        assertArrayEquals(memory, LineCodec.parseBytes(token));
    }

    @Test
    void anArrayTheKitDidNotFillTravelsInHexEvenWithTheStreamsBytes() {
        byte[] copy = FillStream.bytes(32, 7);
        assertTrue(LineCodec.bytes(copy).startsWith("x"));
    }

    @Test
    void tokensOutsideTheBoundsAreProtocolViolations() {
        for (String bad : new String[] {"f", "f@1", "f1@", "f1@131072", "f33554433@0", "f-1@0", "f1@x", "f1234567890@0", "f1@2@3"}) {
            assertThrows(ProtocolViolation.class, () -> LineCodec.parseBytes(bad), bad);
        }
        assertEquals(0, LineCodec.parseBytes("f0@0").length);
    }
}
