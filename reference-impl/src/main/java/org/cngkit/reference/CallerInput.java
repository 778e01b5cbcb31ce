package org.cngkit.reference;

import org.cngkit.spi.NtStatus;

/**
 * An input buffer as C passes it: a pointer ({@code byte[]}, or {@code null} for NULL) and a
 * {@code ULONG} count that the caller chose independently of the array's real length.
 */
final class CallerInput {
    private CallerInput() {
    }

    /**
     * A private copy of the first {@code count} bytes. A NULL pointer with a count of zero is an
     * empty input; a NULL pointer with a non-zero count, or a count (read unsigned) larger than the
     * array, is STATUS_INVALID_PARAMETER, where C would read memory it does not own.
     */
    static Outcome<byte[]> take(byte[] pointer, int count) {
        long length = Integer.toUnsignedLong(count);
        if (pointer == null) {
            return length == 0 ? Outcome.of(new byte[0]) : Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        if (length > pointer.length) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        byte[] copy = new byte[(int) length];
        System.arraycopy(pointer, 0, copy, 0, copy.length);
        return Outcome.of(copy);
    }
}
