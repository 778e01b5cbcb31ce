package org.cngkit.kit.broken;

/** Writes every legacy blob with bVersion one higher than its layout has (3 for RSA and DSS2, 4 for version 3). */
public final class WrongLegacyVersion extends LegacyBlobEdit {
    @Override
    public String name() {
        return "broken-legacy-bversion";
    }

    @Override
    boolean edits(String pszBlobType) {
        return LEGACY_TYPES.contains(pszBlobType);
    }

    @Override
    void edit(byte[] blob, int length) {
        blob[1]++;
    }
}
