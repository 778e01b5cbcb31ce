package org.cngkit.kit.spec;

/** The kinds of key whose blob types differ. */
public enum KeyFamily {
    SYMMETRIC, RSA, ECC, DH, DSA, MLKEM, PQDSA, ANY_ASYMMETRIC;

    /** The family of a CNG algorithm identifier, as far as this kit knows it. */
    public static KeyFamily ofAlgorithm(String algorithmId) {
        return switch (algorithmId) {
            case "AES", "3DES", "3DES_112", "DES", "DESX", "RC2", "RC4" -> SYMMETRIC;
            case "RSA", "RSA_SIGN" -> RSA;
            case "ECDH", "ECDSA", "ECDH_P256", "ECDH_P384", "ECDH_P521", "ECDSA_P256", "ECDSA_P384", "ECDSA_P521" -> ECC;
            case "DH" -> DH;
            case "DSA" -> DSA;
            case "ML-KEM" -> MLKEM;
            case "ML-DSA", "SLH-DSA", "LMS", "XMSS" -> PQDSA;
            default -> throw new IllegalArgumentException("the kit knows no key family for algorithm '" + algorithmId + "'");
        };
    }
}
