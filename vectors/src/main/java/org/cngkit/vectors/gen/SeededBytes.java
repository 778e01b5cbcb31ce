package org.cngkit.vectors.gen;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Deterministic byte stream for test keys: block i is SHA-256(seed || i), with i a 4-byte
 * big-endian counter starting at 0 and the seed the UTF-8 bytes of a text recorded in the
 * vector file ({@code source.ref}). Anyone can recompute a key from its seed with any SHA-256.
 * This is a reproducible derivation, not a random number generator for real keys.
 */
public final class SeededBytes {
    private final byte[] seed;
    private int counter;
    private byte[] block = new byte[0];
    private int used;

    public SeededBytes(String seed) {
        this.seed = seed.getBytes(StandardCharsets.UTF_8);
    }

    /** The next {@code length} bytes of the stream. */
    public byte[] next(int length) {
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            if (used == block.length) {
                block = nextBlock();
                used = 0;
            }
            out[i] = block[used++];
        }
        return out;
    }

    private byte[] nextBlock() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(seed);
            sha256.update(new byte[] {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter});
            counter++;
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
