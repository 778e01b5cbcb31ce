package org.cngkit.reference;

import java.security.SecureRandom;
import java.util.Arrays;
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

    /** Key material by its bytes and part: an array compared by value, a copy never handed out. */
    private record Material(KeyPart part, byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Material m && m.part == part && Arrays.equals(m.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return part.hashCode() * 31 + Arrays.hashCode(bytes);
        }
    }

    private final int seedLength;
    private final UnaryOperator<byte[]> publicKey;
    private final Function<byte[], Pair> privateKey;
    /** Recent derivations: a vector imported again is not checked and expanded again (Keccak, for ML-DSA A s1). */
    private final RecentResults<Material, Outcome<PqKeyMaterial>> recent = new RecentResults<>(64);

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
        return recent.get(new Material(part, bytes.clone()), m -> deriveNow(m.part(), m.bytes()));
    }

    private Outcome<PqKeyMaterial> deriveNow(KeyPart part, byte[] bytes) {
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
        return deriveNow(KeyPart.SEED, seed).value();
    }
}
