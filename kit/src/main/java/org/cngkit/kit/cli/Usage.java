package org.cngkit.kit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.cngkit.kit.report.Baseline;
import org.cngkit.spi.WindowsProfile;

/**
 * The options of {@code certify} checked before anything runs (exit code 2): each problem is one line, and the
 * first one found is reported. Nothing here loads an implementation's classes.
 */
final class Usage {
    /** The longest per-call timeout and hello wait accepted, in seconds. */
    static final double MAX_CALL_SECONDS = 3600;
    static final String SERVICES = "META-INF/services/org.cngkit.spi.CngProvider";

    private final CertifyCommand c;

    Usage(CertifyCommand c) {
        this.c = c;
    }

    /** The first problem with the options, or {@code null} when there is none. */
    String problem() {
        String p = out();
        p = p != null ? p : seconds("--timeout", c.timeoutSeconds, MAX_CALL_SECONDS);
        p = p != null ? p : seconds("--hello-timeout", c.helloSeconds, MAX_CALL_SECONDS);
        p = p != null ? p : seconds("--deadline", c.deadlineSeconds, 7 * 24 * 3600);
        p = p != null ? p : c.maxTimeouts < 1 ? "--max-timeouts " + c.maxTimeouts + ": must be 1 or more" : null;
        p = p != null ? p : c.jobs != null && (c.jobs < 1 || c.jobs > 64) ? "--jobs " + c.jobs + ": must be 1 to 64" : null;
        p = p != null ? p : c.childHeapMb < 16 || c.childHeapMb > 1 << 20 ? "--child-heap " + c.childHeapMb + ": must be 16 to 1048576 MB" : null;
        p = p != null ? p : combinations();
        p = p != null ? p : implementation();
        p = p != null ? p : jars();
        p = p != null ? p : tags();
        p = p != null ? p : profile();
        return p != null ? p : baseline();
    }

    /** {@code --out} must be a directory the kit can create and write, found out before the run, not after it. */
    private String out() {
        Path dir = c.out != null ? c.out : Path.of("reports");
        String option = c.out != null ? "--out " + dir : "the default report folder " + dir.toAbsolutePath();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".cngkit-write-check", ".tmp");
            Files.delete(probe);
            return null;
        } catch (IOException | SecurityException e) {
            return option + ": cannot create or write it (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
        }
    }

    private static String seconds(String option, double value, double max) {
        if (!Double.isFinite(value) || value <= 0 || value > max) {
            return option + " " + value + ": must be a number of seconds above 0 and at most " + (long) max;
        }
        if (Math.round(value * 1000) < 1) {
            return option + " " + value + ": below one millisecond";
        }
        return null;
    }

    private String combinations() {
        if (c.nativeCommand != null && (c.implementation != null || !c.jars.isEmpty() || c.inProcess)) {
            return "--native certifies a native DLL; it does not go with --impl, --jar or --in-process";
        }
        if (c.claimsFile != null && c.nativeCommand == null) {
            return "--claims goes with --native (a Java implementation states its own claims)";
        }
        if (c.writeBaseline && c.baseline == null) {
            return "--write-baseline needs --baseline FILE";
        }
        return null;
    }

    private String implementation() {
        if (c.implementation == null) {
            return null;
        }
        if (c.implementation.isBlank()) {
            return "--impl: empty name (omit --impl to certify the only implementation on the classpath)";
        }
        return Identity.SAFE_NAME.matcher(c.implementation).matches() ? null
                : "--impl " + c.implementation + ": " + Identity.SAFE_NAME_RULE;
    }

    /** Every --jar is a readable jar or class directory, and together they declare at least one implementation. */
    private String jars() {
        boolean declared = false;
        for (Path jar : c.jars) {
            if (!Files.exists(jar)) {
                return "--jar " + jar + ": no such file or directory";
            }
            if (!Files.isReadable(jar)) {
                return "--jar " + jar + ": not readable";
            }
            try {
                declared |= Files.isDirectory(jar) ? declares(jar.resolve(SERVICES)) : jarDeclares(jar);
            } catch (ZipException e) {
                return "--jar " + jar + ": not a jar (" + e.getMessage() + ")";
            } catch (IOException | UncheckedIOException e) {
                return "--jar " + jar + ": cannot read it (" + e.getMessage() + ")";
            }
        }
        if (!c.jars.isEmpty() && !declared) {
            return "--jar: no " + SERVICES + " entry naming an implementation in " + c.jars
                    + " (the kit never falls back to another implementation)";
        }
        return null;
    }

    private static boolean jarDeclares(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(SERVICES);
            if (entry == null) {
                return false;
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return namesAClass(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    private static boolean declares(Path services) throws IOException {
        return Files.isRegularFile(services) && namesAClass(Files.readString(services, StandardCharsets.UTF_8));
    }

    private static boolean namesAClass(String services) {
        return services.lines().map(l -> l.replaceFirst("#.*", "").trim()).anyMatch(l -> !l.isEmpty());
    }

    private String tags() {
        if (c.tags == null) {
            return null;
        }
        try {
            TagExpressionParser.parse(c.tags);
            return null;
        } catch (TagExpressionException e) {
            return "--tags \"" + c.tags + "\": " + e.getMessage().replace('\n', ' ');
        }
    }

    private String profile() {
        try {
            if (c.profile != null) {
                WindowsProfile.fromId(c.profile);
            }
            return null;
        } catch (IllegalArgumentException e) {
            return "--profile: " + e.getMessage();
        }
    }

    private String baseline() {
        if (c.baseline == null || c.writeBaseline && !Files.exists(c.baseline)) {
            return null;
        }
        if (!Files.exists(c.baseline)) {
            return "--baseline " + c.baseline + ": no such file (create it with --write-baseline)";
        }
        if (!Files.isRegularFile(c.baseline) || !Files.isReadable(c.baseline)) {
            return "--baseline " + c.baseline + ": not a readable file";
        }
        try {
            Baseline.read(c.baseline);
            return null;
        } catch (IllegalArgumentException e) {
            return "--baseline " + e.getMessage();
        } catch (UncheckedIOException e) {
            return "--baseline " + c.baseline + ": cannot read it (" + e.getCause().getMessage() + ")";
        }
    }
}
