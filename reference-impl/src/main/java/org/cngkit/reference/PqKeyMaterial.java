package org.cngkit.reference;

import java.util.Optional;

/**
 * The byte strings of one post-quantum key, each in its standard's encoding: always the public key; the
 * expanded private key when the key has a private part; the seed only when the key was generated here or
 * imported from its seed (a seed cannot be recovered from an expanded key).
 */
final class PqKeyMaterial {
    private final byte[] publicKey;
    private final byte[] privateKey;
    private final byte[] seed;

    private PqKeyMaterial(byte[] publicKey, byte[] privateKey, byte[] seed) {
        this.publicKey = publicKey.clone();
        this.privateKey = privateKey == null ? null : privateKey.clone();
        this.seed = seed == null ? null : seed.clone();
    }

    static PqKeyMaterial publicOnly(byte[] publicKey) {
        return new PqKeyMaterial(publicKey, null, null);
    }

    static PqKeyMaterial expanded(byte[] publicKey, byte[] privateKey) {
        return new PqKeyMaterial(publicKey, privateKey, null);
    }

    static PqKeyMaterial fromSeed(byte[] publicKey, byte[] privateKey, byte[] seed) {
        return new PqKeyMaterial(publicKey, privateKey, seed);
    }

    /** A copy of the bytes of {@code part}, or empty when this key does not hold it. */
    Optional<byte[]> part(KeyPart part) {
        byte[] bytes = switch (part) {
            case PUBLIC -> publicKey;
            case PRIVATE -> privateKey;
            case SEED -> seed;
        };
        return Optional.ofNullable(bytes).map(byte[]::clone);
    }

    @Override
    public String toString() {
        return "PqKeyMaterial[public " + publicKey.length + " bytes"
                + (privateKey == null ? "" : ", private " + privateKey.length + " bytes")
                + (seed == null ? "" : ", seed " + seed.length + " bytes") + "]";
    }
}
