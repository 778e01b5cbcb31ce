package org.cngkit.vectors;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every named curve of CNG with its numbers, read once from the curve file {@code vectors/curves/ecc_curves.json}
 * (packaged under {@value #RESOURCE}). The file is the one place the kit keeps curve parameters: the key oracle
 * ({@link KeyRelations}), the layout oracle ({@link EccKeyBlobChecker}), the vector generator and the kit's curve
 * list all read it; each entry cites its standard, and {@code EccCurveTableTest} checks the numbers.
 */
public final class EccCurveTable {
    /** Classpath resource of the curve file. */
    public static final String RESOURCE = VectorCatalog.RESOURCE_DIR + "curves/ecc_curves.json";

    private static final Map<String, NamedCurve> CURVES = load();

    private EccCurveTable() {
    }

    /** The curve CNG names {@code name} (case-sensitive, as Windows compares it); empty for a name CNG lacks. */
    public static Optional<NamedCurve> named(String name) {
        return Optional.ofNullable(CURVES.get(name));
    }

    /**
     * The curve of this name.
     *
     * @throws IllegalArgumentException if the table has no such curve
     */
    public static NamedCurve curve(String name) {
        return named(name).orElseThrow(() -> new IllegalArgumentException("no curve named '" + name + "'"));
    }

    /** Every curve, in file order. */
    public static Collection<NamedCurve> all() {
        return CURVES.values();
    }

    /** The NIST curve P-{@code bits} ({@code nistP256}, {@code nistP384}, {@code nistP521}...), the curve a per-curve algorithm has. */
    public static Optional<NamedCurve> nist(int bits) {
        return named("nistP" + bits);
    }

    /**
     * The curve of a key: the one its material names ({@link KeyMaterial#curve()}) or, when it names none, the NIST
     * curve of its size (the keys of ECDH_P256 ... and of the NIST vectors). Empty for an unknown name or size.
     */
    public static Optional<NamedCurve> of(VectorKey key) {
        String name = key.material().curve();
        if (name != null) {
            return named(name);
        }
        return switch (key.keyBits()) {
            case 256, 384, 521 -> nist(key.keyBits());
            default -> Optional.empty();
        };
    }

    private static Map<String, NamedCurve> load() {
        JsonNode root;
        try (InputStream in = EccCurveTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            root = VectorFileReader.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, NamedCurve> curves = new LinkedHashMap<>();
        for (JsonNode c : root.get("curves")) {
            NamedCurve curve = new NamedCurve(c.get("name").asText(), NamedCurve.Form.of(c.get("form").asText()),
                    c.get("standard").asText(), number(c, "p"), number(c, "a"), number(c, "b"), number(c, "gx"),
                    number(c, "gy"), number(c, "n"), c.get("h").asInt());
            if (curves.put(curve.name(), curve) != null) {
                throw new IllegalStateException(RESOURCE + " lists " + curve.name() + " twice");
            }
        }
        return Collections.unmodifiableMap(curves);
    }

    private static BigInteger number(JsonNode curve, String member) {
        return new BigInteger(curve.get(member).asText(), 16);
    }
}
