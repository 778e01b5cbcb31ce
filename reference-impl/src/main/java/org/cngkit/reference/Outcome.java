package org.cngkit.reference;

import java.util.Objects;
import java.util.function.Function;

import org.cngkit.spi.NtStatus;

/**
 * Either a value or the failure {@link NtStatus} that a CNG call returns instead of it. Internal
 * steps return an outcome so that the status a caller sees is decided where the rule lives, and no
 * rule is expressed as an exception.
 *
 * @param <T> the type of the value on success
 */
final class Outcome<T> {
    private final T value;
    private final NtStatus failure;

    private Outcome(T value, NtStatus failure) {
        this.value = value;
        this.failure = failure;
    }

    static <T> Outcome<T> of(T value) {
        return new Outcome<>(Objects.requireNonNull(value, "value"), null);
    }

    static <T> Outcome<T> refused(NtStatus failure) {
        if (Objects.requireNonNull(failure, "failure").isSuccess()) {
            throw new IllegalArgumentException("a refusal needs a failure status, not " + failure);
        }
        return new Outcome<>(null, failure);
    }

    boolean isRefused() {
        return failure != null;
    }

    /** The value; only meaningful when {@link #isRefused()} is false. */
    T value() {
        if (failure != null) {
            throw new IllegalStateException("refused with " + failure);
        }
        return value;
    }

    /** The failure status; only meaningful when {@link #isRefused()} is true. */
    NtStatus failure() {
        if (failure == null) {
            throw new IllegalStateException("not refused");
        }
        return failure;
    }

    /** Runs {@code next} on the value, or passes this refusal on. */
    <U> Outcome<U> then(Function<? super T, Outcome<U>> next) {
        return failure != null ? refused(failure) : next.apply(value);
    }

    @Override
    public String toString() {
        return failure != null ? "refused " + failure : "ok " + value;
    }
}
