package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Writes a curve25519 key's X and d reversed, as big-endian numbers instead of the RFC 7748 strings Windows keeps
 * (blob-layouts digest section 8): the mistake of treating curve25519 like the Weierstrass curves. A curve25519
 * blob is recognised by its generic ECDH magic, cbKey 32 and an all-zero Y (no P-256 point has y = 0).
 */
public final class BigEndianCurve25519 extends ForwardingProvider {
    private static final int ECDH_PUBLIC_GENERIC = 0x504B4345;
    private static final int ECDH_PRIVATE_GENERIC = 0x564B4345;

    @Override
    public String name() {
        return "broken-big-endian-curve25519";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (!s.isSuccess() || pbOutput == null || pcbResult == null || pcbResult.get() < 8 + 64) {
            return s;
        }
        int magic = u32(pbOutput, 0);
        if (magic != ECDH_PUBLIC_GENERIC && magic != ECDH_PRIVATE_GENERIC || u32(pbOutput, 4) != 32) {
            return s;
        }
        for (int i = 8 + 32; i < 8 + 64; i++) {
            if (pbOutput[i] != 0) {
                return s;
            }
        }
        reverse(pbOutput, 8);
        if (magic == ECDH_PRIVATE_GENERIC && pcbResult.get() >= 8 + 96) {
            reverse(pbOutput, 8 + 64);
        }
        return s;
    }

    private static void reverse(byte[] blob, int offset) {
        for (int i = 0; i < 16; i++) {
            byte t = blob[offset + i];
            blob[offset + i] = blob[offset + 31 - i];
            blob[offset + 31 - i] = t;
        }
    }
}
