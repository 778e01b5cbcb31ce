package org.cngkit.reference;

import org.bouncycastle.crypto.digests.SHAKEDigest;

/**
 * Whether an expanded ML-DSA private key sk = (rho, K, tr, s1, s2, t0) is internally consistent (FIPS 204): s1 and s2
 * have their coefficients in [-eta, eta], and t0 is the low part of t = A s1 + s2 (Power2Round, d = 13), with A
 * expanded from rho. Bouncy Castle recomputes t1 from the same numbers and checks tr = H(rho || t1) against it, but
 * keeps t0 as given; a corrupted t0 then signs signatures that do not verify. This recomputes t with its own
 * arithmetic (FIPS 204 algorithms 32, 41, 42 and 35: ExpandA by rejection sampling from SHAKE128, the NTT over
 * Z_q[X]/(X^256 + 1) with zeta = 1753, Power2Round) and compares every coefficient of t0.
 */
final class MlDsaSecretKeyCheck {
    private static final int Q = 8380417;
    private static final int N = 256;
    private static final int D = 13;
    private static final int ZETA = 1753;
    /** 256^-1 mod q, the scale of the inverse NTT. */
    private static final long N_INVERSE = 8347681;
    private static final int T0_BYTES = 416;
    private static final long[] ZETAS = zetas();

    private final int k;
    private final int l;
    private final int eta;

    /** The shape of one parameter set: A is k x l, s1 has l polynomials, s2 and t0 have k. */
    MlDsaSecretKeyCheck(int k, int l, int eta) {
        this.k = k;
        this.l = l;
        this.eta = eta;
    }

    /** The length of sk for this shape. */
    int secretKeyLength() {
        return 128 + (l + k) * etaBytes() + k * T0_BYTES;
    }

    boolean consistent(byte[] sk) {
        if (sk.length != secretKeyLength()) {
            return false;
        }
        byte[] rho = java.util.Arrays.copyOfRange(sk, 0, 32);
        int offset = 128;
        long[][] s1Hat = new long[l][];
        for (int j = 0; j < l; j++, offset += etaBytes()) {
            long[] s = etaPolynomial(sk, offset);
            if (s == null) {
                return false;
            }
            s1Hat[j] = ntt(s);
        }
        long[][] s2 = new long[k][];
        for (int i = 0; i < k; i++, offset += etaBytes()) {
            s2[i] = etaPolynomial(sk, offset);
            if (s2[i] == null) {
                return false;
            }
        }
        for (int i = 0; i < k; i++, offset += T0_BYTES) {
            long[] sum = new long[N];
            for (int j = 0; j < l; j++) {
                long[] a = rejectionSample(rho, j, i);
                for (int c = 0; c < N; c++) {
                    sum[c] = (sum[c] + a[c] * s1Hat[j][c]) % Q;
                }
            }
            long[] t = inverseNtt(sum);
            for (int c = 0; c < N; c++) {
                long r = Math.floorMod(t[c] + s2[i][c], Q);
                long r0 = centered(r);
                if (r0 != t0Coefficient(sk, offset, c)) {
                    return false;
                }
            }
        }
        return true;
    }

    private int etaBits() {
        return eta == 2 ? 3 : 4;
    }

    private int etaBytes() {
        return N * etaBits() / 8;
    }

    /** The coefficients eta - c of a packed polynomial, or null when some c exceeds 2 eta. */
    private long[] etaPolynomial(byte[] sk, int offset) {
        long[] out = new long[N];
        for (int c = 0; c < N; c++) {
            int value = bits(sk, offset, c * etaBits(), etaBits());
            if (value > 2 * eta) {
                return null;
            }
            out[c] = eta - value;
        }
        return out;
    }

    /** t0's coefficient c: 2^12 - the 13-bit value packed there. */
    private static long t0Coefficient(byte[] sk, int offset, int c) {
        return (1 << (D - 1)) - bits(sk, offset, c * D, D);
    }

    /** {@code width} bits starting at bit {@code bit} of the bytes from {@code offset}, little-endian. */
    private static int bits(byte[] bytes, int offset, int bit, int width) {
        int value = 0;
        for (int i = 0; i < width; i++) {
            int at = bit + i;
            value |= ((bytes[offset + at / 8] >> (at % 8)) & 1) << i;
        }
        return value;
    }

    /** r mod+- 2^d in (-2^12, 2^12]. */
    private static long centered(long r) {
        long r0 = r & ((1 << D) - 1);
        return r0 > (1 << (D - 1)) ? r0 - (1 << D) : r0;
    }

    /** A-hat[i][j] = RejNTTPoly(rho || j || i), FIPS 204 algorithms 30 and 32. */
    private static long[] rejectionSample(byte[] rho, int j, int i) {
        SHAKEDigest shake = new SHAKEDigest(128);
        shake.update(rho, 0, rho.length);
        shake.update((byte) j);
        shake.update((byte) i);
        long[] out = new long[N];
        byte[] block = new byte[168];
        int filled = 0;
        while (filled < N) {
            shake.doOutput(block, 0, block.length);
            for (int b = 0; b + 3 <= block.length && filled < N; b += 3) {
                int value = (block[b] & 0xff) | (block[b + 1] & 0xff) << 8 | (block[b + 2] & 0x7f) << 16;
                if (value < Q) {
                    out[filled++] = value;
                }
            }
        }
        return out;
    }

    private static long[] ntt(long[] in) {
        long[] w = new long[N];
        for (int c = 0; c < N; c++) {
            w[c] = Math.floorMod(in[c], Q);
        }
        int m = 0;
        for (int len = 128; len >= 1; len /= 2) {
            for (int start = 0; start < N; start += 2 * len) {
                long z = ZETAS[++m];
                for (int j = start; j < start + len; j++) {
                    long t = z * w[j + len] % Q;
                    w[j + len] = Math.floorMod(w[j] - t, Q);
                    w[j] = (w[j] + t) % Q;
                }
            }
        }
        return w;
    }

    private static long[] inverseNtt(long[] in) {
        long[] w = in.clone();
        int m = N;
        for (int len = 1; len < N; len *= 2) {
            for (int start = 0; start < N; start += 2 * len) {
                long z = Q - ZETAS[--m];
                for (int j = start; j < start + len; j++) {
                    long t = w[j];
                    w[j] = (t + w[j + len]) % Q;
                    w[j + len] = z * Math.floorMod(t - w[j + len], Q) % Q;
                }
            }
        }
        for (int c = 0; c < N; c++) {
            w[c] = w[c] * N_INVERSE % Q;
        }
        return w;
    }

    /** zeta^BitRev8(m) mod q for m in [0, 256). */
    private static long[] zetas() {
        long[] zetas = new long[N];
        for (int m = 0; m < N; m++) {
            zetas[m] = java.math.BigInteger.valueOf(ZETA).modPow(java.math.BigInteger.valueOf(Integer.reverse(m) >>> 24),
                    java.math.BigInteger.valueOf(Q)).longValue();
        }
        return zetas;
    }
}
