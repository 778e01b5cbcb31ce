package org.cngkit.vectors.gen;

import java.security.SecureRandom;

/**
 * A {@link SecureRandom} whose every byte comes from a {@link SeededBytes} stream, so that Bouncy Castle's key
 * and parameter generators produce the same keys on every run. For vector generation only: the stream is public
 * and anyone can recompute it.
 */
final class SeededRandom extends SecureRandom {
    private static final long serialVersionUID = 1L;

    private final transient SeededBytes bytes;

    SeededRandom(String seed) {
        this.bytes = new SeededBytes(seed);
    }

    @Override
    public void nextBytes(byte[] out) {
        byte[] next = bytes.next(out.length);
        System.arraycopy(next, 0, out, 0, out.length);
    }

    @Override
    public byte[] generateSeed(int length) {
        return bytes.next(length);
    }

    /** Ignored: the stream depends on its seed text only. */
    @Override
    public void setSeed(long seed) {
    }

    /** Ignored: the stream depends on its seed text only. */
    @Override
    public void setSeed(byte[] seed) {
    }
}
