package org.cngkit.reference;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.cngkit.spi.NtStatus;

/**
 * The ML-DSA parameter sets (FIPS 204 table 2; blob-layouts-digest 2.8). The CNG names carry no "ML-DSA-" prefix.
 * Keys derive with Bouncy Castle: the 32-byte seed xi expands to sk and pk; an imported sk must hold a tr that
 * matches the public key Bouncy Castle recomputes from it.
 */
enum MlDsaParameterSet implements ParameterSet {
    ML_DSA_44("44", MLDSAParameters.ml_dsa_44, 1312, 2560),
    ML_DSA_65("65", MLDSAParameters.ml_dsa_65, 1952, 4032),
    ML_DSA_87("87", MLDSAParameters.ml_dsa_87, 2592, 4896);

    /** xi, FIPS 204 ML-DSA.KeyGen_internal. */
    static final int SEED_LENGTH = 32;

    private final String parameterSetName;
    private final MLDSAParameters parameters;
    private final int publicLength;
    private final int privateLength;

    MlDsaParameterSet(String parameterSetName, MLDSAParameters parameters, int publicLength, int privateLength) {
        this.parameterSetName = parameterSetName;
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
            if (part == KeyPart.PUBLIC) {
                return Outcome.of(PqKeyMaterial.publicOnly(new MLDSAPublicKeyParameters(parameters, bytes).getEncoded()));
            }
            // the constructor takes either the seed or the expanded key, told apart by length
            MLDSAPrivateKeyParameters key = new MLDSAPrivateKeyParameters(parameters, bytes);
            return Outcome.of(part == KeyPart.SEED
                    ? PqKeyMaterial.fromSeed(key.getPublicKey(), key.getEncoded(), bytes)
                    : PqKeyMaterial.expanded(key.getPublicKey(), key.getEncoded()));
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
