package org.cngkit.kit.nativeimpl;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.spec.EccCurves;
import org.cngkit.kit.spec.KeyFamily;
import org.cngkit.spi.Claims;
import org.cngkit.spi.WindowsProfile;

/**
 * The claims of a native implementation. A native DLL cannot say what it supports, so the kit puts them together:
 * <ol>
 *   <li><b>Algorithms</b>: every identifier in {@link #PROBED} that BCryptOpenAlgorithmProvider opens.</li>
 *   <li><b>Key sizes</b>: from the algorithm's {@code BCRYPT_KEY_LENGTHS} property; where that cannot be read,
 *       the sizes the CNG documentation gives for the algorithm ({@link #documentedKeyBits}).</li>
 *   <li><b>Blob types</b>: every type the BCryptExportKey page lists for the algorithm's key family
 *       ({@link #pageBlobTypes}): a native provider is certified against what Windows documents, and what it
 *       does not do shows up as failures.</li>
 *   <li><b>Declarations</b> ({@code certify --claims FILE}) replace any of these per algorithm, or add
 *       an algorithm, or drop one.</li>
 * </ol>
 *
 * <p>The declaration file is JSON:
 * <pre>{@code
 * { "algorithms": {
 *     "AES": { "keyBits": [128, 256], "exports": ["BCRYPT_KEY_DATA_BLOB"], "imports": ["BCRYPT_KEY_DATA_BLOB"] },
 *     "RSA": { "claimed": false } } }
 * }</pre>
 * Fields per algorithm, all optional: {@code claimed} (default true), {@code keyBits}, {@code parameterSets},
 * {@code exports}, {@code imports} (blob types by their constant names). A declared algorithm is claimed even if
 * it does not open: the declaration is the implementer's word, and the run shows whether it holds.
 */
public final class NativeClaims {
    /** The algorithm identifiers the kit tries to open, in report order. */
    public static final List<String> PROBED = List.of(
            "AES", "3DES", "3DES_112", "DES", "DESX", "RC2", "RC4",
            "RSA", "RSA_SIGN", "DH", "DSA",
            "ECDH", "ECDH_P256", "ECDH_P384", "ECDH_P521", "ECDSA", "ECDSA_P256", "ECDSA_P384", "ECDSA_P521",
            "ML-KEM", "ML-DSA", "SLH-DSA", "LMS", "XMSS");

    private NativeClaims() {
    }

    /** Puts the claims together from the probes and an optional declaration file. */
    public static Claims build(WindowsProfile profile, List<Probe> probes, Path declarationFile) {
        Map<String, Declared> declared = declarationFile == null ? Map.of() : read(declarationFile);
        Claims.Builder claims = Claims.builder(profile);
        Set<String> ids = new LinkedHashSet<>();
        probes.stream().filter(Probe::opens).forEach(p -> ids.add(p.algorithmId()));
        ids.addAll(declared.keySet());
        for (String id : ids) {
            Declared d = declared.get(id);
            if (d != null && !d.claimed) {
                continue;
            }
            Probe probe = probes.stream().filter(p -> p.algorithmId().equals(id)).findFirst().orElse(null);
            Set<Integer> bits = d != null && d.keyBits != null ? d.keyBits
                    : probe != null && !probe.keyBits().isEmpty() ? probe.keyBits() : documentedKeyBits(id, profile);
            Set<String> sets = d != null && d.parameterSets != null ? d.parameterSets : documentedParameterSets(id);
            List<String> exports = wire(d != null && d.exports != null ? d.exports : pageBlobTypes(id, profile, true));
            List<String> imports = wire(d != null && d.imports != null ? d.imports : pageBlobTypes(id, profile, false));
            claims.algorithm(id).keyBits(bits.stream().mapToInt(Integer::intValue).toArray())
                    .parameterSets(sets.toArray(String[]::new))
                    .exports(exports.toArray(String[]::new))
                    .imports(imports.toArray(String[]::new)).add();
        }
        return claims.build();
    }

    /**
     * The blob types the BCryptExportKey page lists for the family of {@code algorithmId}: for export, or for
     * import (the BCryptImportKey / BCryptImportKeyPair pages, minus the types they say Microsoft's primitive
     * provider does not import).
     */
    static List<BlobType> pageBlobTypes(String algorithmId, WindowsProfile profile, boolean export) {
        KeyFamily family;
        try {
            family = KeyFamily.ofAlgorithm(algorithmId);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        List<BlobType> types = new ArrayList<>();
        switch (family) {
            case SYMMETRIC -> {
                types.add(BlobType.BCRYPT_KEY_DATA_BLOB);
                types.add(BlobType.BCRYPT_OPAQUE_KEY_BLOB);
                if (profile.includes(WindowsProfile.WIN7)) {
                    types.add(BlobType.BCRYPT_AES_WRAP_KEY_BLOB);
                }
            }
            case RSA -> {
                types.addAll(List.of(BlobType.BCRYPT_RSAPUBLIC_BLOB, BlobType.BCRYPT_RSAPRIVATE_BLOB,
                        BlobType.BCRYPT_RSAFULLPRIVATE_BLOB, BlobType.BCRYPT_PUBLIC_KEY_BLOB, BlobType.BCRYPT_PRIVATE_KEY_BLOB,
                        BlobType.LEGACY_RSAPRIVATE_BLOB));
                if (export) {
                    types.add(BlobType.LEGACY_RSAPUBLIC_BLOB);
                }
            }
            case ECC -> types.addAll(List.of(BlobType.BCRYPT_ECCPUBLIC_BLOB, BlobType.BCRYPT_ECCPRIVATE_BLOB,
                    BlobType.BCRYPT_PUBLIC_KEY_BLOB, BlobType.BCRYPT_PRIVATE_KEY_BLOB));
            case DH -> {
                types.addAll(List.of(BlobType.BCRYPT_DH_PUBLIC_BLOB, BlobType.BCRYPT_DH_PRIVATE_BLOB,
                        BlobType.BCRYPT_PUBLIC_KEY_BLOB, BlobType.BCRYPT_PRIVATE_KEY_BLOB, BlobType.LEGACY_DH_PRIVATE_BLOB));
                if (export) {
                    types.add(BlobType.LEGACY_DH_PUBLIC_BLOB);
                }
            }
            case DSA -> {
                types.addAll(List.of(BlobType.BCRYPT_DSA_PUBLIC_BLOB, BlobType.BCRYPT_DSA_PRIVATE_BLOB,
                        BlobType.BCRYPT_PUBLIC_KEY_BLOB, BlobType.BCRYPT_PRIVATE_KEY_BLOB, BlobType.LEGACY_DSA_PRIVATE_BLOB,
                        BlobType.LEGACY_DSA_V2_PRIVATE_BLOB));
                if (export) {
                    types.add(BlobType.LEGACY_DSA_PUBLIC_BLOB);
                }
            }
            case MLKEM -> types.addAll(List.of(BlobType.BCRYPT_MLKEM_PUBLIC_BLOB, BlobType.BCRYPT_MLKEM_PRIVATE_BLOB,
                    BlobType.BCRYPT_MLKEM_PRIVATE_SEED_BLOB));
            case PQDSA -> types.addAll(List.of(BlobType.BCRYPT_PQDSA_PUBLIC_BLOB, BlobType.BCRYPT_PQDSA_PRIVATE_BLOB,
                    BlobType.BCRYPT_PQDSA_PRIVATE_SEED_BLOB));
            default -> {
            }
        }
        return types;
    }

    /** Key sizes in bits that the CNG documentation gives, for algorithms whose key-lengths property is unreadable. */
    static Set<Integer> documentedKeyBits(String algorithmId, WindowsProfile profile) {
        Set<Integer> bits = new LinkedHashSet<>();
        switch (algorithmId) {
            case "AES" -> bits.addAll(List.of(128, 192, 256));
            case "3DES", "DESX" -> bits.add(192);
            case "3DES_112" -> bits.add(128);
            case "DES" -> bits.add(64);
            case "RC2" -> range(bits, 16, 128, 8);
            case "RC4" -> range(bits, 8, 512, 8);
            case "RSA", "RSA_SIGN" -> range(bits, 512, 16384, 64);
            case "DH" -> range(bits, 512, 4096, 64);
            case "DSA" -> range(bits, 512, profile.includes(WindowsProfile.WIN8) ? 3072 : 1024, 64);
            case "ECDH_P256", "ECDSA_P256" -> bits.add(256);
            case "ECDH_P384", "ECDSA_P384" -> bits.add(384);
            case "ECDH_P521", "ECDSA_P521" -> bits.add(521);
            case "ECDH", "ECDSA" -> bits.addAll(List.of(256, 384, 521));
            default -> {
            }
        }
        return bits;
    }

    static Set<String> documentedParameterSets(String algorithmId) {
        return switch (algorithmId) {
            // the ECCCurveName values of bcrypt.h the kit has vectors for (the curve file): claimed by ECDH / ECDSA
            // as their parameter sets; ECDSA has no curve25519 (a Montgomery curve signs nothing)
            case "ECDH" -> EccCurves.names(true);
            case "ECDSA" -> EccCurves.names(false);
            case "ML-KEM" -> Set.of("512", "768", "1024");
            case "ML-DSA" -> Set.of("44", "65", "87");
            // bcrypt.h names; LMS and XMSS have none documented, so a native claim of them needs --claims
            case "SLH-DSA" -> Set.of("SHA2-128s", "SHAKE-128s", "SHA2-128f", "SHAKE-128f", "SHA2-192s", "SHAKE-192s",
                    "SHA2-192f", "SHAKE-192f", "SHA2-256s", "SHAKE-256s", "SHA2-256f", "SHAKE-256f");
            default -> Set.of();
        };
    }

    private static void range(Set<Integer> bits, int min, int max, int step) {
        for (int b = min; b <= max; b += step) {
            bits.add(b);
        }
    }

    private static List<String> wire(List<BlobType> types) {
        return types.stream().map(BlobType::wireName).toList();
    }

    private record Declared(boolean claimed, Set<Integer> keyBits, Set<String> parameterSets, List<BlobType> exports,
                            List<BlobType> imports) {
    }

    private static Map<String, Declared> read(Path file) {
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("--claims " + file + ": " + e.getMessage());
        }
        JsonNode algorithms = doc == null ? null : doc.get("algorithms");
        if (algorithms == null || !algorithms.isObject()) {
            throw new IllegalArgumentException("--claims " + file + ": expected {\"algorithms\": {\"AES\": {...}, ...}}");
        }
        Map<String, Declared> out = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = algorithms.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String where = "--claims " + file + ", algorithm " + e.getKey();
            JsonNode a = e.getValue();
            if (!a.isObject()) {
                throw new IllegalArgumentException(where + ": expected an object");
            }
            for (Iterator<String> names = a.fieldNames(); names.hasNext(); ) {
                String n = names.next();
                if (!List.of("claimed", "keyBits", "parameterSets", "exports", "imports").contains(n)) {
                    throw new IllegalArgumentException(where + ": unknown field '" + n
                            + "' (known: claimed, keyBits, parameterSets, exports, imports)");
                }
            }
            boolean claimed = !a.has("claimed") || a.get("claimed").asBoolean(true);
            Set<Integer> bits = null;
            if (a.has("keyBits")) {
                bits = new LinkedHashSet<>();
                for (JsonNode b : a.get("keyBits")) {
                    bits.add(b.asInt());
                }
            }
            Set<String> sets = null;
            if (a.has("parameterSets")) {
                sets = new LinkedHashSet<>();
                for (JsonNode s : a.get("parameterSets")) {
                    sets.add(s.asText());
                }
            }
            out.put(e.getKey(), new Declared(claimed, bits, sets, blobTypes(a.get("exports"), where),
                    blobTypes(a.get("imports"), where)));
        }
        return out;
    }

    private static List<BlobType> blobTypes(JsonNode list, String where) {
        if (list == null) {
            return null;
        }
        List<BlobType> types = new ArrayList<>();
        for (JsonNode t : list) {
            try {
                types.add(BlobType.named(t.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage() + " (use the constant names, e.g. BCRYPT_KEY_DATA_BLOB)");
            }
        }
        return types;
    }
}
