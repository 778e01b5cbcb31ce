package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Writes the numbers of an ECC blob without their leading zero bytes: when every number of a key fits in fewer
 * bytes than the curve's cbKey (a P-521 key below 2^520), cbKey shrinks and the blob with it.
 */
public final class UnpaddedEccCoordinates extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-unpadded-ecc-coordinates";
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (!s.isSuccess() || pbOutput == null || pcbResult == null || pcbResult.get() < 8
                || pbOutput[0] != 'E' || pbOutput[1] != 'C') {
            return s;
        }
        int cbKey = u32(pbOutput, 4);
        int count = (pcbResult.get() - 8) / cbKey;
        int zeros = cbKey;
        for (int i = 0; i < count; i++) {
            int lead = 0;
            while (lead < cbKey - 1 && pbOutput[8 + i * cbKey + lead] == 0) {
                lead++;
            }
            zeros = Math.min(zeros, lead);
        }
        if (zeros == 0) {
            return s;
        }
        int width = cbKey - zeros;
        for (int i = 0; i < count; i++) {
            System.arraycopy(pbOutput, 8 + i * cbKey + zeros, pbOutput, 8 + i * width, width);
        }
        pbOutput[4] = (byte) width;
        pcbResult.set(8 + count * width);
        return s;
    }
}
