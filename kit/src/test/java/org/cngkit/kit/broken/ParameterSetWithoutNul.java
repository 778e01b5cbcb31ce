package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;

/** Writes the parameter set of ML-KEM and PQDSA blobs without its UTF-16 NUL (cbParameterSet 6 for "512"). */
public final class ParameterSetWithoutNul extends RewritesPqBlobs {
    @Override
    public String name() {
        return "broken-parameter-set-without-nul";
    }

    @Override
    byte[] rewrite(Handle hKey, String blobType) {
        byte[] blob = referenceBlob(hKey, blobType);
        if (blob == null) {
            return null;
        }
        int cbParameterSet = u32(blob, 4);
        int nul = 12 + cbParameterSet - 2;
        byte[] out = new byte[blob.length - 2];
        System.arraycopy(blob, 0, out, 0, nul);
        System.arraycopy(blob, nul + 2, out, nul, blob.length - nul - 2);
        setU32(out, 4, cbParameterSet - 2);
        return out;
    }
}
