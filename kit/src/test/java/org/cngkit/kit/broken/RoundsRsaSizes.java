package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;

/**
 * Rounds a dwLength that is not whole bytes down to whole bytes instead of refusing it, so a 1081-bit RSA key pair
 * is "generated" (as 1080 bits), which Windows refuses (windows-observed.feature). P-521's 521 bits are left alone.
 */
public final class RoundsRsaSizes extends ForwardingProvider {
    @Override
    public String name() {
        return "broken-rounds-rsa-sizes";
    }

    @Override
    public NtStatus generateKeyPair(Handle hAlgorithm, HandleOut phKey, int dwLength, int dwFlags) {
        int length = dwLength % 8 != 0 && dwLength != 521 ? dwLength & ~7 : dwLength;
        return super.generateKeyPair(hAlgorithm, phKey, length, dwFlags);
    }
}
