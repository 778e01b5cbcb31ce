package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Labels the DSA blobs of keys longer than 1024 bits with the version 1 magics (DSPB / DSPV), as an implementation
 * that knows only BCRYPT_DSA_KEY_BLOB might.
 */
public final class V1MagicForLongDsaKeys extends ForwardingProvider {
    private static final int DPB2 = 0x32425044;
    private static final int DPV2 = 0x32565044;
    private static final int DSPB = 0x42505344;
    private static final int DSPV = 0x56505344;

    @Override
    public String name() {
        return "broken-v1-magic-for-long-dsa-keys";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && pcbResult != null && pcbResult.get() >= 4) {
            int magic = u32(pbOutput, 0);
            int replaced = magic == DPB2 ? DSPB : magic == DPV2 ? DSPV : magic;
            for (int i = 0; i < 4; i++) {
                pbOutput[i] = (byte) (replaced >>> (8 * i));
            }
        }
        return s;
    }
}
