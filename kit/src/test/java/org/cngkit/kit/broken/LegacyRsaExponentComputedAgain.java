package org.cngkit.kit.broken;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Computes the private exponent of a generated RSA key again for the legacy private blob, modulo another number than
 * the CNG blobs use: d + lambda(n) instead of d. Both are valid exponents (e d = 1 mod lambda(n)), each blob on its
 * own is consistent, but one key exports two different d.
 */
public final class LegacyRsaExponentComputedAgain extends ForwardingProvider {
    private static final int HEADER = 20;
    private final Map<Handle, String> algorithms = new HashMap<>();
    private final Set<Handle> generated = new HashSet<>();

    @Override
    public String name() {
        return "broken-legacy-rsa-exponent-computed-again";
    }

    @Override
    public synchronized NtStatus openAlgorithmProvider(HandleOut phAlgorithm, String pszAlgId, String pszImplementation,
                                                       int dwFlags) {
        NtStatus s = super.openAlgorithmProvider(phAlgorithm, pszAlgId, pszImplementation, dwFlags);
        if (s.isSuccess() && phAlgorithm != null) {
            algorithms.put(phAlgorithm.get(), pszAlgId);
        }
        return s;
    }

    @Override
    public synchronized NtStatus generateKeyPair(Handle hAlgorithm, HandleOut phKey, int dwLength, int dwFlags) {
        NtStatus s = super.generateKeyPair(hAlgorithm, phKey, dwLength, dwFlags);
        if (s.isSuccess() && phKey != null && "RSA".equals(algorithms.get(hAlgorithm))) {
            generated.add(phKey.get());
        }
        return s;
    }

    @Override
    public synchronized NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput,
                                           int cbOutput, ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && pcbResult != null && "CAPIPRIVATEBLOB".equals(pszBlobType)
                && generated.contains(hKey)) {
            int bits = u32(pbOutput, 12);
            int n = (bits + 7) / 8;
            int half = (bits + 15) / 16;
            BigInteger p = littleEndian(pbOutput, HEADER + n, half);
            BigInteger q = littleEndian(pbOutput, HEADER + n + half, half);
            int dAt = HEADER + n + 5 * half;
            BigInteger lambda = lcm(p.subtract(BigInteger.ONE), q.subtract(BigInteger.ONE));
            writeLittleEndian(littleEndian(pbOutput, dAt, n).add(lambda), pbOutput, dAt, n);
        }
        return s;
    }

    private static BigInteger lcm(BigInteger a, BigInteger b) {
        return a.divide(a.gcd(b)).multiply(b);
    }

    private static BigInteger littleEndian(byte[] bytes, int offset, int length) {
        byte[] big = new byte[length];
        for (int i = 0; i < length; i++) {
            big[i] = bytes[offset + length - 1 - i];
        }
        return new BigInteger(1, big);
    }

    private static void writeLittleEndian(BigInteger value, byte[] bytes, int offset, int length) {
        byte[] big = value.toByteArray();
        for (int i = 0; i < length; i++) {
            int from = big.length - 1 - i;
            bytes[offset + i] = from >= 0 ? big[from] : 0;
        }
    }
}
