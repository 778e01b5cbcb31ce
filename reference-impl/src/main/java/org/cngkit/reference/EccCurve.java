package org.cngkit.reference;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.rfc7748.X25519;

/**
 * A curve the reference offers through {@code ECCCurveName}: its CNG name, its field size, and its arithmetic from
 * Bouncy Castle, through BC's named-curve tables (short Weierstrass curves) or BC's X25519 (curve25519). Names are
 * compared case-sensitively, as Windows compares its curve strings.
 *
 * <p>Not offered: {@code wtls9} (Bouncy Castle has no WTLS table, and wtls9's numbers are those of no curve BC
 * has), and the NUMS curves {@code numsP256t1}, {@code numsP384t1}, {@code numsP512t1} (twisted Edwards curves, which
 * BC has no arithmetic for, and whose point encoding in a BCRYPT_ECCKEY_BLOB is undocumented). {@code wtls7} and
 * {@code wtls12} are the curves secp160r2 and secp224r1 under other names (WTLS annex A reuses their numbers).
 */
final class EccCurve {
    /**
     * CNG name, Bouncy Castle table name and field size in bits, for every short Weierstrass curve offered. The size
     * is stated here so that offering a curve costs nothing until a key uses it (building BC's curves takes seconds);
     * {@link #domain()} checks it against BC's curve.
     */
    private static final String[][] BC_NAMES = {
            {"brainpoolP160r1", "brainpoolP160r1", "160"}, {"brainpoolP160t1", "brainpoolP160t1", "160"},
            {"brainpoolP192r1", "brainpoolP192r1", "192"}, {"brainpoolP192t1", "brainpoolP192t1", "192"},
            {"brainpoolP224r1", "brainpoolP224r1", "224"}, {"brainpoolP224t1", "brainpoolP224t1", "224"},
            {"brainpoolP256r1", "brainpoolP256r1", "256"}, {"brainpoolP256t1", "brainpoolP256t1", "256"},
            {"brainpoolP320r1", "brainpoolP320r1", "320"}, {"brainpoolP320t1", "brainpoolP320t1", "320"},
            {"brainpoolP384r1", "brainpoolP384r1", "384"}, {"brainpoolP384t1", "brainpoolP384t1", "384"},
            {"brainpoolP512r1", "brainpoolP512r1", "512"}, {"brainpoolP512t1", "brainpoolP512t1", "512"},
            {"ec192wapi", "wapip192v1", "192"}, {"nistP192", "P-192", "192"},
            {"nistP224", "P-224", "224"}, {"nistP256", "P-256", "256"},
            {"nistP384", "P-384", "384"}, {"nistP521", "P-521", "521"},
            {"secP160k1", "secp160k1", "160"}, {"secP160r1", "secp160r1", "160"},
            {"secP160r2", "secp160r2", "160"}, {"secP192k1", "secp192k1", "192"},
            {"secP192r1", "secp192r1", "192"}, {"secP224k1", "secp224k1", "224"},
            {"secP224r1", "secp224r1", "224"}, {"secP256k1", "secp256k1", "256"},
            {"secP256r1", "secp256r1", "256"}, {"secP384r1", "secp384r1", "384"},
            {"secP521r1", "secp521r1", "521"}, {"wtls7", "secp160r2", "160"},
            {"wtls12", "secp224r1", "224"}, {"x962P192v1", "prime192v1", "192"},
            {"x962P192v2", "prime192v2", "192"}, {"x962P192v3", "prime192v3", "192"},
            {"x962P239v1", "prime239v1", "239"}, {"x962P239v2", "prime239v2", "239"},
            {"x962P239v3", "prime239v3", "239"}, {"x962P256v1", "prime256v1", "256"},
    };

    /** The curve25519 name; its keys are X25519 keys (RFC 7748). */
    static final String CURVE25519 = "curve25519";

    private static final Map<String, EccCurve> CURVES = table();

    private final String name;
    private final int bits;
    /** The Bouncy Castle table name; null for curve25519. */
    private final String bcName;
    private final NistCurve nist;
    private volatile ECDomainParameters domain;
    /** Recent products d G by d: a key imported again (the same vector, an opaque blob) is not multiplied again. */
    private final RecentResults<BigInteger, ECPoint> products = new RecentResults<>(256);

    private EccCurve(String name, int bits, String bcName, NistCurve nist) {
        this.name = name;
        this.bits = bits;
        this.bcName = bcName;
        this.nist = nist;
    }

    private static Map<String, EccCurve> table() {
        Map<String, EccCurve> curves = new LinkedHashMap<>();
        for (String[] names : BC_NAMES) {
            NistCurve nist = Arrays.stream(NistCurve.values()).filter(c -> c.curveName().equals(names[0]))
                    .findFirst().orElse(null);
            curves.put(names[0], new EccCurve(names[0], Integer.parseInt(names[2]), names[1], nist));
        }
        curves.put(CURVE25519, new EccCurve(CURVE25519, 255, null, null));
        return Collections.unmodifiableMap(curves);
    }

    /** The curve of an {@code ECCCurveName} value; empty for a name the reference does not offer. */
    static Optional<EccCurve> named(String name) {
        return Optional.ofNullable(CURVES.get(name));
    }

    /** The curve of a per-curve algorithm. */
    static EccCurve of(NistCurve nist) {
        return CURVES.get(nist.curveName());
    }

    static Collection<EccCurve> all() {
        return CURVES.values();
    }

    String name() {
        return name;
    }

    /** Bits of the field prime: the size of a key on this curve. */
    int bits() {
        return bits;
    }

    /** cbKey: bytes of a field element, and of d (a generated d always fits them, see {@link #privateBound()}). */
    int cbKey() {
        return (bits + 7) / 8;
    }

    boolean isCurve25519() {
        return bcName == null;
    }

    /**
     * The Weierstrass domain from Bouncy Castle's table, built on first use. Where BC also has the curve with its
     * own field arithmetic (the SEC and NIST prime curves, found by the table entry's OID), that arithmetic is used,
     * once its numbers are checked equal to the table's: same curve, several times faster.
     *
     * @throws IllegalStateException for curve25519, or if BC's curve has another field size than this table says
     */
    ECDomainParameters domain() {
        if (bcName == null) {
            throw new IllegalStateException(name + " has no Weierstrass domain");
        }
        ECDomainParameters d = domain;
        if (d == null) {
            X9ECParameters x9 = ECNamedCurveTable.getByName(bcName);
            if (x9.getCurve().getFieldSize() != bits) {
                throw new IllegalStateException(name + ": " + bcName + " has a " + x9.getCurve().getFieldSize()
                        + "-bit field, not " + bits);
            }
            X9ECParameters fast = fastArithmetic(x9);
            d = new ECDomainParameters(fast.getCurve(), fast.getG(), fast.getN(), fast.getH());
            domain = d;
        }
        return d;
    }

    private X9ECParameters fastArithmetic(X9ECParameters table) {
        ASN1ObjectIdentifier oid = ECNamedCurveTable.getOID(bcName);
        X9ECParameters custom = oid == null ? null : CustomNamedCurves.getByOID(oid);
        if (custom == null) {
            return table;
        }
        boolean same = custom.getCurve().getField().getCharacteristic()
                .equals(table.getCurve().getField().getCharacteristic())
                && custom.getCurve().getA().toBigInteger().equals(table.getCurve().getA().toBigInteger())
                && custom.getCurve().getB().toBigInteger().equals(table.getCurve().getB().toBigInteger())
                && custom.getN().equals(table.getN()) && custom.getH().equals(table.getH())
                && custom.getG().getAffineXCoord().toBigInteger().equals(table.getG().getAffineXCoord().toBigInteger())
                && custom.getG().getAffineYCoord().toBigInteger().equals(table.getG().getAffineYCoord().toBigInteger());
        if (!same) {
            throw new IllegalStateException(name + ": Bouncy Castle's arithmetic for " + bcName
                    + " has other numbers than its table");
        }
        return custom;
    }

    /** d G, with a comb precomputed once per curve for its base point (0 < d < n). */
    ECPoint multiplyBase(BigInteger d) {
        return products.get(d, k -> new FixedPointCombMultiplier().multiply(domain().getG(), k).normalize());
    }

    /** The NIST curve of the same name (nistP256 ...), whose per-curve magics an import may carry. */
    Optional<NistCurve> nist() {
        return Optional.ofNullable(nist);
    }

    /**
     * The bound below which generated private scalars lie: the order n, or 2^(8 cbKey) where n is longer than the
     * field (secP160r1, secP224k1...), so that d always fits the blob's cbKey bytes.
     */
    BigInteger privateBound() {
        BigInteger fits = BigInteger.ONE.shiftLeft(8 * cbKey());
        return domain().getN().min(fits);
    }

    /** Whether (x, y) is a point of this Weierstrass curve, then d G = (x, y) for 0 < d < n when d is given. */
    Optional<ECPoint> validate(BigInteger x, BigInteger y, BigInteger d) {
        ECPoint point;
        try {
            point = domain().getCurve().validatePoint(x, y).normalize();
        } catch (IllegalArgumentException notOnCurve) {
            return Optional.empty();
        }
        if (d != null && (d.signum() <= 0 || d.compareTo(domain().getN()) >= 0
                || !multiplyBase(d).equals(point))) {
            return Optional.empty();
        }
        return Optional.of(point);
    }

    /** X25519(d, 9) for the 32-byte private key d (RFC 7748 byte order), as the 32-byte u-coordinate. */
    static byte[] x25519PublicKey(byte[] d) {
        byte[] u = new byte[X25519.POINT_SIZE];
        X25519.scalarMultBase(d, 0, u, 0);
        return u;
    }

    @Override
    public String toString() {
        return name;
    }
}
