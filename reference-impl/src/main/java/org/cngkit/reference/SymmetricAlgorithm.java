package org.cngkit.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.bouncycastle.crypto.BlockCipher;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.DESEngine;
import org.bouncycastle.crypto.engines.DESedeEngine;
import org.bouncycastle.crypto.engines.RC2Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Claims;
import org.cngkit.spi.NtStatus;

/**
 * The block-cipher algorithms whose keys are a plain secret: {@code BCryptGenerateSymmetricKey}
 * makes them, {@code BCryptImportKey} reads them from a KeyDataBlob, an OpaqueKeyBlob or, under an
 * AES key-encryption key, a key-wrap blob. Another cipher (DESX, 3DES_112) is one more constant.
 *
 * <p>DES and RC2 are here so that the two key lengths the AES key wrap cannot take exist in the
 * reference at all: every AES key (16, 24, 32 bytes) and 3DES key (24) is a whole number of 8-byte
 * semiblocks, so without them the page's "multiple of 8 bytes" rule and the 8-byte edge case could
 * not be exercised. Their key lengths are the reference's own choice.
 */
enum SymmetricAlgorithm implements Algorithm {
    /** {@code BCRYPT_AES_ALGORITHM}: 128, 192 or 256-bit keys. */
    AES("AES", Set.of(16, 24, 32), AESEngine::newInstance),
    /**
     * {@code BCRYPT_3DES_ALGORITHM}: three-key triple DES, 24 bytes given (192 bits including the
     * parity bits, which are kept as given and never fixed).
     */
    TRIPLE_DES("3DES", Set.of(24), DESedeEngine::new),
    /**
     * {@code BCRYPT_DES_ALGORITHM}: 8 bytes given (56 key bits and 8 parity bits, kept as given). One
     * semiblock, so the reference never wraps a DES key.
     */
    DES("DES", Set.of(8), DESEngine::new),
    /**
     * {@code BCRYPT_RC2_ALGORITHM}: 5 to 16 bytes (40 to 128 bits; CNG's own RC2 range is not in the sources
     * this project uses). Lengths that are not a multiple of 8 cannot be key-wrapped.
     */
    RC2("RC2", Set.of(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16), RC2Engine::new);

    /** The blob types every algorithm here exports and imports, in the order they are claimed. */
    private static final List<String> PLAIN_TYPES = List.of(BlobTypes.KEY_DATA, BlobTypes.OPAQUE_KEY);

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
            case BlobTypes.AES_WRAP_KEY:
                return wrapsKeys()
                        ? Optional.of((blob, unwrappingKey) -> AesKeyWrapBlob.read(blob, unwrappingKey).then(this::newKey))
                        : Optional.empty();
            default:
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
        String[] types = blobTypes().toArray(String[]::new);
        claims.algorithm(id).keyBits(bits).exports(types).imports(types).add();
    }

    /**
     * The blob types claimed for export and import: KeyDataBlob and OpaqueKeyBlob always, the key-wrap blob
     * when the algorithm {@link #wrapsKeys() wraps keys}.
     */
    List<String> blobTypes() {
        List<String> types = new ArrayList<>(PLAIN_TYPES);
        if (wrapsKeys()) {
            types.add(BlobTypes.AES_WRAP_KEY);
        }
        return List.copyOf(types);
    }

    /**
     * Whether some key length of this algorithm can be key-wrapped. For an algorithm that never can (DES) the
     * key-wrap blob type is not supported at all (STATUS_NOT_SUPPORTED); for one that can, a key of a length
     * that cannot (a 5-byte RC2 key) is an invalid parameter.
     */
    boolean wrapsKeys() {
        return keyLengths.stream().anyMatch(AesKeyWrapBlob::canWrap);
    }
}
