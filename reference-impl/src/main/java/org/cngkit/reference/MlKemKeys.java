package org.cngkit.reference;

import java.util.List;

import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;

/**
 * The ML-KEM parameter sets (FIPS 203 table 3; blob-layouts-digest 2.7) on Bouncy Castle: the 64-byte seed d || z
 * expands to the decapsulation key dk and the encapsulation key ek; an imported dk must carry the hash of its own
 * ek; an imported ek must pass the FIPS 203 modulus check.
 */
final class MlKemKeys {
    /** d || z, FIPS 203 ML-KEM.KeyGen_internal. */
    static final int SEED_LENGTH = 64;

    static final List<ParameterSet> PARAMETER_SETS = List.of(
            set("512", MLKEMParameters.ml_kem_512, 800, 1632),
            set("768", MLKEMParameters.ml_kem_768, 1184, 2400),
            set("1024", MLKEMParameters.ml_kem_1024, 1568, 3168));

    private MlKemKeys() {
    }

    private static ParameterSet set(String name, MLKEMParameters parameters, int ek, int dk) {
        return new ParameterSet(name, new ParameterSet.KeySizes(ek, dk, SEED_LENGTH), new SeedExpandedKeys(SEED_LENGTH,
                encoded -> new MLKEMPublicKeyParameters(parameters, encoded).getEncoded(),
                seedOrDk -> {
                    MLKEMPrivateKeyParameters key = new MLKEMPrivateKeyParameters(parameters, seedOrDk);
                    return new SeedExpandedKeys.Pair(key.getPublicKey(), key.getEncoded());
                }));
    }
}
