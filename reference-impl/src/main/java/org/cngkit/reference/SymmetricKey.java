package org.cngkit.reference;

import java.util.Optional;

import org.bouncycastle.crypto.BlockCipher;
import org.cngkit.spi.BlobTypes;

/** A key of a {@link SymmetricAlgorithm}: the secret bytes exactly as the caller gave them. */
final class SymmetricKey implements Key {
    private final SymmetricAlgorithm algorithm;
    private final byte[] secret;
    /** KeyDataBlob and OpaqueKeyBlob, encoded once ({@link PrecomputedBlob}); the key wrap blob depends on the KEK. */
    private final Optional<KeyBlobWriter> keyDataBlob;
    private final Optional<KeyBlobWriter> opaqueBlob;

    /** Use {@link SymmetricAlgorithm#newKey(byte[])}, which checks the secret first. */
    SymmetricKey(SymmetricAlgorithm algorithm, byte[] secret) {
        this.algorithm = algorithm;
        this.secret = secret.clone();
        this.keyDataBlob = PrecomputedBlob.of(KeyDataBlob.write(this.secret));
        this.opaqueBlob = PrecomputedBlob.of(OpaqueKeyBlob.write(algorithm.id(), this.secret));
    }

    @Override
    public SymmetricAlgorithm algorithm() {
        return algorithm;
    }

    /** A copy of the secret. */
    byte[] secret() {
        return secret.clone();
    }

    /** A Bouncy Castle engine keyed with this key (for key wrap and for tests that the key is real). */
    BlockCipher newCipher(boolean forEncryption) {
        return algorithm.newCipher(secret, forEncryption);
    }

    @Override
    public Optional<KeyBlobWriter> blobWriter(String blobType) {
        switch (blobType) {
            case BlobTypes.KEY_DATA:
                return keyDataBlob;
            case BlobTypes.OPAQUE_KEY:
                return opaqueBlob;
            case BlobTypes.AES_WRAP_KEY:
                return algorithm.wrapsKeys()
                        ? Optional.of(wrappingKey -> AesKeyWrapBlob.write(wrappingKey, secret))
                        : Optional.empty();
            default:
                return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return "SymmetricKey[" + algorithm.id() + ", " + secret.length * 8 + " bits]";
    }
}
