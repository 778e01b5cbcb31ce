package org.cngkit.reference;

import java.util.List;

import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;

/**
 * The ML-DSA parameter sets (FIPS 204 table 2; blob-layouts-digest 2.8) on Bouncy Castle; the CNG names carry no
 * "ML-DSA-" prefix. The 32-byte seed xi expands to sk and pk; an imported sk must hold a tr that matches the public
 * key Bouncy Castle recomputes from it.
 */
final class MlDsaKeys {
    /** xi, FIPS 204 ML-DSA.KeyGen_internal. */
    static final int SEED_LENGTH = 32;

    static final List<ParameterSet> PARAMETER_SETS = List.of(
            set("44", MLDSAParameters.ml_dsa_44, 1312, 2560),
            set("65", MLDSAParameters.ml_dsa_65, 1952, 4032),
            set("87", MLDSAParameters.ml_dsa_87, 2592, 4896));

    private MlDsaKeys() {
    }

    private static ParameterSet set(String name, MLDSAParameters parameters, int pk, int sk) {
        return new ParameterSet(name, new ParameterSet.KeySizes(pk, sk, SEED_LENGTH), new SeedExpandedKeys(SEED_LENGTH,
                encoded -> new MLDSAPublicKeyParameters(parameters, encoded).getEncoded(),
                seedOrSk -> {
                    MLDSAPrivateKeyParameters key = new MLDSAPrivateKeyParameters(parameters, seedOrSk);
                    return new SeedExpandedKeys.Pair(key.getPublicKey(), key.getEncoded());
                }));
    }
}
