package org.cngkit.reference;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.cngkit.spi.NtStatus;

/**
 * The ML-KEM parameter sets (FIPS 203 table 3; blob-layouts-digest 2.7). Keys derive with Bouncy Castle: the
 * 64-byte seed d || z expands to the decapsulation key dk and the encapsulation key ek; an imported dk must carry
 * the hash of its own ek; an imported ek must pass the FIPS 203 modulus check.
 */
enum MlKemParameterSet implements ParameterSet {
    ML_KEM_512("512", MLKEMParameters.ml_kem_512, 800, 1632),
    ML_KEM_768("768", MLKEMParameters.ml_kem_768, 1184, 2400),
    ML_KEM_1024("1024", MLKEMParameters.ml_kem_1024, 1568, 3168);

    /** d || z, FIPS 203 ML-KEM.KeyGen_internal. */
    static final int SEED_LENGTH = 64;

    private final String parameterSetName;
    private final MLKEMParameters parameters;
    private final int publicLength;
    private final int privateLength;

    MlKemParameterSet(String name, MLKEMParameters parameters, int publicLength, int privateLength) {
        this.parameterSetName = name;
        this.parameters = parameters;
        this.publicLength = publicLength;
        this.privateLength = privateLength;
    }

    @Override
    public String parameterSetName() {
        return parameterSetName;
    }

    @Override
    public int length(KeyPart part) {
        return switch (part) {
            case PUBLIC -> publicLength;
            case PRIVATE -> privateLength;
            case SEED -> SEED_LENGTH;
        };
    }

    @Override
    public Outcome<PqKeyMaterial> derive(KeyPart part, byte[] bytes) {
        try {
            return Outcome.of(switch (part) {
                case SEED -> {
                    MLKEMPrivateKeyParameters key = new MLKEMPrivateKeyParameters(parameters, bytes);
                    yield PqKeyMaterial.fromSeed(key.getPublicKey(), key.getEncoded(), bytes);
                }
                case PRIVATE -> {
                    MLKEMPrivateKeyParameters key = new MLKEMPrivateKeyParameters(parameters, bytes);
                    yield PqKeyMaterial.expanded(key.getPublicKey(), key.getEncoded());
                }
                case PUBLIC -> PqKeyMaterial.publicOnly(new MLKEMPublicKeyParameters(parameters, bytes).getEncoded());
            });
        } catch (IllegalArgumentException rejectedByBouncyCastle) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
    }

    @Override
    public PqKeyMaterial generate(SecureRandom random) {
        byte[] seed = new byte[SEED_LENGTH];
        random.nextBytes(seed);
        return derive(KeyPart.SEED, seed).value();
    }
}
