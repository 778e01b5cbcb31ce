package org.cngkit.kit.broken;

/** Marks every legacy private blob PUBLICKEYBLOB (bType 6), the mistake the DSS version 3 private page makes. */
public final class LegacyPrivateBlobTypedPublic extends LegacyBlobEdit {
    @Override
    public String name() {
        return "broken-legacy-private-btype";
    }

    @Override
    boolean edits(String pszBlobType) {
        return LEGACY_TYPES.contains(pszBlobType) && pszBlobType.contains("PRIVATE");
    }

    @Override
    void edit(byte[] blob, int length) {
        blob[0] = 0x06;
    }
}
