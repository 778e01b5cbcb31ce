package org.cngkit.reference;

import java.security.SecureRandom;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.SLHDSAKeyPairGenerator;
import org.bouncycastle.crypto.params.SLHDSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.SLHDSAParameters;
import org.bouncycastle.crypto.params.SLHDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.SLHDSAPublicKeyParameters;
import org.cngkit.spi.NtStatus;

/**
 * The twelve SLH-DSA parameter sets of FIPS 205 under their bcrypt.h names (blob-layouts-digest 2.8). Microsoft
 * does not document the key bytes of an SLH-DSA blob; this implementation uses the FIPS 205 encodings, public key
 * PK.seed || PK.root (2n bytes) and private key SK.seed || SK.prf || PK.seed || PK.root (4n bytes). There is no seed
 * blob (bcrypt.h defines no SLH-DSA seed magic). An imported private key is taken as given: its public key is its
 * last 2n bytes, and PK.root is not recomputed (a hypertree root costs up to a second for the "s" sets).
 */
enum SlhDsaParameterSet implements ParameterSet {
    SHA2_128S("SHA2-128s", SLHDSAParameters.sha2_128s),
    SHAKE_128S("SHAKE-128s", SLHDSAParameters.shake_128s),
    SHA2_128F("SHA2-128f", SLHDSAParameters.sha2_128f),
    SHAKE_128F("SHAKE-128f", SLHDSAParameters.shake_128f),
    SHA2_192S("SHA2-192s", SLHDSAParameters.sha2_192s),
    SHAKE_192S("SHAKE-192s", SLHDSAParameters.shake_192s),
    SHA2_192F("SHA2-192f", SLHDSAParameters.sha2_192f),
    SHAKE_192F("SHAKE-192f", SLHDSAParameters.shake_192f),
    SHA2_256S("SHA2-256s", SLHDSAParameters.sha2_256s),
    SHAKE_256S("SHAKE-256s", SLHDSAParameters.shake_256s),
    SHA2_256F("SHA2-256f", SLHDSAParameters.sha2_256f),
    SHAKE_256F("SHAKE-256f", SLHDSAParameters.shake_256f);

    private final String parameterSetName;
    private final SLHDSAParameters parameters;

    SlhDsaParameterSet(String parameterSetName, SLHDSAParameters parameters) {
        this.parameterSetName = parameterSetName;
        this.parameters = parameters;
    }

    @Override
    public String parameterSetName() {
        return parameterSetName;
    }

    @Override
    public int length(KeyPart part) {
        return switch (part) {
            case PUBLIC -> 2 * parameters.getN();
            case PRIVATE -> 4 * parameters.getN();
            case SEED -> 0;
        };
    }

    @Override
    public Outcome<PqKeyMaterial> derive(KeyPart part, byte[] bytes) {
        try {
            return switch (part) {
                case PUBLIC -> Outcome.of(PqKeyMaterial.publicOnly(new SLHDSAPublicKeyParameters(parameters, bytes).getEncoded()));
                case PRIVATE -> {
                    SLHDSAPrivateKeyParameters key = new SLHDSAPrivateKeyParameters(parameters, bytes);
                    yield Outcome.of(PqKeyMaterial.expanded(key.getPublicKey(), key.getEncoded()));
                }
                case SEED -> Outcome.refused(NtStatus.NOT_SUPPORTED);
            };
        } catch (IllegalArgumentException rejectedByBouncyCastle) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
    }

    /**
     * Bouncy Castle draws SK.seed, SK.prf and PK.seed from {@code random} in that order (n bytes each) and computes
     * PK.root, which is FIPS 205 slh_keygen on those three values.
     */
    @Override
    public PqKeyMaterial generate(SecureRandom random) {
        SLHDSAKeyPairGenerator generator = new SLHDSAKeyPairGenerator();
        generator.init(new SLHDSAKeyGenerationParameters(random, parameters));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        return PqKeyMaterial.expanded(((SLHDSAPublicKeyParameters) pair.getPublic()).getEncoded(),
                ((SLHDSAPrivateKeyParameters) pair.getPrivate()).getEncoded());
    }
}
