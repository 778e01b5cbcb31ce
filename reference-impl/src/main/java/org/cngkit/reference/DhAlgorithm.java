package org.cngkit.reference;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bouncycastle.util.BigIntegers;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.NtStatus;

/**
 * {@code BCRYPT_DH_ALGORITHM} ({@code "DH"}): key pairs of 512 to 4096 bits in steps of 64. The group comes from the
 * {@code DHParameters} property (a BCRYPT_DH_PARAMETER_HEADER with p and g), set on the algorithm handle or on the
 * key pair before it is finalized; without it, finalize succeeds with a group the provider supplies, as Windows does
 * ({@link SuppliedDhGroup}). The private exponent is drawn from [2, p-2].
 */
enum DhAlgorithm implements SizedKeyPairAlgorithm {
    INSTANCE;

    static final String PARAMETERS_PROPERTY = "DHParameters";
    static final int MIN_BITS = 512;
    static final int MAX_BITS = 4096;
    static final int STEP_BITS = 64;

    /** DHPUBLICBLOB / DHPRIVATEBLOB and the generic types. */
    static final KeyPairBlobTypes BLOB_TYPES = new KeyPairBlobTypes(BlobTypes.DH_PUBLIC, BlobTypes.DH_PRIVATE);
    private static final Set<Integer> LENGTHS = SizedKeyPairAlgorithm.lengths(MIN_BITS, MAX_BITS, STEP_BITS);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String id() {
        return "DH";
    }

    @Override
    public Optional<KeyBlobReader> keyPairBlobReader(String blobType) {
        if (blobType.equals(BlobTypes.LEGACY_DH_PRIVATE)) {
            return Optional.of((blob, unwrappingKey) -> CapiKeyBlob.readDhPrivate(blob).then(Outcome::of));
        }
        return BLOB_TYPES.reader(blobType, DhKeyBlob::read);
    }

    /** 512 to 4096 in steps of 64. */
    @Override
    public Set<Integer> keyLengths() {
        return LENGTHS;
    }

    @Override
    public List<String> blobTypes() {
        return java.util.stream.Stream.concat(BLOB_TYPES.all().stream(),
                java.util.stream.Stream.of(BlobTypes.LEGACY_DH_PUBLIC, BlobTypes.LEGACY_DH_PRIVATE)).toList();
    }

    /** LEGACY_DH_PUBLIC_BLOB is not imported (BCryptImportKeyPair page: not supported by the primitive provider). */
    @Override
    public List<String> importBlobTypes() {
        return blobTypes().stream().filter(type -> !type.equals(BlobTypes.LEGACY_DH_PUBLIC)).toList();
    }

    /**
     * DHParameters only, with a well-formed BCRYPT_DH_PARAMETER_HEADER ({@link DhKeyBlob#readParameters}), kept as
     * its prime and generator.
     */
    @Override
    public NtStatus setProperty(KeyProperties properties, String name, byte[] value) {
        if (!PARAMETERS_PROPERTY.equals(name)) {
            return NtStatus.NOT_SUPPORTED;
        }
        Outcome<BigInteger[]> parameters = DhKeyBlob.readParameters(value);
        if (parameters.isRefused()) {
            return parameters.failure();
        }
        properties.put(PARAMETERS_PROPERTY, parameters.value());
        return NtStatus.SUCCESS;
    }

    /**
     * The group of DHParameters, which must be of the key's length, or without them {@link SuppliedDhGroup}'s (none
     * of that size: STATUS_INVALID_PARAMETER); x is drawn from [2, p-2] and y = g^x mod p.
     */
    @Override
    public Outcome<Key> finalizeKeyPair(PendingKeyPair pending) {
        Optional<BigInteger[]> parameters = pending.properties().get(PARAMETERS_PROPERTY, BigInteger[].class)
                .or(() -> SuppliedDhGroup.of(pending.length(), RANDOM));
        if (parameters.isEmpty() || parameters.get()[0].bitLength() != pending.length()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        BigInteger p = parameters.get()[0];
        BigInteger g = parameters.get()[1];
        BigInteger x = BigIntegers.createRandomInRange(BigInteger.TWO, p.subtract(BigInteger.TWO), RANDOM);
        return DhKey.of(pending.length(), p, g, g.modPow(x, p), x).then(Outcome::of);
    }
}
