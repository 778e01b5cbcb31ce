package org.cngkit.kit.nativeimpl;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cngkit.child.LineCodec;
import org.cngkit.child.ProtocolViolation;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.Test;

/** The token forms of harness/PROTOCOL.md, without a harness. */
class LineCodecTest {

    @Test
    void stringsCarryEveryUtf16CodeUnit() {
        assertEquals("NULL", LineCodec.string(null));
        assertEquals("'", LineCodec.string(""));
        assertEquals("'KeyDataBlob", LineCodec.string("KeyDataBlob"));
        assertEquals("'a%0020b%0025c%00E9%D83D%DE00", LineCodec.string("a b%c\u00e9\ud83d\ude00"));
        for (String s : new String[] {"", "KeyDataBlob", " %'\u0000\u00e9\ud83d\ude00 ", "NULL"}) {
            assertEquals(s, LineCodec.parseString(LineCodec.string(s)));
        }
        assertNull(LineCodec.parseString("NULL"));
        assertEquals("'NULL", LineCodec.string("NULL"), "the string NULL is not the NULL pointer");
    }

    @Test
    void buffersAndNumbers() {
        assertEquals("NULL", LineCodec.bytes(null));
        assertEquals("x", LineCodec.bytes(new byte[0]));
        assertEquals("x00ff10", LineCodec.bytes(new byte[] {0, -1, 16}));
        assertEquals("4294967295", LineCodec.ulong(-1));
        assertEquals(-1, LineCodec.parseUlong("4294967295"));
        assertEquals(0xC0000023, LineCodec.status("C0000023"));
        assertThrows(ProtocolViolation.class, () -> LineCodec.parseUlong("4294967296"));
        assertThrows(ProtocolViolation.class, () -> LineCodec.status("23"));
        assertThrows(ProtocolViolation.class, () -> LineCodec.status("0000002G"));
        assertEquals(0x80000000, LineCodec.parseNumber("0x80000000"));
        assertEquals(28, LineCodec.parseNumber("28"));
        assertThrows(ProtocolViolation.class, () -> LineCodec.parseNumber("-1"));
        assertThrows(ProtocolViolation.class, () -> LineCodec.parseNumber("0x100000000"));
        assertArrayEquals(new byte[] {0x4b, 0x44}, LineCodec.parseBytes("x4b44"));
        assertArrayEquals(new byte[0], LineCodec.parseBytes("x"));
        assertNull(LineCodec.parseBytes("NULL"));
        assertThrows(ProtocolViolation.class, () -> LineCodec.parseBytes("x4b4"));
        assertThrows(ProtocolViolation.class, () -> LineCodec.parseBytes("x4g"));
    }

    @Test
    void changesRoundTrip() {
        byte[] before = {1, 2, 3, 4, 5, 6};
        byte[] after = {9, 2, 3, 8, 8, 6};
        List<LineCodec.Run> runs = LineCodec.diff(before, after);
        assertEquals("0:09,3:0808", LineCodec.formatChanges(runs));
        List<LineCodec.Run> back = LineCodec.changes("0:09,3:0808");
        assertEquals(2, back.size());
        assertEquals(3, back.get(1).offset());
        assertArrayEquals(new byte[] {8, 8}, back.get(1).bytes());
        assertTrue(LineCodec.changes("-").isEmpty());
        assertThrows(ProtocolViolation.class, () -> LineCodec.changes("3:0"));
        assertThrows(ProtocolViolation.class, () -> LineCodec.changes("-3:00"));
    }

    @Test
    void writeBackPutsChangesIntoTheCallersArray() {
        byte[] array = new byte[8];
        NativeProvider.writeBack(array, 4, "1:aabb", "pbOutput");
        assertArrayEquals(new byte[] {0, (byte) 0xaa, (byte) 0xbb, 0, 0, 0, 0, 0}, array);
        NativeProvider.writeBack(array, 4, "4:01,20:02", "pbOutput");
        assertEquals(1, array[4], "the in-array part of an overrun is kept for the canary check");
        Violation far = assertThrows(Violation.class, () -> NativeProvider.writeBack(new byte[8], 4, "20:02", "pbOutput"));
        assertEquals(Outcome.OVERRUN, far.outcome());
        assertTrue(far.reason().contains("beyond the end of the 8-byte pbOutput array"), far.reason());
        assertEquals("1 byte(s) listed as changed, offsets 20", far.provided());
        assertThrows(HarnessProtocolError.class, () -> NativeProvider.writeBack(null, 0, "0:01", "pbOutput"));
    }

    @Test
    void aFarOverrunListedByItsEndsIsAnOverrunUpToItsLastOffset() {
        // As harness.c answers 1 MiB written past an 8-byte array sent whole (cbOutput 8): the 1024 near guard bytes
        // in full, then the far guard's first (8 + 1024) and last (8 + 2^20 - 1) changed byte.
        String near = "8:" + "ab".repeat(1024);
        Violation far = assertThrows(Violation.class,
                () -> NativeProvider.writeBack(new byte[8], 8, near + ",1032:cd,1048583:ef", "pbOutput"));
        assertEquals(Outcome.OVERRUN, far.outcome());
        assertTrue(far.reason().contains("beyond the end of the 8-byte pbOutput array it was given, up to offset 1048583"),
                far.reason());
        assertEquals("1026 byte(s) listed as changed, offsets 8, 9, 10, 11, 12, 13, 14, 15, ..., 1048583", far.provided());
        assertEquals("no byte written at or after offset 8", far.expected());

        // The same overrun when the array has a canary after cbOutput: the array shows it, the kit's canary check judges.
        byte[] withCanary = new byte[8 + 64];
        NativeProvider.writeBack(withCanary, 8, "8:" + "ab".repeat(64 + 1024) + ",1096:cd,1048583:ef", "pbOutput");
        assertEquals((byte) 0xab, withCanary[8]);
        assertEquals((byte) 0xab, withCanary[71]);
    }

    @Test
    void handlesNameTheProcessThatIssuedThem() {
        assertEquals("0", NativeProvider.handle(Handle.NULL, 1));
        assertEquals("0", NativeProvider.handle(null, 1));
        assertEquals("7", NativeProvider.handle(Handle.of(2L << 32 | 7), 2));
        assertEquals("#e1", NativeProvider.handle(Handle.of(0xE1), 2), "a value nobody issued travels raw");
        StaleHandle stale = assertThrows(StaleHandle.class, () -> NativeProvider.handle(Handle.of(1L << 32 | 7), 2));
        assertTrue(stale.getMessage().contains("process #1"), stale.getMessage());
    }

    @Test
    void commandsSplitLikeASimpleShell() {
        assertEquals(List.of("wine", "harness/target/cngkit-harness.exe"), NativeCommand.split("wine harness/target/cngkit-harness.exe"));
        assertEquals(List.of("wine", "/my dir/h.exe", "x"), NativeCommand.split("  wine '/my dir/h.exe'  \"x\" "));
        assertEquals(List.of("C:\\cngkit\\cngkit-harness.exe"), NativeCommand.split("C:\\cngkit\\cngkit-harness.exe"));
        assertThrows(IllegalArgumentException.class, () -> NativeCommand.split("wine 'open"));
        assertThrows(IllegalArgumentException.class, () -> NativeCommand.split("  "));
    }

    @Test
    void probesTurnKeyLengthsIntoSizes() {
        assertEquals(List.of(128, 192, 256), List.copyOf(new Probe("AES", NtStatus.SUCCESS, 128, 256, 64).keyBits()));
        assertEquals(List.of(192), List.copyOf(new Probe("3DES", NtStatus.SUCCESS, 192, 192, 0).keyBits()));
        assertTrue(new Probe("RSA", NtStatus.SUCCESS, null, null, null).keyBits().isEmpty());
    }
}
