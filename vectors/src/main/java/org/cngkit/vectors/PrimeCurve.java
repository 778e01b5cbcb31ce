package org.cngkit.vectors;

import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A short Weierstrass curve y^2 = x^3 + a x + b over the prime field F_p with a base point G of order n, and the
 * arithmetic the key oracle ({@link KeyRelations}) needs: affine point addition and doubling, scalar
 * multiplication, the on-curve test and the range checks of a key. Scalar multiplication runs in Jacobian
 * coordinates (X : Y : Z) = (X/Z^2, Y/Z^3), so it takes one modular inversion in all instead of one per step. It is
 * written here, over {@link BigInteger}, so that the oracle does not share its curve arithmetic with an
 * implementation it examines (the reference implementation uses Bouncy Castle); the domain parameters come from
 * the kit's curve file ({@link EccCurveTable}). Not constant time: it checks keys under test, it never handles a
 * secret that must be kept.
 */
public final class PrimeCurve {
    private static final Map<String, PrimeCurve> NAMED = new ConcurrentHashMap<>();
    private static final BigInteger TWO = BigInteger.TWO;
    private static final BigInteger THREE = BigInteger.valueOf(3);

    /**
     * A point in affine coordinates, or the point at infinity ({@link #INFINITY}, both coordinates null).
     * Coordinates are taken as given: {@link PrimeCurve#isOnCurve} tells whether they are reduced and on a curve.
     */
    public record Point(BigInteger x, BigInteger y) {
        /** The neutral element of the group. */
        public static final Point INFINITY = new Point(null, null);

        public Point {
            if ((x == null) != (y == null)) {
                throw new IllegalArgumentException("a point has both coordinates or neither (infinity)");
            }
        }

        public boolean isInfinity() {
            return x == null;
        }

        /** No coordinates: points of keys stay out of logs. */
        @Override
        public String toString() {
            return isInfinity() ? "Point[infinity]" : "Point[" + x.bitLength() + "-bit x, " + y.bitLength() + "-bit y]";
        }
    }

    private final String name;
    private final BigInteger p;
    private final BigInteger a;
    private final BigInteger b;
    private final Point g;
    private final BigInteger n;

    /**
     * @param name a name for messages, such as {@code P-256}
     * @param p    the field prime (greater than 3; primality is not tested)
     * @param a    the coefficient a, reduced modulo p
     * @param b    the coefficient b, reduced modulo p
     * @param g    the base point, on the curve
     * @param n    the order of the base point (greater than 1)
     */
    public PrimeCurve(String name, BigInteger p, BigInteger a, BigInteger b, Point g, BigInteger n) {
        if (p.compareTo(THREE) <= 0 || n.compareTo(BigInteger.ONE) <= 0) {
            throw new IllegalArgumentException(name + ": p must exceed 3 and n must exceed 1");
        }
        if (!inField(a, p) || !inField(b, p)) {
            throw new IllegalArgumentException(name + ": a and b must be in [0, p-1]");
        }
        this.name = name;
        this.p = p;
        this.a = a;
        this.b = b;
        this.g = g;
        this.n = n;
        if (!isOnCurve(g)) {
            throw new IllegalArgumentException(name + ": the base point is not on the curve");
        }
    }

    /**
     * The NIST prime curve P-{@code bits} (nistP256, nistP384, nistP521...) of the curve file.
     *
     * @throws IllegalArgumentException if the curve file has no NIST curve of {@code bits}
     */
    public static PrimeCurve nist(int bits) {
        return of(EccCurveTable.nist(bits)
                .orElseThrow(() -> new IllegalArgumentException("no NIST prime curve of " + bits + " bits")));
    }

    /** The arithmetic of a short Weierstrass curve of the curve file (built once per name). */
    public static PrimeCurve of(NamedCurve curve) {
        return NAMED.computeIfAbsent(curve.name(), name -> curve.weierstrass());
    }

    public String name() {
        return name;
    }

    public BigInteger p() {
        return p;
    }

    public BigInteger a() {
        return a;
    }

    public BigInteger b() {
        return b;
    }

    /** The base point G. */
    public Point generator() {
        return g;
    }

    /** The order n of G. */
    public BigInteger order() {
        return n;
    }

    /** Whether {@code v} is a field element: 0 <= v < p. */
    public boolean inField(BigInteger v) {
        return inField(v, p);
    }

    private static boolean inField(BigInteger v, BigInteger p) {
        return v.signum() >= 0 && v.compareTo(p) < 0;
    }

    /** Whether {@code d} is a private scalar: 0 < d < n. */
    public boolean isScalar(BigInteger d) {
        return d.signum() > 0 && d.compareTo(n) < 0;
    }

    /**
     * Whether {@code q} is a finite point of the curve: 0 <= x, y < p and y^2 = x^3 + a x + b mod p. The point at
     * infinity is not (no key has it as its public point).
     */
    public boolean isOnCurve(Point q) {
        if (q.isInfinity() || !inField(q.x()) || !inField(q.y())) {
            return false;
        }
        BigInteger left = q.y().multiply(q.y()).mod(p);
        BigInteger right = q.x().multiply(q.x()).add(a).multiply(q.x()).add(b).mod(p);
        return left.equals(right);
    }

    /** -Q = (x, -y mod p). */
    public Point negate(Point q) {
        return q.isInfinity() ? q : new Point(q.x().mod(p), q.y().negate().mod(p));
    }

    /** P + Q for points of the curve (the chord rule; the tangent rule when P = Q). */
    public Point add(Point p1, Point p2) {
        if (p1.isInfinity()) {
            return p2;
        }
        if (p2.isInfinity()) {
            return p1;
        }
        BigInteger x1 = p1.x().mod(p);
        BigInteger y1 = p1.y().mod(p);
        BigInteger x2 = p2.x().mod(p);
        BigInteger y2 = p2.y().mod(p);
        if (x1.equals(x2)) {
            // Same x: either the same point (double it) or opposite points (their sum is infinity).
            return y1.equals(y2) ? twice(p1) : Point.INFINITY;
        }
        BigInteger lambda = y2.subtract(y1).multiply(x2.subtract(x1).modInverse(p)).mod(p);
        return chord(lambda, x1, y1, x2);
    }

    /** 2 Q for a point of the curve (the tangent rule); infinity when y = 0. */
    public Point twice(Point q) {
        if (q.isInfinity()) {
            return q;
        }
        BigInteger x1 = q.x().mod(p);
        BigInteger y1 = q.y().mod(p);
        if (y1.signum() == 0) {
            return Point.INFINITY;
        }
        BigInteger lambda = THREE.multiply(x1).multiply(x1).add(a)
                .multiply(TWO.multiply(y1).modInverse(p)).mod(p);
        return chord(lambda, x1, y1, x1);
    }

    /** x3 = lambda^2 - x1 - x2, y3 = lambda (x1 - x3) - y1. */
    private Point chord(BigInteger lambda, BigInteger x1, BigInteger y1, BigInteger x2) {
        BigInteger x3 = lambda.multiply(lambda).subtract(x1).subtract(x2).mod(p);
        BigInteger y3 = lambda.multiply(x1.subtract(x3)).subtract(y1).mod(p);
        return new Point(x3, y3);
    }

    /**
     * k Q by double-and-add from the most significant bit, in Jacobian coordinates with one inversion at the end; a
     * negative k multiplies -Q. 0 Q, and k Q for Q of an order dividing k, are infinity. Q must be a point of the
     * curve (the formulas assume it).
     */
    public Point multiply(Point q, BigInteger k) {
        if (k.signum() < 0) {
            return multiply(negate(q), k.negate());
        }
        if (q.isInfinity()) {
            return q;
        }
        BigInteger qx = q.x().mod(p);
        BigInteger qy = q.y().mod(p);
        BigInteger[] r = {BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO};
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            r = jacobianTwice(r);
            if (k.testBit(i)) {
                r = jacobianAddAffine(r, qx, qy);
            }
        }
        return affine(r);
    }

    /** (X : Y : Z) to (X/Z^2, Y/Z^3); infinity when Z = 0. */
    private Point affine(BigInteger[] j) {
        if (j[2].signum() == 0) {
            return Point.INFINITY;
        }
        BigInteger zInv = j[2].modInverse(p);
        BigInteger zInv2 = zInv.multiply(zInv).mod(p);
        return new Point(j[0].multiply(zInv2).mod(p), j[1].multiply(zInv2).multiply(zInv).mod(p));
    }

    /** 2 (X : Y : Z): S = 4 X Y^2, M = 3 X^2 + a Z^4, X' = M^2 - 2 S, Y' = M (S - X') - 8 Y^4, Z' = 2 Y Z. */
    private BigInteger[] jacobianTwice(BigInteger[] j) {
        BigInteger x = j[0];
        BigInteger y = j[1];
        BigInteger z = j[2];
        if (z.signum() == 0 || y.signum() == 0) {
            return new BigInteger[] {BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO};
        }
        BigInteger yy = y.multiply(y).mod(p);
        BigInteger zz = z.multiply(z).mod(p);
        BigInteger s = x.multiply(yy).shiftLeft(2).mod(p);
        BigInteger m = x.multiply(x).multiply(THREE).add(a.multiply(zz).multiply(zz)).mod(p);
        BigInteger x3 = m.multiply(m).subtract(s.shiftLeft(1)).mod(p);
        BigInteger y3 = m.multiply(s.subtract(x3)).subtract(yy.multiply(yy).shiftLeft(3)).mod(p);
        BigInteger z3 = y.multiply(z).shiftLeft(1).mod(p);
        return new BigInteger[] {x3, y3, z3};
    }

    /**
     * (X : Y : Z) + (x2, y2), the second point affine: U2 = x2 Z^2, S2 = y2 Z^3, H = U2 - X, R = S2 - Y,
     * X' = R^2 - H^3 - 2 X H^2, Y' = R (X H^2 - X') - Y H^3, Z' = Z H; the doubling when both are the same point.
     */
    private BigInteger[] jacobianAddAffine(BigInteger[] j, BigInteger x2, BigInteger y2) {
        if (j[2].signum() == 0) {
            return new BigInteger[] {x2, y2, BigInteger.ONE};
        }
        BigInteger zz = j[2].multiply(j[2]).mod(p);
        BigInteger u2 = x2.multiply(zz).mod(p);
        BigInteger s2 = y2.multiply(zz).multiply(j[2]).mod(p);
        BigInteger h = u2.subtract(j[0]).mod(p);
        BigInteger r = s2.subtract(j[1]).mod(p);
        if (h.signum() == 0) {
            return r.signum() == 0 ? jacobianTwice(j) : new BigInteger[] {BigInteger.ONE, BigInteger.ONE, BigInteger.ZERO};
        }
        BigInteger hh = h.multiply(h).mod(p);
        BigInteger hhh = hh.multiply(h).mod(p);
        BigInteger v = j[0].multiply(hh).mod(p);
        BigInteger x3 = r.multiply(r).subtract(hhh).subtract(v.shiftLeft(1)).mod(p);
        BigInteger y3 = r.multiply(v.subtract(x3)).subtract(j[1].multiply(hhh)).mod(p);
        BigInteger z3 = j[2].multiply(h).mod(p);
        return new BigInteger[] {x3, y3, z3};
    }

    @Override
    public String toString() {
        return "PrimeCurve[" + name + "]";
    }
}
