package org.cngkit.kit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * What identifies a run: the kit's version, the hash of the vectors it used, the implementation, the Windows profile
 * the run certified against ({@code profile}) and the one the implementation declares ({@code declaredProfile}; they
 * differ when {@code certify --profile} chose another), and exactly what was certified ({@code provenance}: the
 * implementation's files with their SHA-256, its claims, the kit's commit, the command line).
 */
public record RunStamp(String kitVersion, String vectorsSha256, String implementation, String profile,
                       String declaredProfile, String generatedAt, Provenance provenance) {

    public RunStamp(String kitVersion, String vectorsSha256, String implementation, String profile,
                    String declaredProfile, String generatedAt) {
        this(kitVersion, vectorsSha256, implementation, profile, declaredProfile, generatedAt, null);
    }

    public static String currentKitVersion() {
        try (InputStream in = RunStamp.class.getResourceAsStream("/org/cngkit/kit/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
