package org.cngkit.reference;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.crypto.generators.RSAKeyPairGenerator;
import org.bouncycastle.crypto.params.RSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.cngkit.spi.BlobTypes;

/**
 * {@code BCRYPT_RSA_ALGORITHM} ({@code "RSA"}): key pairs of 512 to 16384 bits in steps of 64
 * (BCryptGenerateKeyPair page), generated with the public exponent 65537, and imported from the three
 * BCRYPT_RSAKEY_BLOB types and the generic ones.
 */
enum RsaAlgorithm implements SizedKeyPairAlgorithm {
    INSTANCE;

    static final int MIN_BITS = 512;
    static final int MAX_BITS = 16384;
    static final int STEP_BITS = 64;
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

    @Override
    public String id() {
        return "RSA";
    }

    /**
     * RSAPUBLICBLOB and PUBLICBLOB read RSA1, RSAPRIVATEBLOB RSA2, RSAFULLPRIVATEBLOB RSA3 (accepted by Windows
     * though the import page does not list it), PRIVATEBLOB RSA2 or RSA3.
     */
    @Override
    public Optional<KeyBlobReader> keyPairBlobReader(String blobType) {
        if (blobType.equals(BlobTypes.LEGACY_RSA_PRIVATE)) {
            return Optional.of((blob, unwrappingKey) -> CapiKeyBlob.readRsaPrivate(blob).then(Outcome::of));
        }
        Set<Integer> magics = switch (blobType) {
            case BlobTypes.RSA_PUBLIC, BlobTypes.PUBLIC_KEY -> Set.of(RsaKeyBlob.RSA1);
            case BlobTypes.RSA_PRIVATE -> Set.of(RsaKeyBlob.RSA2);
            case BlobTypes.RSA_FULL_PRIVATE -> Set.of(RsaKeyBlob.RSA3);
            case BlobTypes.PRIVATE_KEY -> Set.of(RsaKeyBlob.RSA2, RsaKeyBlob.RSA3);
            default -> Set.of();
        };
        return magics.isEmpty() ? Optional.empty()
                : Optional.of((blob, unwrappingKey) -> RsaKeyBlob.read(blob, magics).then(Outcome::of));
    }

    /** 512 to 16384 in steps of 64. */
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

    @Override
    public Outcome<Key> finalizeKeyPair(PendingKeyPair pending) {
        RSAKeyPairGenerator generator = new RSAKeyPairGenerator();
        generator.init(new RSAKeyGenerationParameters(GENERATED_EXPONENT, RANDOM, pending.length(), 100));
        RSAPrivateCrtKeyParameters k = (RSAPrivateCrtKeyParameters) generator.generateKeyPair().getPrivate();
        return RsaKey.of(pending.length(), k.getModulus(), k.getPublicExponent(), k.getP(), k.getQ(), null)
                .then(Outcome::of);
    }

}
