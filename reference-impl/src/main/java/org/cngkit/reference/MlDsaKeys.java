package org.cngkit.reference;

import java.util.List;

import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;

/**
 * The ML-DSA parameter sets (FIPS 204 table 2; blob-layouts-digest 2.8) on Bouncy Castle; the CNG names carry no
 * "ML-DSA-" prefix. The 32-byte seed xi expands to sk and pk; an imported sk must hold a tr that matches the public
 * key Bouncy Castle recomputes from it, and a t0 that is the low part of the t it recomputes
 * ({@link MlDsaSecretKeyCheck}).
 */
final class MlDsaKeys {
    /** xi, FIPS 204 ML-DSA.KeyGen_internal. */
    static final int SEED_LENGTH = 32;

    static final List<ParameterSet> PARAMETER_SETS = List.of(
            set("44", MLDSAParameters.ml_dsa_44, 1312, new MlDsaSecretKeyCheck(4, 4, 2)),
            set("65", MLDSAParameters.ml_dsa_65, 1952, new MlDsaSecretKeyCheck(6, 5, 4)),
            set("87", MLDSAParameters.ml_dsa_87, 2592, new MlDsaSecretKeyCheck(8, 7, 2)));

    private MlDsaKeys() {
    }

    /** An expanded sk must also pass {@code skCheck} (s1, s2 in range, t0 the low part of A s1 + s2). */
    private static ParameterSet set(String name, MLDSAParameters parameters, int pk, MlDsaSecretKeyCheck skCheck) {
        int sk = skCheck.secretKeyLength();
        return new ParameterSet(name, new ParameterSet.KeySizes(pk, sk, SEED_LENGTH), new SeedExpandedKeys(SEED_LENGTH,
                encoded -> new MLDSAPublicKeyParameters(parameters, encoded).getEncoded(),
                seedOrSk -> {
                    if (seedOrSk.length == sk && !skCheck.consistent(seedOrSk)) {
                        throw new IllegalArgumentException("t0 or s1, s2 are not those of the key");
                    }
                    MLDSAPrivateKeyParameters key = new MLDSAPrivateKeyParameters(parameters, seedOrSk);
                    return new SeedExpandedKeys.Pair(key.getPublicKey(), key.getEncoded());
                }));
    }
}
