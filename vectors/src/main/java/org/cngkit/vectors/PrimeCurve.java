package org.cngkit.vectors;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A short Weierstrass curve y^2 = x^3 + a x + b over the prime field F_p with a base point G of order n, and the
 * affine arithmetic the key oracle ({@link KeyRelations}) needs: point addition, doubling, double-and-add scalar
 * multiplication, the on-curve test and the range checks of a key. It is written here, over {@link BigInteger},
 * so that the oracle does not share its curve arithmetic with an implementation it examines (the reference
 * implementation uses Bouncy Castle); the domain parameters of the NIST curves come from the JDK's own provider
 * (SunEC). Not constant time: it checks keys under test, it never handles a secret that must be kept.
 */
public final class PrimeCurve {
    /** The JDK provider the NIST domain parameters are read from. */
    static final String PARAMETER_PROVIDER = "SunEC";

    private static final Map<Integer, PrimeCurve> NIST = new ConcurrentHashMap<>();
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
     * The NIST prime curve P-{@code bits} (secp256r1, secp384r1, secp521r1), its parameters read from the JDK's
     * SunEC provider.
     *
     * @throws IllegalArgumentException if {@code bits} is not 256, 384 or 521
     * @throws IllegalStateException    if the JDK has no SunEC provider or it does not know the curve
     */
    public static PrimeCurve nist(int bits) {
        String stdName = switch (bits) {
            case 256 -> "secp256r1";
            case 384 -> "secp384r1";
            case 521 -> "secp521r1";
            default -> throw new IllegalArgumentException("no NIST prime curve of " + bits + " bits");
        };
        return NIST.computeIfAbsent(bits, b -> fromJdk("P-" + b, stdName));
    }

    private static PrimeCurve fromJdk(String name, String stdName) {
        ECParameterSpec spec;
        try {
            AlgorithmParameters params = AlgorithmParameters.getInstance("EC", PARAMETER_PROVIDER);
            params.init(new ECGenParameterSpec(stdName));
            spec = params.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's " + PARAMETER_PROVIDER + " provider has no " + stdName, e);
        }
        if (!(spec.getCurve().getField() instanceof ECFieldFp field)) {
            throw new IllegalStateException(stdName + " is not a curve over a prime field");
        }
        java.security.spec.ECPoint gen = spec.getGenerator();
        return new PrimeCurve(name, field.getP(), spec.getCurve().getA(), spec.getCurve().getB(),
                new Point(gen.getAffineX(), gen.getAffineY()), spec.getOrder());
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

    /** k Q by double-and-add from the most significant bit; a negative k multiplies -Q. 0 Q is infinity. */
    public Point multiply(Point q, BigInteger k) {
        if (k.signum() < 0) {
            return multiply(negate(q), k.negate());
        }
        Point r = Point.INFINITY;
        for (int i = k.bitLength() - 1; i >= 0; i--) {
            r = twice(r);
            if (k.testBit(i)) {
                r = add(r, q);
            }
        }
        return r;
    }

    @Override
    public String toString() {
        return "PrimeCurve[" + name + "]";
    }
}
