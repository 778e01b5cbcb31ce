package org.cngkit.reference;

/**
 * What a {@code BCRYPT_ALG_HANDLE} refers to: an opened algorithm. Properties set on the handle
 * with {@code BCryptSetProperty} (ECCCurveName, ParameterSetName, ...) will live here when the
 * families that need them arrive.
 */
final class AlgorithmProvider {
    private final Algorithm algorithm;

    AlgorithmProvider(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    Algorithm algorithm() {
        return algorithm;
    }

    @Override
    public String toString() {
        return "AlgorithmProvider[" + algorithm.id() + "]";
    }
}
