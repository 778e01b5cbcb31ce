package org.cngkit.reference;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cngkit.spi.Claims;
import org.cngkit.spi.WindowsProfile;

/**
 * The algorithm identifiers {@code BCryptOpenAlgorithmProvider} knows, and the claims they add up
 * to. A new family registers its {@link Algorithm}s here and nowhere else.
 */
final class AlgorithmCatalog {
    /** The Windows release whose behaviour the reference follows. */
    static final WindowsProfile PROFILE = WindowsProfile.WIN11_24H2;

    private final Map<String, Algorithm> byId = new LinkedHashMap<>();

    AlgorithmCatalog(List<? extends Algorithm> algorithms) {
        for (Algorithm algorithm : algorithms) {
            byId.put(algorithm.id(), algorithm);
        }
    }

    /** Everything the reference implements today. */
    static AlgorithmCatalog standard() {
        List<Algorithm> algorithms = new ArrayList<>(List.of(SymmetricAlgorithm.values()));
        algorithms.addAll(List.of(RsaAlgorithm.values()));
        algorithms.addAll(List.of(EccAlgorithm.values()));
        algorithms.add(DsaAlgorithm.INSTANCE);
        algorithms.add(DhAlgorithm.INSTANCE);
        algorithms.add(ParameterSetAlgorithm.ML_KEM);
        algorithms.add(ParameterSetAlgorithm.ML_DSA);
        algorithms.add(ParameterSetAlgorithm.SLH_DSA);
        algorithms.add(ParameterSetAlgorithm.LMS);
        algorithms.add(ParameterSetAlgorithm.XMSS);
        return new AlgorithmCatalog(algorithms);
    }

    /** The algorithm named exactly {@code pszAlgId} (identifiers are compared case-sensitively). */
    Optional<Algorithm> find(String pszAlgId) {
        return Optional.ofNullable(byId.get(pszAlgId));
    }

    Claims claims() {
        Claims.Builder claims = Claims.builder(PROFILE);
        for (Algorithm algorithm : byId.values()) {
            algorithm.declare(claims);
        }
        return claims.build();
    }
}
