package org.cngkit.kit.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.cngkit.kit.nativeimpl.DllFile;
import org.cngkit.kit.nativeimpl.NativeProvider;
import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;

/** Reads what a run certified: the implementation's files and their hashes, its claims, the kit's commit. */
final class ProvenanceReader {
    private ProvenanceReader() {
    }

    /**
     * Starts reading in the background what does not involve the implementation (the hashes of its files, the
     * kit's commit), so that it overlaps the scenarios; {@link Pending#finish} adds what does (a native
     * harness's bcrypt.dll), once no scenario calls it any more.
     */
    static Pending begin(CngProvider provider, Claims claims) {
        List<String> claimLines = claimLines(claims);
        CompletableFuture<String> commit = CompletableFuture.supplyAsync(ProvenanceReader::kitCommit);
        CompletableFuture<List<Artifact>> files = CompletableFuture.supplyAsync(() -> hashedFiles(provider));
        return () -> {
            List<Artifact> artifacts = new ArrayList<>(joined(files));
            if (provider instanceof NativeProvider n && n.info() != null) {
                DllFile dll = DllFile.ask(n.harness());
                artifacts.add(dll == null ? new Artifact("bcrypt.dll", n.info().bcryptPath(), null, null)
                        : new Artifact("bcrypt.dll", dll.path(), dll.version(), dll.sha256()));
            }
            return new Provenance(Invocation.commandLine(), joined(commit), provider.getClass().getName(), claimLines,
                    List.copyOf(artifacts));
        };
    }

    /** The background result, or its own exception (a file that cannot be hashed) rather than a wrapper. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Provenance being read: {@link #finish} waits for the background part and adds the rest. */
    @FunctionalInterface
    interface Pending {
        Provenance finish();
    }

    /** The files of a Java implementation (a child's classpath, or the jar of one in the kit's JVM), hashed. */
    private static List<Artifact> hashedFiles(CngProvider provider) {
        List<Artifact> artifacts = new ArrayList<>();
        if (provider instanceof NativeProvider n && n.info() == null) {
            for (Path entry : n.javaClasspath()) {
                artifacts.add(new Artifact(Files.isDirectory(entry) ? "child class directory" : "child jar", entry.toString(),
                        null, Files.exists(entry) ? sha256(entry) : null));
            }
        } else if (!(provider instanceof NativeProvider)) {
            Path source = codeSource(provider.getClass());
            if (source != null) {
                artifacts.add(new Artifact(Files.isDirectory(source) ? "class directory" : "jar", source.toString(), null,
                        sha256(source)));
            }
        }
        return artifacts;
    }

    static List<String> claimLines(Claims claims) {
        List<String> lines = new ArrayList<>();
        lines.add("profile " + claims.profile().id());
        for (AlgorithmClaim a : claims.algorithms().stream().sorted(Comparator.comparing(AlgorithmClaim::algorithmId)).toList()) {
            TreeSet<Integer> bits = new TreeSet<>(a.keyBits());
            String sizes = bits.size() > 6 ? bits.first() + ".." + bits.last() + " bits (" + bits.size() + " sizes)" : bits + " bits";
            lines.add(a.algorithmId() + " " + sizes + (a.parameterSets().isEmpty() ? "" : ", sets " + a.parameterSets())
                    + ", exports " + new TreeSet<>(a.exportBlobTypes()));
        }
        return List.copyOf(lines);
    }

    private static Path codeSource(Class<?> type) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(cs.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** SHA-256 of a file, or of a directory's files (relative path and bytes of each, in path order). */
    static String sha256(Path path) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update(path.relativize(f).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    md.update(Files.readAllBytes(f));
                }
            } else {
                try (InputStream in = Files.newInputStream(path)) {
                    byte[] buffer = new byte[65536];
                    for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                        md.update(buffer, 0, n);
                    }
                }
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot hash " + path, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The commit of the checkout the kit runs from, with {@code +dirty} for uncommitted changes; null without git. */
    private static String kitCommit() {
        Path kit = codeSource(ProvenanceReader.class);
        if (kit == null) {
            return null;
        }
        Path dir = Files.isDirectory(kit) ? kit : kit.getParent();
        String head = git(dir, "rev-parse", "HEAD");
        if (head == null || !head.matches("[0-9a-f]{40}")) {
            return null;
        }
        String status = git(dir, "status", "--porcelain", "--untracked-files=no");
        return head + (status != null && !status.isBlank() ? "+dirty" : "");
    }

    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getOutputStream().close();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroy();
                return null;
            }
            return new String(out, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
