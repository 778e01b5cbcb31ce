package org.cngkit.reference;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.DSAParametersGenerator;
import org.bouncycastle.crypto.params.DSAParameterGenerationParameters;
import org.bouncycastle.crypto.params.DSAParameters;
import org.bouncycastle.util.BigIntegers;
import org.cngkit.reference.DsaKey.DsaDomainRecord;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Claims;
import org.cngkit.spi.NtStatus;

/**
 * {@code BCRYPT_DSA_ALGORITHM} ({@code "DSA"}). Keys of 512 to 1024 bits in steps of 64 get a FIPS 186-2 domain
 * (SHA-1, 160-bit q); above 1024 bits a FIPS 186-3 domain with SHA-256 and a 256-bit q, as Windows generates
 * them. The page allows every multiple of 64 up to 3072; Bouncy Castle's FIPS 186-3 generator takes only 2048 and
 * 3072 bits, so those are the sizes above 1024 this provider claims. The {@code DSAParameters} property is not
 * implemented.
 */
enum DsaAlgorithm implements KeyPairAlgorithm {
    INSTANCE;

    /** The blob types a DSA key exports and imports, in the order they are claimed. */
    static final List<String> BLOB_TYPES = List.of(BlobTypes.DSA_PUBLIC, BlobTypes.DSA_PRIVATE,
            BlobTypes.PUBLIC_KEY, BlobTypes.PRIVATE_KEY);
    static final int SHA256 = 1;
    static final int FIPS186_3 = 1;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public String id() {
        return "DSA";
    }

    /** 512 to 1024 in steps of 64, 2048 and 3072. */
    static Set<Integer> sizes() {
        Set<Integer> sizes = new TreeSet<>();
        for (int bits = 512; bits <= 1024; bits += 64) {
            sizes.add(bits);
        }
        sizes.add(2048);
        sizes.add(3072);
        return sizes;
    }

    @Override
    public Optional<KeyBlobReader> keyBlobReader(String blobType) {
        return Optional.empty();
    }

    @Override
    public Optional<KeyBlobReader> keyPairBlobReader(String blobType) {
        return switch (blobType) {
            case BlobTypes.DSA_PUBLIC, BlobTypes.PUBLIC_KEY ->
                    Optional.of((blob, k) -> DsaKeyBlob.read(blob, false).then(Outcome::of));
            case BlobTypes.DSA_PRIVATE, BlobTypes.PRIVATE_KEY ->
                    Optional.of((blob, k) -> DsaKeyBlob.read(blob, true).then(Outcome::of));
            default -> Optional.empty();
        };
    }

    @Override
    public Outcome<PendingKeyPair> startKeyPair(AlgorithmProvider provider, int dwLength) {
        return sizes().contains(dwLength) ? Outcome.of(new PendingKeyPair(this, dwLength, provider))
                : Outcome.refused(NtStatus.INVALID_PARAMETER);
    }

    @Override
    public NtStatus acceptProperty(String name, byte[] value) {
        return NtStatus.NOT_SUPPORTED;
    }

    @Override
    public Outcome<Key> finalizeKeyPair(PendingKeyPair pending) {
        int bits = pending.length();
        DSAParametersGenerator generator;
        if (bits <= 1024) {
            generator = new DSAParametersGenerator();
            generator.init(bits, 80, RANDOM);
        } else {
            generator = new DSAParametersGenerator(SHA256Digest.newInstance());
            generator.init(new DSAParameterGenerationParameters(bits, 256, 80, RANDOM));
        }
        DSAParameters domain = generator.generateParameters();
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

    @Override
    public void declare(Claims.Builder claims) {
        claims.algorithm(id()).keyBits(sizes().stream().mapToInt(Integer::intValue).toArray())
                .exports(BLOB_TYPES.toArray(String[]::new))
                .imports(BLOB_TYPES.toArray(String[]::new))
                .add();
    }
}
