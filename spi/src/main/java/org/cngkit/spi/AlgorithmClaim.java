package org.cngkit.spi;

import java.util.Set;

/**
 * What an implementation claims for one algorithm identifier ({@code pszAlgId}, such as
 * {@code "AES"} or {@code "RSA"}).
 *
 * @param algorithmId    the CNG algorithm identifier string
 * @param keyBits        key lengths in bits it supports; empty when keys are sized by parameter set
 * @param parameterSets  {@code ParameterSetName} values it supports (ML-KEM, ML-DSA, ...), or for the
 *                       curve-agnostic ECDH / ECDSA the {@code ECCCurveName} values it supports; empty otherwise
 * @param exportBlobTypes {@code pszBlobType} strings {@code BCryptExportKey} produces for such keys
 * @param importBlobTypes {@code pszBlobType} strings {@code BCryptImportKey(Pair)} accepts for such keys
 */
public record AlgorithmClaim(String algorithmId,
                             Set<Integer> keyBits,
                             Set<String> parameterSets,
                             Set<String> exportBlobTypes,
                             Set<String> importBlobTypes) {

    public AlgorithmClaim {
        keyBits = Set.copyOf(keyBits);
        parameterSets = Set.copyOf(parameterSets);
        exportBlobTypes = Set.copyOf(exportBlobTypes);
        importBlobTypes = Set.copyOf(importBlobTypes);
    }
}
