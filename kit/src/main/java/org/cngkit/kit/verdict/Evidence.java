package org.cngkit.kit.verdict;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Turns bytes into text for a report. Bytes that may hold key material are shown only as their length and a
 * short SHA-256 fingerprint unless the user asked to reveal secrets, so two blobs can still be told apart.
 */
public final class Evidence {
    private static final int SHOWN_BYTES = 96;
    private final boolean revealSecrets;

    public Evidence(boolean revealSecrets) {
        this.revealSecrets = revealSecrets;
    }

    public String bytes(byte[] data, boolean secret) {
        if (data == null) {
            return "(none)";
        }
        if (secret && !revealSecrets) {
            return data.length + " bytes, sha256 " + fingerprint(data) + " (may hold key material: redacted; certify --reveal-secrets shows it)";
        }
        String hex = HexFormat.of().formatHex(data, 0, Math.min(data.length, SHOWN_BYTES));
        return data.length + " bytes " + hex + (data.length > SHOWN_BYTES ? "..." : "");
    }

    /** Where two blobs first differ, which says nothing about the secret bytes themselves. */
    public static String firstDifference(byte[] expected, byte[] provided) {
        int n = Math.min(expected.length, provided.length);
        for (int i = 0; i < n; i++) {
            if (expected[i] != provided[i]) {
                return "first difference at offset " + i;
            }
        }
        return expected.length == provided.length ? "identical" : "lengths differ (" + expected.length + " vs " + provided.length + ")";
    }

    public static String fingerprint(byte[] data) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(data);
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
