package org.cngkit.reference;

import java.security.SecureRandom;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.cngkit.spi.NtStatus;

/**
 * Keys whose private key expands from a short seed (ML-KEM from d || z, ML-DSA from xi). A key imported from the seed
 * keeps it; one imported from the expanded private key or the public key cannot have it. Bouncy Castle does the
 * work through two functions and signals material it rejects with IllegalArgumentException, which becomes
 * STATUS_INVALID_PARAMETER.
 */
final class SeedExpandedKeys implements KeyDerivation {
    /** A public key and its expanded private key. */
    record Pair(byte[] publicKey, byte[] privateKey) {
    }

    private final int seedLength;
    private final UnaryOperator<byte[]> publicKey;
    private final Function<byte[], Pair> privateKey;

    /**
     * @param publicKey  checks a public key and returns its encoding
     * @param privateKey the key pair of a seed or of an expanded private key (told apart by their lengths)
     */
    SeedExpandedKeys(int seedLength, UnaryOperator<byte[]> publicKey, Function<byte[], Pair> privateKey) {
        this.seedLength = seedLength;
        this.publicKey = publicKey;
        this.privateKey = privateKey;
    }

    @Override
    public Outcome<PqKeyMaterial> derive(KeyPart part, byte[] bytes) {
        try {
            if (part == KeyPart.PUBLIC) {
                return Outcome.of(PqKeyMaterial.publicOnly(publicKey.apply(bytes)));
            }
            Pair pair = privateKey.apply(bytes);
            return Outcome.of(part == KeyPart.SEED
                    ? PqKeyMaterial.fromSeed(pair.publicKey(), pair.privateKey(), bytes)
                    : PqKeyMaterial.expanded(pair.publicKey(), pair.privateKey()));
        } catch (IllegalArgumentException rejectedByBouncyCastle) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
    }

    /** A random seed, expanded; the key keeps the seed, as a key Windows generates does. */
    @Override
    public PqKeyMaterial generate(SecureRandom random) {
        byte[] seed = new byte[seedLength];
        random.nextBytes(seed);
        return derive(KeyPart.SEED, seed).value();
    }
}
