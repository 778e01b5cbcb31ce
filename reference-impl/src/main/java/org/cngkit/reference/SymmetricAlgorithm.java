package org.cngkit.reference;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Claims;
import org.cngkit.spi.NtStatus;

/**
 * The block-cipher algorithms whose keys are a plain secret: {@code BCryptGenerateSymmetricKey}
 * makes them, {@code BCryptImportKey} reads them from a KeyDataBlob or OpaqueKeyBlob. Another
 * cipher (DES, DESX, RC2, 3DES_112) is one more constant.
 */
enum SymmetricAlgorithm implements Algorithm {
    /** {@code BCRYPT_AES_ALGORITHM}: 128, 192 or 256-bit keys. */
    AES("AES", Set.of(16, 24, 32), AESEngine::newInstance),
    /**
     * {@code BCRYPT_3DES_ALGORITHM}: three-key triple DES, 24 bytes given (192 bits including the
     * parity bits, which are kept as given and never fixed).
     */
    TRIPLE_DES("3DES", Set.of(24), DESedeEngine::new);

    /** The blob types {@code BCryptImportKey} reads for these algorithms, in the order they are claimed. */
    static final List<String> IMPORT_TYPES = List.of(BlobTypes.KEY_DATA, BlobTypes.OPAQUE_KEY);

    private final String id;
    private final Set<Integer> keyLengths;
    private final Supplier<BlockCipher> engine;

    SymmetricAlgorithm(String id, Set<Integer> keyLengths, Supplier<BlockCipher> engine) {
        this.id = id;
        this.keyLengths = keyLengths;
        this.engine = engine;
    }

    @Override
    public String id() {
        return id;
    }

    /** Whether a secret of {@code length} bytes is a key of this algorithm. */
    boolean acceptsKeyLength(int length) {
        return keyLengths.contains(length);
    }

    /**
     * A key holding {@code secret} (the caller's bytes, copied, never altered), after Bouncy Castle
     * has accepted it for this cipher. A length the algorithm does not take is STATUS_INVALID_PARAMETER.
     */
    Outcome<Key> newKey(byte[] secret) {
        if (!acceptsKeyLength(secret.length)) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        try {
            newCipher(secret, true);
        } catch (IllegalArgumentException refusedByEngine) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return Outcome.of(new SymmetricKey(this, secret));
    }

    /** A Bouncy Castle engine for this algorithm, initialised with {@code secret}. */
    BlockCipher newCipher(byte[] secret, boolean forEncryption) {
        BlockCipher cipher = engine.get();
        cipher.init(forEncryption, new KeyParameter(secret));
        return cipher;
    }

    @Override
    public Optional<KeyBlobReader> keyBlobReader(String blobType) {
        switch (blobType) {
            case BlobTypes.KEY_DATA:
                return Optional.of((blob, unwrappingKey) -> KeyDataBlob.read(blob).then(this::newKey));
            case BlobTypes.OPAQUE_KEY:
                return Optional.of((blob, unwrappingKey) -> OpaqueKeyBlob.read(blob, id).then(this::newKey));
            default:
                // Rfc3565KeyWrapBlob arrives with RFC 3394 unwrapping in a later issue.
                return Optional.empty();
        }
    }

    @Override
    public Optional<KeyBlobReader> keyPairBlobReader(String blobType) {
        return Optional.empty();
    }

    @Override
    public void declare(Claims.Builder claims) {
        int[] bits = new TreeSet<>(keyLengths).stream().mapToInt(bytes -> bytes * 8).toArray();
        claims.algorithm(id).keyBits(bits)
                .exports(SymmetricKey.EXPORT_TYPES.toArray(String[]::new))
                .imports(IMPORT_TYPES.toArray(String[]::new))
                .add();
    }
}
