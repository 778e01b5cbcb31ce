package org.cngkit.vectors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * All vector files: from the classpath ({@link #load()}, the files packaged in cngkit-vectors
 * under {@code vectors/}) or from a directory ({@link #loadDirectory(Path)}). Every file is
 * parsed, validated against its JSON Schema, linted and cross-checked with the Kaitai parsers
 * when loaded ({@link VectorFileReader}), so a catalog only ever holds well-formed vectors.
 */
public final class VectorCatalog {
    /** Classpath folder of the vector files. */
    public static final String RESOURCE_DIR = "vectors/";
    /** Classpath resource listing the vector file names, one per line (a jar cannot be listed). */
    public static final String INDEX = RESOURCE_DIR + "index.txt";

    /** The packaged vectors, read once per JVM: they cannot change while it runs, and the catalog is immutable. */
    private static VectorCatalog packaged;

    private final Map<String, VectorFile> files;
    private final Map<String, byte[]> contents;

    /**
     * Classpath resource holding the {@link #sha256()} of the vector files that the build checked in full (JSON
     * Schema, lint, key arithmetic, every expected blob against its layout): written by {@link VerifiedVectors}
     * when the module is built.
     */
    public static final String VERIFIED = RESOURCE_DIR + "verified.sha256";

    private VectorCatalog(Map<String, byte[]> contents, boolean verifiedByTheBuild) {
        this.contents = Collections.unmodifiableMap(new TreeMap<>(contents));
        Map<String, VectorFile> parsed = new TreeMap<>();
        contents.forEach((name, bytes) -> parsed.put(name, verifiedByTheBuild ? VectorFileReader.readVerified(name, bytes)
                : VectorFileReader.read(name, bytes)));
        this.files = Collections.unmodifiableMap(parsed);
    }

    private VectorCatalog(Map<String, byte[]> contents) {
        this(contents, false);
    }

    /**
     * The vector files on the classpath, named by {@code vectors/index.txt}.
     *
     * @throws VectorFormatException if the index or a file is missing or malformed
     */
    public static VectorCatalog load() {
        synchronized (VectorCatalog.class) {
            if (packaged == null) {
                packaged = load(true);
            }
            return packaged;
        }
    }

    /**
     * As {@link #load()}, checking every file in full even when the build has checked these very bytes already.
     */
    public static VectorCatalog loadChecked() {
        return load(false);
    }

    /**
     * @param trustTheBuild skip the checks when the files' hash is the one the build checked ({@link #VERIFIED}):
     *                      the same bytes give the same answers, and a run need not spend a second on them
     */
    private static VectorCatalog load(boolean trustTheBuild) {
        ClassLoader loader = VectorCatalog.class.getClassLoader();
        byte[] index = resource(loader, INDEX);
        if (index == null) {
            throw new VectorFormatException(INDEX, JsonPath.ROOT, "not on the classpath");
        }
        Map<String, byte[]> contents = new TreeMap<>();
        for (String name : parseIndex(new String(index, StandardCharsets.UTF_8))) {
            byte[] bytes = resource(loader, RESOURCE_DIR + name);
            if (bytes == null) {
                throw new VectorFormatException(name, JsonPath.ROOT, "listed in " + INDEX + " but not on the classpath");
            }
            contents.put(name, bytes);
        }
        byte[] verified = trustTheBuild ? resource(loader, VERIFIED) : null;
        boolean same = verified != null && new String(verified, StandardCharsets.US_ASCII).strip().equals(sha256(contents));
        return new VectorCatalog(contents, same);
    }

    /**
     * The vector files ({@code *.json}) directly inside {@code dir}; sub-folders (such as
     * {@code schema/}) are not read. Schemas always come from the classpath.
     *
     * @throws VectorFormatException if a file is malformed
     * @throws UncheckedIOException  if the directory cannot be read
     */
    public static VectorCatalog loadDirectory(Path dir) {
        Map<String, byte[]> contents = new TreeMap<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path path : entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".json")).toList()) {
                contents.put(path.getFileName().toString(), Files.readAllBytes(path));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vector directory " + dir, e);
        }
        return new VectorCatalog(contents);
    }

    /** The names in an index text: one per line, blank lines and {@code #} comments ignored. */
    public static List<String> parseIndex(String text) {
        List<String> names = new ArrayList<>();
        for (String line : text.split("\n")) {
            String name = line.strip();
            if (!name.isEmpty() && !name.startsWith("#")) {
                names.add(name);
            }
        }
        return names;
    }

    /** The files, sorted by name. */
    public List<VectorFile> files() {
        return List.copyOf(files.values());
    }

    /**
     * The file with this name, e.g. {@code key_data_blob_test.json}.
     *
     * @throws IllegalArgumentException naming the known files if there is none
     */
    public VectorFile file(String name) {
        VectorFile file = files.get(name);
        if (file == null) {
            throw new IllegalArgumentException("no vector file '" + name + "'; known files: " + files.keySet());
        }
        return file;
    }

    /**
     * One test of one file.
     *
     * @throws IllegalArgumentException if the file or the test does not exist
     */
    public VectorTest test(String fileName, int tcId) {
        return file(fileName).test(tcId);
    }

    /**
     * Hex SHA-256 identifying this set of vectors (the "hash of vectors/" stamped on reports).
     * For each file in name order it hashes: the name in UTF-8, a zero byte, the content length
     * as an 8-byte big-endian number, then the content bytes.
     */
    public String sha256() {
        return sha256(contents);
    }

    private static String sha256(Map<String, byte[]> contents) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            contents.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
                digest.update(bytes);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + name, e);
        }
    }
}
