package org.cngkit.reference;

import java.security.SecureRandom;

/**
 * One parameter set of a post-quantum algorithm: the value of the {@code ParameterSetName} property, the size of
 * each kind of key material in its blobs, and how Bouncy Castle makes keys of it.
 *
 * @param parameterSetName the name without NUL, as the blobs carry it ({@code "512"}, {@code "44"})
 * @param sizes            cbKey of each kind of key material
 * @param keys             derivation and generation with Bouncy Castle
 */
record ParameterSet(String parameterSetName, KeySizes sizes, KeyDerivation keys) {

    /** cbKey of a blob carrying {@code part}; 0 when keys of this set never carry it. */
    int length(KeyPart part) {
        return sizes.length(part);
    }

    /** See {@link KeyDerivation#derive}; {@code bytes} are already known to be {@link #length(KeyPart)} long. */
    Outcome<PqKeyMaterial> derive(KeyPart part, byte[] bytes) {
        return keys.derive(part, bytes);
    }

    /** A fresh key (BCryptFinalizeKeyPair); only for sets of algorithms that generate keys. */
    PqKeyMaterial generate(SecureRandom random) {
        return keys.generate(random);
    }

    /**
     * cbKey of the public key, the expanded private key and the seed blobs of a set; 0 for material its keys never
     * carry in a blob.
     */
    record KeySizes(int publicKey, int privateKey, int seed) {
        int length(KeyPart part) {
            return switch (part) {
                case PUBLIC -> publicKey;
                case PRIVATE -> privateKey;
                case SEED -> seed;
            };
        }
    }
}
