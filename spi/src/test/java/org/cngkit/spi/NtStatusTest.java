package org.cngkit.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The table checked against the values transcribed in blob-layouts-digest section 5 (ntstatus.h, winerror.h). */
class NtStatusTest {

    @Test
    void valuesMatchTheSdkHeaders() {
        assertEquals(0x00000000, NtStatus.named("STATUS_SUCCESS").value());
        assertEquals(0xC0000008, NtStatus.named("STATUS_INVALID_HANDLE").value());
        assertEquals(0xC000000D, NtStatus.named("STATUS_INVALID_PARAMETER").value());
        assertEquals(0xC0000023, NtStatus.named("STATUS_BUFFER_TOO_SMALL").value());
        assertEquals(0xC00000BB, NtStatus.named("STATUS_NOT_SUPPORTED").value());
        assertEquals(0xC0000002, NtStatus.named("STATUS_NOT_IMPLEMENTED").value());
        assertEquals(0xC0000206, NtStatus.named("STATUS_INVALID_BUFFER_SIZE").value());
        assertEquals(0x80090005, NtStatus.named("NTE_BAD_DATA").value());
        assertEquals(0x80090029, NtStatus.named("NTE_NOT_SUPPORTED").value());
    }

    @Test
    void successIsNonNegative() {
        assertTrue(NtStatus.SUCCESS.isSuccess());
        assertTrue(NtStatus.of(0x40000000).isSuccess());
        assertFalse(NtStatus.BUFFER_TOO_SMALL.isSuccess());
    }

    @Test
    void unknownValuesKeepTheirBits() {
        NtStatus odd = NtStatus.of(0xC0DE0001);
        assertEquals("0xC0DE0001", odd.name());
        assertNull(NtStatus.named("STATUS_NO_SUCH_THING"));
    }
}
