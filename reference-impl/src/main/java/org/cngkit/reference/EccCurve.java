package org.cngkit.reference;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.asn1.x9.ECNamedCurveTable;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.math.ec.ECPoint;
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
    /** CNG name to Bouncy Castle table name, for every short Weierstrass curve offered. */
    private static final String[][] BC_NAMES = {
            {"brainpoolP160r1", "brainpoolP160r1"}, {"brainpoolP160t1", "brainpoolP160t1"},
            {"brainpoolP192r1", "brainpoolP192r1"}, {"brainpoolP192t1", "brainpoolP192t1"},
            {"brainpoolP224r1", "brainpoolP224r1"}, {"brainpoolP224t1", "brainpoolP224t1"},
            {"brainpoolP256r1", "brainpoolP256r1"}, {"brainpoolP256t1", "brainpoolP256t1"},
            {"brainpoolP320r1", "brainpoolP320r1"}, {"brainpoolP320t1", "brainpoolP320t1"},
            {"brainpoolP384r1", "brainpoolP384r1"}, {"brainpoolP384t1", "brainpoolP384t1"},
            {"brainpoolP512r1", "brainpoolP512r1"}, {"brainpoolP512t1", "brainpoolP512t1"},
            {"ec192wapi", "wapip192v1"},
            {"nistP192", "P-192"}, {"nistP224", "P-224"}, {"nistP256", "P-256"}, {"nistP384", "P-384"},
            {"nistP521", "P-521"},
            {"secP160k1", "secp160k1"}, {"secP160r1", "secp160r1"}, {"secP160r2", "secp160r2"},
            {"secP192k1", "secp192k1"}, {"secP192r1", "secp192r1"}, {"secP224k1", "secp224k1"},
            {"secP224r1", "secp224r1"}, {"secP256k1", "secp256k1"}, {"secP256r1", "secp256r1"},
            {"secP384r1", "secp384r1"}, {"secP521r1", "secp521r1"},
            {"wtls7", "secp160r2"}, {"wtls12", "secp224r1"},
            {"x962P192v1", "prime192v1"}, {"x962P192v2", "prime192v2"}, {"x962P192v3", "prime192v3"},
            {"x962P239v1", "prime239v1"}, {"x962P239v2", "prime239v2"}, {"x962P239v3", "prime239v3"},
            {"x962P256v1", "prime256v1"},
    };

    /** The curve25519 name; its keys are X25519 keys (RFC 7748). */
    static final String CURVE25519 = "curve25519";

    private static final Map<String, EccCurve> CURVES = table();

    private final String name;
    private final int bits;
    private final ECDomainParameters domain;
    private final NistCurve nist;

    private EccCurve(String name, int bits, ECDomainParameters domain, NistCurve nist) {
        this.name = name;
        this.bits = bits;
        this.domain = domain;
        this.nist = nist;
    }

    private static Map<String, EccCurve> table() {
        Map<String, EccCurve> curves = new LinkedHashMap<>();
        for (String[] names : BC_NAMES) {
            X9ECParameters x9 = ECNamedCurveTable.getByName(names[1]);
            ECDomainParameters domain = new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH());
            NistCurve nist = Arrays.stream(NistCurve.values()).filter(c -> c.curveName().equals(names[0]))
                    .findFirst().orElse(null);
            curves.put(names[0], new EccCurve(names[0], x9.getCurve().getFieldSize(), domain, nist));
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
        return domain == null;
    }

    /** The Weierstrass domain; absent for curve25519. */
    ECDomainParameters domain() {
        if (domain == null) {
            throw new IllegalStateException(name + " has no Weierstrass domain");
        }
        return domain;
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
                || !domain().getG().multiply(d).normalize().equals(point))) {
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
