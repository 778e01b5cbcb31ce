package org.cngkit.reference;

import java.nio.charset.StandardCharsets;

import org.cngkit.spi.NtStatus;

/**
 * A NUL-terminated UTF-16LE string inside caller bytes, the form of a parameter-set name both in a key blob and
 * as the value of the {@code ParameterSetName} property.
 */
final class Utf16Name {
    private Utf16Name() {
    }

    /**
     * The name in {@code bytes[offset, offset + length)}, which must be whole UTF-16 units ending in one NUL unit
     * and holding no other: anything else is STATUS_INVALID_PARAMETER. At least one character is required.
     */
    static Outcome<String> decode(byte[] bytes, int offset, int length) {
        if (length < 4 || length % 2 != 0 || bytes[offset + length - 2] != 0 || bytes[offset + length - 1] != 0) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        String name = new String(bytes, offset, length - 2, StandardCharsets.UTF_16LE);
        return name.indexOf('\0') >= 0 ? Outcome.refused(NtStatus.INVALID_PARAMETER) : Outcome.of(name);
    }

    /** {@code name} in UTF-16LE followed by a NUL unit. */
    static byte[] encode(String name) {
        return (name + "\0").getBytes(StandardCharsets.UTF_16LE);
    }
}
