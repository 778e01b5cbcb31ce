package org.cngkit.reference;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

import org.cngkit.spi.Handle;

/**
 * The objects behind the opaque handle values of one provider instance.
 *
 * <p>Algorithm handles and key handles share one id space, as {@code BCRYPT_HANDLE}s do in C, so a
 * lookup names the kind it expects and a handle of the other kind is simply not found. Values are
 * never reused: a destroyed or closed handle stays invalid for the life of the table. They start
 * well above the small CNG pseudo-handle values ({@code 0x1A1} and the like) and advance in steps
 * of 16, so neither a pseudo-handle nor a handle off by a few is mistaken for a live one.
 *
 * <p>Safe for use from several threads: the kit may give up on a call and make the next one from
 * another thread.
 */
final class HandleTable {
    static final long FIRST_VALUE = 0x1000_0000L;
    static final long STRIDE = 0x10L;

    private final AtomicLong next = new AtomicLong(FIRST_VALUE);
    /** Keyed by the Handle record itself (equal by value), so a lookup boxes nothing. */
    private final ConcurrentMap<Handle, Object> live = new ConcurrentHashMap<>();

    /** Registers {@code object} under a value no handle of this table has had before. */
    Handle add(Object object) {
        Handle handle = Handle.of(next.getAndAdd(STRIDE));
        live.put(handle, object);
        return handle;
    }

    /** The live object of kind {@code kind} behind {@code handle}; empty for NULL, unknown, destroyed or other-kind handles. */
    <T> Optional<T> find(Handle handle, Class<T> kind) {
        if (Handle.isNull(handle)) {
            return Optional.empty();
        }
        Object object = live.get(handle);
        return kind.isInstance(object) ? Optional.of(kind.cast(object)) : Optional.empty();
    }

    /**
     * Puts {@code replacement} behind {@code handle} if {@code current} is still there (a key pair that is
     * finalized keeps its handle); false when it is not.
     */
    boolean replace(Handle handle, Object current, Object replacement) {
        return !Handle.isNull(handle) && live.replace(handle, current, replacement);
    }

    /** Invalidates {@code handle} if it is a live handle of kind {@code kind}; false otherwise. */
    boolean remove(Handle handle, Class<?> kind) {
        if (Handle.isNull(handle)) {
            return false;
        }
        Object object = live.get(handle);
        return kind.isInstance(object) && live.remove(handle, object);
    }
}
