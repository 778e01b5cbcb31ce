package org.cngkit.reference;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.util.Pack;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.NtStatus;

/**
 * {@code BCRYPT_RSA_ALGORITHM} ({@code "RSA"}) and {@code BCRYPT_RSA_SIGN_ALGORITHM} ({@code "RSA_SIGN"}), which
 * import and export the same blobs (Wine's test_RSA_SIGN, which passes on Windows: blob-layouts-digest S-WT1).
 * Key pairs of 512 to 16384 bits in steps of 8, generated with the public exponent 65537: the
 * BCryptGenerateKeyPair page says steps of 64, but Windows accepts 1080 bits and refuses 1081 (digest section 8,
 * "RSA key sizes"), so the reference takes every whole byte in the range. The {@code KeyLength} property set on a key
 * pair before it is finalized replaces the length it was generated with, as on Windows. Imported from the three
 * BCRYPT_RSAKEY_BLOB types, the generic ones and LEGACY_RSAPRIVATE_BLOB.
 */
enum RsaAlgorithm implements SizedKeyPairAlgorithm {
    RSA("RSA"),
    RSA_SIGN("RSA_SIGN");

    static final int MIN_BITS = 512;
    static final int MAX_BITS = 16384;
    static final int STEP_BITS = 8;
    static final String KEY_LENGTH_PROPERTY = "KeyLength";
    static final BigInteger GENERATED_EXPONENT = BigInteger.valueOf(65537);

    /** The blob types an RSA key exports and imports, in the order they are claimed. */
    static final List<String> BLOB_TYPES = List.of(BlobTypes.RSA_PUBLIC, BlobTypes.RSA_PRIVATE,
            BlobTypes.RSA_FULL_PRIVATE, BlobTypes.PUBLIC_KEY, BlobTypes.PRIVATE_KEY, BlobTypes.LEGACY_RSA_PUBLIC,
            BlobTypes.LEGACY_RSA_PRIVATE);

    /** Those it imports: all but LEGACY_RSAPUBLIC_BLOB, which the Microsoft primitive provider does not import. */
    static final List<String> IMPORT_BLOB_TYPES = BLOB_TYPES.stream()
            .filter(type -> !type.equals(BlobTypes.LEGACY_RSA_PUBLIC)).toList();

    private static final Set<Integer> LENGTHS = SizedKeyPairAlgorithm.lengths(MIN_BITS, MAX_BITS, STEP_BITS);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;

    RsaAlgorithm(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }

    /**
     * RSAPUBLICBLOB and PUBLICBLOB read RSA1, RSAPRIVATEBLOB RSA2, RSAFULLPRIVATEBLOB RSA3 (accepted by Windows
     * though the import page does not list it), PRIVATEBLOB RSA2 or RSA3.
     */
    @Override
    public Optional<KeyBlobReader> keyPairBlobReader(String blobType) {
        if (blobType.equals(BlobTypes.LEGACY_RSA_PRIVATE)) {
            return Optional.of((blob, unwrappingKey) -> CapiKeyBlob.readRsaPrivate(blob).then(this::opened));
        }
        Set<Integer> magics = switch (blobType) {
            case BlobTypes.RSA_PUBLIC, BlobTypes.PUBLIC_KEY -> Set.of(RsaKeyBlob.RSA1);
            case BlobTypes.RSA_PRIVATE -> Set.of(RsaKeyBlob.RSA2);
            case BlobTypes.RSA_FULL_PRIVATE -> Set.of(RsaKeyBlob.RSA3);
            case BlobTypes.PRIVATE_KEY -> Set.of(RsaKeyBlob.RSA2, RsaKeyBlob.RSA3);
            default -> Set.of();
        };
        return magics.isEmpty() ? Optional.empty()
                : Optional.of((blob, unwrappingKey) -> RsaKeyBlob.read(blob, magics).then(this::opened));
    }

    private Outcome<Key> opened(RsaKey key) {
        return Outcome.of(key.under(this));
    }

    /** 512 to 16384 in steps of 8. */
    @Override
    public Set<Integer> keyLengths() {
        return LENGTHS;
    }

    @Override
    public List<String> blobTypes() {
        return BLOB_TYPES;
    }

    @Override
    public List<String> importBlobTypes() {
        return IMPORT_BLOB_TYPES;
    }

    /**
     * {@code KeyLength} on a key pair not yet finalized: a ULONG (4 bytes, little-endian) of {@link #keyLengths()},
     * else STATUS_INVALID_PARAMETER; it sizes the key finalize makes. On an algorithm handle the property is not
     * settable (STATUS_NOT_SUPPORTED), nor is any other.
     */
    @Override
    public NtStatus setKeyPairProperty(PendingKeyPair pending, String name, byte[] value) {
        if (!KEY_LENGTH_PROPERTY.equals(name)) {
            return NtStatus.NOT_SUPPORTED;
        }
        if (value.length != 4 || !LENGTHS.contains(Pack.littleEndianToInt(value, 0))) {
            return NtStatus.INVALID_PARAMETER;
        }
        pending.properties().put(KEY_LENGTH_PROPERTY, Pack.littleEndianToInt(value, 0));
        return NtStatus.SUCCESS;
    }

    /** A key of KeyLength bits if that was set on the pending pair, else of the length it was generated with. */
    @Override
    public Outcome<Key> finalizeKeyPair(PendingKeyPair pending) {
        int bits = pending.properties().get(KEY_LENGTH_PROPERTY, Integer.class).orElse(pending.length());
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(GENERATED_EXPONENT, RANDOM, bits, 100));
        RSAPrivateCrtKeyParameters k = (RSAPrivateCrtKeyParameters) generator.generateKeyPair().getPrivate();
        return RsaKey.of(bits, k.getModulus(), k.getPublicExponent(), k.getP(), k.getQ(), null).then(this::opened);
    }
}
