import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * Build step of cngkit-ksy-formats, run by exec-maven-plugin in the generate-sources phase as a
 * single-file Java program ({@code java -cp <compile classpath> src/build/KsyCompile.java ...}).
 *
 * <p>It finds every {@code .ksy} under the source directory (recursively, so shared specs in a
 * sub-folder are compiled too), runs the Kaitai Struct compiler ({@code io.kaitai.struct.JavaMain})
 * in a child JVM (ksc ends with {@code System.exit}, so it never runs inside Maven), and fails
 * when:
 * <ul>
 *   <li>ksc exits non-zero (ksc 0.11 exits 2 on any error, even if other files compiled);</li>
 *   <li>a .ksy's {@code meta/id} differs from its file name (ksc accepts that silently and names
 *       the class after the id);</li>
 *   <li>a .ksy did not produce its Java class (the guard against an error ksc reports with exit
 *       status 0).</li>
 * </ul>
 * The output directory is emptied first so a removed .ksy leaves no stale class behind.
 *
 * <p>Arguments: {@code <ksy dir> <output dir> <java package>}.
 */
public final class KsyCompile {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            fail("usage: KsyCompile <ksy dir> <output dir> <java package>");
        }
        Path ksyDir = Path.of(args[0]).toAbsolutePath().normalize();
        Path outDir = Path.of(args[1]).toAbsolutePath().normalize();
        String javaPackage = args[2];

        List<Path> specs;
        try (Stream<Path> files = Files.walk(ksyDir)) {
            specs = files.filter(p -> p.getFileName().toString().endsWith(".ksy")).sorted().toList();
        }
        if (specs.isEmpty()) {
            fail("no .ksy file under " + ksyDir);
        }
        List<String> problems = new ArrayList<>();
        for (Path spec : specs) {
            String expectedId = baseName(spec);
            Object id = metaId(spec);
            if (id != null && !expectedId.equals(id)) {
                problems.add(ksyDir.relativize(spec) + ": meta/id '" + id
                        + "' differs from the file name '" + expectedId + "'");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }

        deleteTree(outDir);
        Files.createDirectories(outDir);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.kaitai.struct.JavaMain");
        command.add("-t");
        command.add("java");
        command.add("--java-package");
        command.add(javaPackage);
        command.add("--outdir");
        command.add(outDir.toString());
        command.add("--import-path");
        command.add(ksyDir.toString());
        for (Path spec : specs) {
            command.add(spec.toString());
        }
        System.out.println("[ksc] compiling " + specs.size() + " .ksy file(s) from " + ksyDir);
        Process ksc = new ProcessBuilder(command).inheritIO().start();
        int status = ksc.waitFor();
        if (status != 0) {
            fail("kaitai-struct-compiler exited with status " + status + " (see its messages above)");
        }

        Path packageDir = outDir.resolve(javaPackage.replace('.', '/'));
        for (Path spec : specs) {
            Path javaFile = packageDir.resolve(className(baseName(spec)) + ".java");
            if (!Files.isRegularFile(javaFile)) {
                problems.add(ksyDir.relativize(spec) + ": ksc exited 0 but produced no " + outDir.relativize(javaFile));
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        System.out.println("[ksc] generated " + specs.size() + " parser(s) into " + packageDir);
    }

    /** meta/id read with ksc's own YAML library; null when unreadable (ksc then reports why). */
    private static Object metaId(Path spec) throws IOException {
        try {
            Object root = new Yaml().load(Files.readString(spec));
            if (root instanceof Map<?, ?> top && top.get("meta") instanceof Map<?, ?> meta) {
                return meta.get("id");
            }
        } catch (RuntimeException e) {
            // malformed YAML: let ksc say where
        }
        return null;
    }

    private static String baseName(Path spec) {
        String name = spec.getFileName().toString();
        return name.substring(0, name.length() - ".ksy".length());
    }

    /** ksc's Java class naming: snake_case id to UpperCamelCase. */
    private static String className(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.split("_")) {
            if (!part.isEmpty()) {
                sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
            }
        }
        return sb.toString();
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private static void fail(String message) {
        System.err.println("[ksc] ERROR: " + message);
        System.exit(1);
    }
}
