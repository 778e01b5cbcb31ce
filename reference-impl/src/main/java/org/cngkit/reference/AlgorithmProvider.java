package org.cngkit.reference;

/**
 * What a {@code BCRYPT_ALG_HANDLE} refers to: an opened algorithm and the properties set on the handle with
 * {@code BCryptSetProperty} (ECCCurveName, DHParameters, ParameterSetName, ...), which key pairs generated from
 * it start with.
 */
final class AlgorithmProvider {
    private final Algorithm algorithm;
    private final KeyProperties properties = new KeyProperties();

    AlgorithmProvider(Algorithm algorithm) {
        this.algorithm = algorithm;
    }

    Algorithm algorithm() {
        return algorithm;
    }

    KeyProperties properties() {
        return properties;
    }

    @Override
    public String toString() {
        return "AlgorithmProvider[" + algorithm.id() + "]";
    }
}
