package org.cngkit.kit.broken;

import org.cngkit.spi.Handle;

/** Puts a BCRYPT_KEY_DATA_BLOB_HEADER in front of the (correct) wrapped key, as if the wrapped blob had a header. */
public final class KeyDataHeaderInWrap extends BrokenKeyWrap {
    @Override
    public String name() {
        return "broken-key-data-header-in-wrap";
    }

    @Override
    byte[] wrap(Handle hKey, Handle hExportKey) {
        byte[] wrapped = keyWrap(secretOf(hExportKey), secretOf(hKey), DEFAULT_IV);
        byte[] header = referenceBlob(hKey, "KeyDataBlob");
        byte[] blob = new byte[12 + wrapped.length];
        System.arraycopy(header, 0, blob, 0, 12);
        System.arraycopy(wrapped, 0, blob, 12, wrapped.length);
        return blob;
    }
}
