package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.math.ec.ECCurve;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.rfc7748.X25519;
import org.cngkit.vectors.EccCurveTable;
import org.cngkit.vectors.NamedCurve;

/**
 * ecc_named_curve_blob_test.json: one ECDH or ECDSA key on every curve of the curve file
 * (vectors/curves/ecc_curves.json), of the curve-agnostic algorithm with ECCCurveName set, exported as
 * BCRYPT_ECCPUBLIC_BLOB, BCRYPT_ECCPRIVATE_BLOB and the two generic types; a second key with leading zero bytes on
 * a few curves; and curve25519's private import with X = Y = 0. Keys of the curves Wycheproof has come from its
 * ECDH files, the others from the seeded generator. The generator computes public points with Bouncy Castle on the
 * file's numbers; the oracle checks every key with its own arithmetic when the file is read.
 */
final class NamedCurveVectors {
    static final String FILE = "ecc_named_curve_blob_test.json";
    static final String WYCHEPROOF = "upstream/ecc-named-curves/wycheproof/named_curve_keys.json";

    /** CNG curve name to the Wycheproof file holding its keys. */
    private static final Map<String, String> WYCHEPROOF_FILES = Map.of(
            "brainpoolP224r1", "ecdh_brainpoolP224r1_test.json", "brainpoolP256r1", "ecdh_brainpoolP256r1_test.json",
            "brainpoolP320r1", "ecdh_brainpoolP320r1_test.json", "brainpoolP384r1", "ecdh_brainpoolP384r1_test.json",
            "brainpoolP512r1", "ecdh_brainpoolP512r1_test.json", "secP224r1", "ecdh_secp224r1_test.json",
            "secP256k1", "ecdh_secp256k1_test.json", "curve25519", "x25519_test.json");

    /** Curves that get a second, seeded key whose x, y or d starts with a zero byte (one field each in turn). */
    private static final List<String> PADDED = List.of("brainpoolP160r1", "secP160r1", "ec192wapi", "x962P239v2",
            "brainpoolP320t1", "wtls9", "secP256k1", "brainpoolP512t1");

    private NamedCurveVectors() {
    }

    static ObjectNode file(Path vectorsDir) {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on ECDH and ECDSA keys of every named curve of CNG (ECCCurveName, blob-layouts digest 2.3)",
                "but the NUMS curves: BCRYPT_ECCPUBLIC_BLOB, BCRYPT_ECCPRIVATE_BLOB and the generic BCRYPT_PUBLIC_KEY_BLOB /",
                "BCRYPT_PRIVATE_KEY_BLOB. Each group holds one key of the curve-agnostic algorithm ECDH or ECDSA with",
                "ECCCurveName = key.curve (Windows 10 and later); keyBits is the bit length of the curve's field prime and",
                "cbKey its byte length. Curve parameters: vectors/curves/ecc_curves.json, each cited to its standard.",
                "Layout: magic and cbKey (little-endian u4), then X, Y (and d) big-endian, zero-padded to cbKey; the generic",
                "magics ECKP/ECKV (ECDH) and ECDP/ECDV (ECDSA). curve25519 (digest section 8): cbKey 32, X and d the RFC 7748",
                "strings (byte order not reversed), Y zero here (unused).",
                "source.name: wycheproof (a private scalar of an upstream Wycheproof ECDH / X25519 file), cngkit-vectorgen (seeded).",
                "Written by " + VectorGenerator.class.getName() + " from vectors/upstream/ and the curve file; do not edit by hand.");
        notes(file);
        JsonNode wycheproof = VectorGenerator.readJson(vectorsDir.resolve(WYCHEPROOF));
        String version = wycheproof.get("source").asText().replace("C2SP/wycheproof testvectors_v1 at commit ", "commit ");
        int index = 0;
        for (NamedCurve curve : EccCurveTable.all()) {
            String algorithm = curve.form() == NamedCurve.Form.MONTGOMERY || index % 2 == 0 ? "ECDH" : "ECDSA";
            String upstreamFile = WYCHEPROOF_FILES.get(curve.name());
            if (upstreamFile != null) {
                JsonNode firstCase = wycheproof.get("files").get(upstreamFile).get("cases").get(0);
                ObjectNode source = VectorFileBuilder.source("wycheproof", version, "C2SP/wycheproof testvectors_v1/"
                        + upstreamFile + " tcId " + firstCase.get("tcId").asInt() + " private");
                BigInteger d = new BigInteger(firstCase.get("private").asText(), 16);
                group(file, source, algorithm, curve, d, "Wycheproof key", List.of("Wycheproof"));
            } else {
                seeded(file, algorithm, curve, -1);
            }
            index++;
        }
        for (int i = 0; i < PADDED.size(); i++) {
            NamedCurve curve = EccCurveTable.curve(PADDED.get(i));
            seeded(file, i % 2 == 0 ? "ECDSA" : "ECDH", curve, i % 3);
        }
        return file.build();
    }

    private static void notes(VectorFileBuilder file) {
        file.note("Wycheproof", "BASIC",
                "The first valid case's private scalar of a Wycheproof ECDH (or X25519) file, used as a key of its own; its "
                        + "public point d G (X25519(d, 9)) is computed by the generator and checked by the kit's oracle.",
                "C2SP/wycheproof testvectors_v1; vectors/upstream/ecc-named-curves/SOURCES.md");
        file.note("SeededKey", "BASIC",
                "d = 1 + (s mod (m - 1)), s the first cbKey + 8 bytes of the seeded SHA-256 stream of the seed in source.ref "
                        + "read as a big-endian number, m the curve order n or, where n is longer than the field, 2^(8 cbKey) "
                        + "(so that d fits cbKey bytes); (x, y) = d G. A group that needs a leading zero byte counts the seed's "
                        + "last number up from 1 to the first key that has one.",
                "org.cngkit.vectors.gen.SeededBytes; vectors/PROVENANCE.md");
        file.note("LeadingZero", "EDGE_CASE",
                "The comment names which of x, y, d is shorter than cbKey and must be zero-padded on the left.",
                "blob-layouts digest 2.3 (each number zero-padded to cbKey)");
        file.note("OrderLongerThanField", "EDGE_CASE",
                "The curve's order n has more bytes than its field (secP160k1/r1/r2, secP224k1, wtls7, wtls9). Which cbKey "
                        + "Windows writes for such a curve is UNCONFIRMED: the field length (d then must fit it) or the "
                        + "order's. The expected blob uses the field length and a d that fits it; the layout check accepts "
                        + "either length with the key's numbers.",
                "blob-layouts digest 2.3 (cbKey); cngkit choice");
        file.note("Curve25519", "FUNCTIONALITY",
                "curve25519 (ECDH only): cbKey 32, X the public u-coordinate and d the private key as the RFC 7748 byte "
                        + "strings (not reversed), Y unused (zero here; the layout check does not examine it).",
                "blob-layouts digest section 8 ('curve25519 (ECDH)'): go-crypto-winnative cng/ecdh.go on Windows CI");
        file.note("DerivedPublicKey", "FUNCTIONALITY",
                "Import of a curve25519 private blob whose X and Y are zero: Windows accepts it and derives the public "
                        + "value, so the imported key is the group's key, X included.",
                "blob-layouts digest section 8 ('curve25519 (ECDH)')");
        file.note("GenericBlobType", "FUNCTIONALITY",
                "BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB: the key's own ECC blob, its magic naming the layout.",
                "nf-bcrypt-bcryptexportkey; blob-layouts digest 2.0 and 8 ('Generic blobs on ECC')");
    }

    /**
     * A seeded key on {@code curve}; {@code zeroField} 0, 1 or 2 asks for the first key (seed suffix 1, 2, ...)
     * whose x, y or d has a leading zero byte, -1 for the first key.
     */
    private static void seeded(VectorFileBuilder file, String algorithm, NamedCurve curve, int zeroField) {
        int cbKey = curve.fieldBytes();
        BigInteger bound = curve.orderBytes() > cbKey ? BigInteger.ONE.shiftLeft(8 * cbKey) : curve.n();
        String which = zeroField < 0 ? "" : "padded-" + "xyd".charAt(zeroField) + "/";
        for (int attempt = 1; ; attempt++) {
            String seed = "cngkit/ecc_named_curve_blob_test/" + algorithm + "-" + curve.name() + "/" + which + attempt;
            BigInteger s = new BigInteger(1, new SeededBytes(seed).next(cbKey + 8));
            BigInteger d = s.mod(bound.subtract(BigInteger.ONE)).add(BigInteger.ONE);
            BigInteger[] q = publicPoint(curve, d);
            if (zeroField < 0 || BlobBuilder.length(new BigInteger[] {q[0], q[1], d}[zeroField]) < cbKey) {
                List<String> flags = new ArrayList<>(List.of("SeededKey"));
                String what = "seeded key";
                if (zeroField >= 0) {
                    flags.add("LeadingZero");
                    what += ", " + "xyd".charAt(zeroField) + " with a leading zero byte";
                }
                group(file, VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION, "seed " + seed),
                        algorithm, curve, d, what, flags);
                return;
            }
        }
    }

    private static void group(VectorFileBuilder file, ObjectNode source, String algorithm, NamedCurve curve,
                              BigInteger d, String what, List<String> baseFlags) {
        List<String> flags = new ArrayList<>(baseFlags);
        if (curve.orderBytes() > curve.fieldBytes()) {
            flags.add("OrderLongerThanField");
        }
        boolean montgomery = curve.form() == NamedCurve.Form.MONTGOMERY;
        if (montgomery) {
            flags.add("Curve25519");
        }
        BigInteger[] q = publicPoint(curve, d);
        ObjectNode key = VectorFileBuilder.key();
        key.put("curve", curve.name());
        key.put("x", VectorFileBuilder.hex(q[0]));
        key.put("y", VectorFileBuilder.hex(q[1]));
        key.put("d", VectorFileBuilder.hex(d));
        int bits = curve.fieldBits();
        byte[] pub = EccKeyBlobWriter.write(algorithm, bits, q[0], q[1], null);
        byte[] priv = EccKeyBlobWriter.write(algorithm, bits, q[0], q[1], d);
        String label = algorithm + " " + what + " on " + curve.name();
        VectorFileBuilder.Group group = file.group(source, algorithm, bits, key)
                .keyPair(label, flags, "BCRYPT_ECCPUBLIC_BLOB", pub, "BCRYPT_ECCPRIVATE_BLOB", priv);
        if (montgomery) {
            ObjectNode test = group.test(label + ", private blob with X = Y = 0 imported",
                    VectorFileBuilder.with(flags, "DerivedPublicKey"), "BCRYPT_ECCPRIVATE_BLOB");
            test.put("operation", "import");
            test.put("input", HexFormat.of().formatHex(
                    EccKeyBlobWriter.write(algorithm, bits, BigInteger.ZERO, BigInteger.ZERO, d)));
            test.putObject("expected").put("status", VectorFileBuilder.SUCCESS);
        }
    }

    /**
     * (x, y) = d G with Bouncy Castle on the curve file's numbers; for curve25519 x is the number whose 32-byte
     * big-endian form is X25519(d, 9) in RFC 7748 byte order, d read the same way, and y is 0.
     */
    private static BigInteger[] publicPoint(NamedCurve curve, BigInteger d) {
        if (curve.form() == NamedCurve.Form.MONTGOMERY) {
            byte[] k = BlobBuilder.bigEndian(d, 32);
            byte[] u = new byte[X25519.POINT_SIZE];
            X25519.scalarMultBase(k, 0, u, 0);
            return new BigInteger[] {new BigInteger(1, u), BigInteger.ZERO};
        }
        ECCurve ec = new ECCurve.Fp(curve.p(), curve.a(), curve.b(), curve.n(), BigInteger.valueOf(curve.h()));
        ECPoint q = ec.createPoint(curve.gx(), curve.gy()).multiply(d).normalize();
        return new BigInteger[] {q.getAffineXCoord().toBigInteger(), q.getAffineYCoord().toBigInteger()};
    }
}
