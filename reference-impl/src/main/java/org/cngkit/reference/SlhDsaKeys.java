package org.cngkit.reference;

import java.security.SecureRandom;
import java.util.List;

import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.SLHDSAKeyPairGenerator;
import org.bouncycastle.crypto.params.SLHDSAKeyGenerationParameters;
import org.bouncycastle.crypto.params.SLHDSAParameters;
import org.bouncycastle.crypto.params.SLHDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.SLHDSAPublicKeyParameters;
import org.cngkit.spi.NtStatus;

/**
 * SLH-DSA keys of the twelve FIPS 205 parameter sets under their bcrypt.h names (blob-layouts-digest 2.8), on
 * Bouncy Castle. Microsoft does not document the key bytes of an SLH-DSA blob; this implementation uses the FIPS 205
 * encodings, public key PK.seed || PK.root (2n bytes) and private key SK.seed || SK.prf || PK.seed || PK.root
 * (4n bytes). There is no seed blob (bcrypt.h defines no SLH-DSA seed magic). An imported private key is taken as
 * given: its public key is its last 2n bytes, and PK.root is not recomputed (a hypertree root costs up to a second
 * for the "s" sets).
 */
final class SlhDsaKeys implements KeyDerivation {
    static final List<ParameterSet> PARAMETER_SETS = List.of(
            set("SHA2-128s", SLHDSAParameters.sha2_128s), set("SHAKE-128s", SLHDSAParameters.shake_128s),
            set("SHA2-128f", SLHDSAParameters.sha2_128f), set("SHAKE-128f", SLHDSAParameters.shake_128f),
            set("SHA2-192s", SLHDSAParameters.sha2_192s), set("SHAKE-192s", SLHDSAParameters.shake_192s),
            set("SHA2-192f", SLHDSAParameters.sha2_192f), set("SHAKE-192f", SLHDSAParameters.shake_192f),
            set("SHA2-256s", SLHDSAParameters.sha2_256s), set("SHAKE-256s", SLHDSAParameters.shake_256s),
            set("SHA2-256f", SLHDSAParameters.sha2_256f), set("SHAKE-256f", SLHDSAParameters.shake_256f));

    private final SLHDSAParameters parameters;

    private SlhDsaKeys(SLHDSAParameters parameters) {
        this.parameters = parameters;
    }

    private static ParameterSet set(String name, SLHDSAParameters parameters) {
        int n = parameters.getN();
        return new ParameterSet(name, new ParameterSet.KeySizes(2 * n, 4 * n, 0), new SlhDsaKeys(parameters));
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
     * PK.root: FIPS 205 slh_keygen on those three values.
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
