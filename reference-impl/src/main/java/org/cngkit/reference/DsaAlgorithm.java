package org.cngkit.reference;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.DSAParametersGenerator;
import org.bouncycastle.crypto.params.DSAParameterGenerationParameters;
import org.bouncycastle.crypto.params.DSAParameters;
import org.bouncycastle.util.BigIntegers;
import org.cngkit.reference.DsaKey.DsaDomainRecord;
import org.cngkit.spi.BlobTypes;

/**
 * {@code BCRYPT_DSA_ALGORITHM} ({@code "DSA"}). Keys of 512 to 1024 bits in steps of 64 get a FIPS 186-2 domain
 * (SHA-1, 160-bit q); above 1024 bits a FIPS 186-3 domain with SHA-256 and a 256-bit q, as Windows generates
 * them. The page allows every multiple of 64 up to 3072; Bouncy Castle's FIPS 186-3 generator takes only 2048 and
 * 3072 bits, so those are the sizes above 1024 this provider claims. The {@code DSAParameters} property is not
 * implemented.
 */
enum DsaAlgorithm implements SizedKeyPairAlgorithm {
    INSTANCE;

    /** DSAPUBLICBLOB / DSAPRIVATEBLOB and the generic types. */
    static final KeyPairBlobTypes BLOB_TYPES = new KeyPairBlobTypes(BlobTypes.DSA_PUBLIC, BlobTypes.DSA_PRIVATE);
    static final List<String> EXPORT_TYPES = java.util.stream.Stream.concat(BLOB_TYPES.all().stream(),
            java.util.stream.Stream.of(BlobTypes.LEGACY_DSA_PUBLIC, BlobTypes.LEGACY_DSA_PRIVATE,
                    BlobTypes.LEGACY_DSA_V2_PRIVATE)).toList();
    static final List<String> IMPORT_TYPES = EXPORT_TYPES.stream()
            .filter(type -> !type.equals(BlobTypes.LEGACY_DSA_PUBLIC)).toList();
    static final int SHA256 = 1;
    static final int FIPS186_3 = 1;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Map<Integer, DSAParameters> DOMAINS = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return "DSA";
    }

    /** 512 to 1024 in steps of 64, 2048 and 3072. */
    @Override
    public Set<Integer> keyLengths() {
        Set<Integer> sizes = new TreeSet<>();
        for (int bits = 512; bits <= 1024; bits += 64) {
            sizes.add(bits);
        }
        sizes.add(2048);
        sizes.add(3072);
        return sizes;
    }

    @Override
    public List<String> blobTypes() {
        return EXPORT_TYPES;
    }

    /** LEGACY_DSA_PUBLIC_BLOB is not imported (BCryptImportKeyPair page: not supported by the primitive provider). */
    @Override
    public List<String> importBlobTypes() {
        return IMPORT_TYPES;
    }

    @Override
    public Optional<KeyBlobReader> keyPairBlobReader(String blobType) {
        if (blobType.equals(BlobTypes.LEGACY_DSA_PRIVATE) || blobType.equals(BlobTypes.LEGACY_DSA_V2_PRIVATE)) {
            boolean v3Too = blobType.equals(BlobTypes.LEGACY_DSA_PRIVATE);
            return Optional.of((blob, unwrappingKey) -> CapiKeyBlob.readDsaPrivate(blob, v3Too).then(Outcome::of));
        }
        return BLOB_TYPES.reader(blobType, DsaKeyBlob::read);
    }

    private static DSAParameters newDomain(int bits) {
        DSAParametersGenerator generator;
        if (bits <= 1024) {
            generator = new DSAParametersGenerator();
            generator.init(bits, 80, RANDOM);
        } else {
            generator = new DSAParametersGenerator(SHA256Digest.newInstance());
            generator.init(new DSAParameterGenerationParameters(bits, 256, 80, RANDOM));
        }
        return generator.generateParameters();
    }

    /**
     * Finalizes a pair with domain parameters generated for the first pair of its size that this process finalizes
     * and shared by every later one (FIPS 186-2 up to 1024 bits, FIPS 186-3 with SHA-256 and a 256-bit q above), and
     * a fresh x. The domain and its seed are public; making one takes from tens of milliseconds to seconds.
     */
    @Override
    public Outcome<Key> finalizeKeyPair(PendingKeyPair pending) {
        int bits = pending.length();
        DSAParameters domain = DOMAINS.computeIfAbsent(bits, DsaAlgorithm::newDomain);
        int counter = domain.getValidationParameters().getCounter();
        byte[] count = {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter};
        DsaDomainRecord record = bits <= 1024
                ? new DsaDomainRecord(count, domain.getValidationParameters().getSeed(), 0, 0)
                : new DsaDomainRecord(count, domain.getValidationParameters().getSeed(), SHA256, FIPS186_3);
        BigInteger q = domain.getQ();
        BigInteger x = BigIntegers.createRandomInRange(BigInteger.ONE, q.subtract(BigInteger.ONE), RANDOM);
        return DsaKey.of(bits, domain.getP(), q, domain.getG(), domain.getG().modPow(x, domain.getP()), x, record)
                .then(Outcome::of);
    }
}
