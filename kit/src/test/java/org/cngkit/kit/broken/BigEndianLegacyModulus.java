package org.cngkit.kit.broken;

/** Writes the modulus of the legacy RSA blobs big-endian, as a port that treated them like CNG blobs might. */
public final class BigEndianLegacyModulus extends LegacyBlobEdit {
    @Override
    public String name() {
        return "broken-big-endian-legacy-modulus";
    }

    @Override
    boolean edits(String pszBlobType) {
        return pszBlobType.equals("CAPIPUBLICBLOB") || pszBlobType.equals("CAPIPRIVATEBLOB");
    }

    @Override
    void edit(byte[] blob, int length) {
        int start = 20;
        int size = u32(blob, 12) / 8;
        for (int i = 0; i < size / 2; i++) {
            byte b = blob[start + i];
            blob[start + i] = blob[start + size - 1 - i];
            blob[start + size - 1 - i] = b;
        }
    }
}
