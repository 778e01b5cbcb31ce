package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;

/** Puts the number of UTF-16 characters (NUL included) in cbParameterSet instead of the number of bytes. */
public final class ParameterSetCountedInCharacters extends RewritesPqBlobs {
    @Override
    public String name() {
        return "broken-parameter-set-counted-in-characters";
    }

    @Override
    byte[] rewrite(Handle hKey, String blobType) {
        byte[] blob = referenceBlob(hKey, blobType);
        if (blob != null) {
            setU32(blob, 4, u32(blob, 4) / 2);
        }
        return blob;
    }
}
