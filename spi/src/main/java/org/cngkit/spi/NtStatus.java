package org.cngkit.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An {@code NTSTATUS} value as BCrypt returns it: a signed 32-bit code; success is a value &ge; 0.
 *
 * <p>Values are those of the Windows SDK {@code ntstatus.h} / {@code winerror.h} (see
 * blob-layouts-digest section 5). Any 32-bit value can be represented: codes outside the
 * table simply have no symbolic name.
 */
public record NtStatus(int value) {

    private static final Map<Integer, String> NAMES = new LinkedHashMap<>();

    public static final NtStatus SUCCESS = known(0x00000000, "STATUS_SUCCESS");
    public static final NtStatus UNSUCCESSFUL = known(0xC0000001, "STATUS_UNSUCCESSFUL");
    public static final NtStatus NOT_IMPLEMENTED = known(0xC0000002, "STATUS_NOT_IMPLEMENTED");
    public static final NtStatus INVALID_HANDLE = known(0xC0000008, "STATUS_INVALID_HANDLE");
    public static final NtStatus INVALID_PARAMETER = known(0xC000000D, "STATUS_INVALID_PARAMETER");
    public static final NtStatus NO_MEMORY = known(0xC0000017, "STATUS_NO_MEMORY");
    public static final NtStatus BUFFER_TOO_SMALL = known(0xC0000023, "STATUS_BUFFER_TOO_SMALL");
    public static final NtStatus DATA_ERROR = known(0xC000003E, "STATUS_DATA_ERROR");
    public static final NtStatus INSUFFICIENT_RESOURCES = known(0xC000009A, "STATUS_INSUFFICIENT_RESOURCES");
    public static final NtStatus NOT_SUPPORTED = known(0xC00000BB, "STATUS_NOT_SUPPORTED");
    public static final NtStatus INTERNAL_ERROR = known(0xC00000E5, "STATUS_INTERNAL_ERROR");
    public static final NtStatus INVALID_BUFFER_SIZE = known(0xC0000206, "STATUS_INVALID_BUFFER_SIZE");
    public static final NtStatus NOT_FOUND = known(0xC0000225, "STATUS_NOT_FOUND");
    public static final NtStatus INVALID_SIGNATURE = known(0xC000A000, "STATUS_INVALID_SIGNATURE");
    public static final NtStatus AUTH_TAG_MISMATCH = known(0xC000A002, "STATUS_AUTH_TAG_MISMATCH");
    public static final NtStatus NTE_BAD_KEY = known(0x80090003, "NTE_BAD_KEY");
    public static final NtStatus NTE_BAD_LEN = known(0x80090004, "NTE_BAD_LEN");
    public static final NtStatus NTE_BAD_DATA = known(0x80090005, "NTE_BAD_DATA");
    public static final NtStatus NTE_BAD_ALGID = known(0x80090008, "NTE_BAD_ALGID");
    public static final NtStatus NTE_BAD_FLAGS = known(0x80090009, "NTE_BAD_FLAGS");
    public static final NtStatus NTE_BAD_TYPE = known(0x8009000A, "NTE_BAD_TYPE");
    public static final NtStatus NTE_BAD_KEY_STATE = known(0x8009000B, "NTE_BAD_KEY_STATE");
    public static final NtStatus NTE_NO_MEMORY = known(0x8009000E, "NTE_NO_MEMORY");
    public static final NtStatus NTE_PERM = known(0x80090010, "NTE_PERM");
    public static final NtStatus NTE_INVALID_HANDLE = known(0x80090026, "NTE_INVALID_HANDLE");
    public static final NtStatus NTE_INVALID_PARAMETER = known(0x80090027, "NTE_INVALID_PARAMETER");
    public static final NtStatus NTE_BUFFER_TOO_SMALL = known(0x80090028, "NTE_BUFFER_TOO_SMALL");
    public static final NtStatus NTE_NOT_SUPPORTED = known(0x80090029, "NTE_NOT_SUPPORTED");

    private static NtStatus known(int value, String name) {
        NAMES.put(value, name);
        return new NtStatus(value);
    }

    public static NtStatus of(int value) {
        return new NtStatus(value);
    }

    /** The status whose symbolic name is {@code name}, or {@code null} when the name is unknown. */
    public static NtStatus named(String name) {
        for (Map.Entry<Integer, String> e : NAMES.entrySet()) {
            if (e.getValue().equals(name)) {
                return new NtStatus(e.getKey());
            }
        }
        return null;
    }

    /** Every status this table names, by value. */
    public static Map<Integer, String> table() {
        return Collections.unmodifiableMap(NAMES);
    }

    /** {@code NT_SUCCESS}: the value is not negative. */
    public boolean isSuccess() {
        return value >= 0;
    }

    /** The symbolic name, or {@code 0x........} when the table has none. */
    public String name() {
        String name = NAMES.get(value);
        return name != null ? name : hex();
    }

    public String hex() {
        return String.format("0x%08X", value);
    }

    @Override
    public String toString() {
        String name = NAMES.get(value);
        return name != null ? name + " (" + hex() + ")" : hex();
    }
}
