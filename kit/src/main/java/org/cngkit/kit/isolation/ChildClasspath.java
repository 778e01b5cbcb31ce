package org.cngkit.kit.isolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cngkit.child.ChildServer;
import org.cngkit.spi.CngProvider;

/**
 * The classpath of a child JVM: the child server and the SPI (where this kit loaded them from), then the
 * implementation's jars. Nothing of the kit is on it. Without jars the implementation is the bundled reference,
 * whose jars the build lists in {@value #BUNDLED} (the reference and Bouncy Castle).
 */
public final class ChildClasspath {
    /** Classpath resource listing the bundled reference implementation's jars, written by the build. */
    public static final String BUNDLED = "/org/cngkit/kit/isolation/bundled.classpath";

    private ChildClasspath() {
    }

    /** The server and the SPI, followed by {@code implementation}; the bundled reference when that is empty. */
    public static List<Path> of(List<Path> implementation) {
        List<Path> cp = new ArrayList<>(List.of(location(ChildServer.class), location(CngProvider.class)));
        cp.addAll(implementation.isEmpty() ? bundled() : implementation);
        return cp;
    }

    /** The jars of the bundled reference implementation, as the build recorded them. */
    public static List<Path> bundled() {
        try (InputStream in = ChildClasspath.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the kit was built without " + BUNDLED + "; rebuild it with Maven");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            List<Path> paths = Arrays.stream(text.split(java.io.File.pathSeparator)).filter(s -> !s.isBlank()).map(Path::of).toList();
            for (Path p : paths) {
                if (!Files.exists(p)) {
                    throw new IllegalStateException("the bundled reference's jar " + p + " is gone; rebuild the kit with Maven");
                }
            }
            return paths;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar or class directory a class was loaded from. */
    static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("cannot tell where " + type.getName() + " was loaded from", e);
        }
    }
}
