package org.cngkit.kit.broken;

import java.util.Arrays;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Hands every exported DH private blob to a background "scrubber" that zeroes the private value in the caller's
 * buffer after the export has returned. The write lands while the implementation serves its next call (the
 * scrubber runs then and the call waits for it), so it is late but never races the kit's reading of the result.
 */
public final class ScrubsDhPrivateBlobLater extends ForwardingProvider {
    private Thread scrubber;
    private Runnable pending;

    @Override
    public String name() {
        return "broken-scrubs-dh-private-blob-later";
    }

    /** Runs the pending scrub on a thread of its own and waits for it. */
    private synchronized void scrubNow() {
        if (pending == null) {
            return;
        }
        scrubber = new Thread(pending, "scrubber");
        pending = null;
        scrubber.start();
        try {
            scrubber.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        scrubNow();
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && pcbResult != null && "DHPRIVATEBLOB".equals(pszBlobType)) {
            int end = pcbResult.get();
            int cbKey = u32(pbOutput, 4);
            synchronized (this) {
                pending = () -> Arrays.fill(pbOutput, Math.max(0, end - cbKey), end, (byte) 0);
            }
        }
        return s;
    }

    @Override
    public NtStatus destroyKey(Handle hKey) {
        scrubNow();
        return super.destroyKey(hKey);
    }

    @Override
    public NtStatus closeAlgorithmProvider(Handle hAlgorithm, int dwFlags) {
        scrubNow();
        return super.closeAlgorithmProvider(hAlgorithm, dwFlags);
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        scrubNow();
        return super.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, cbInput, dwFlags);
    }
}
