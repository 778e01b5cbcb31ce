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
 * <p>With three more arguments it also compiles the walk classes: the same layouts in a second package, built
 * with ksc's {@code --debug} (no reading in the constructor, and every field's start and end offset remembered), so
 * a report can lay a blob out field by field and say where parsing stopped in a blob that does not parse. The same
 * ksc run writes Kaitai's Graphviz description of every layout ({@code graphviz/<id>.dot}, the source of the
 * diagrams in {@code diagrams/}), and this step writes the field table {@code fields.tsv} beside the walk classes:
 * one line per sequence field of every type, with its Microsoft name ({@code -orig-id}) and whether it holds key
 * material ({@code -private: true} in the .ksy, the one place that says so).
 *
 * <p>Arguments: {@code <ksy dir> <output dir> <java package> [<walk output dir> <walk package> <resource dir>]}.
 */
public final class KsyCompile {
    public static void main(String[] args) throws Exception {
        if (args.length != 3 && args.length != 6) {
            fail("usage: KsyCompile <ksy dir> <output dir> <java package> [<walk output dir> <walk package> <resource dir>]");
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

        compile(specs, ksyDir, outDir, javaPackage, List.of("-t", "java"), outDir.resolve(javaPackage.replace('.', '/')));
        if (args.length == 6) {
            Path walkDir = Path.of(args[3]).toAbsolutePath().normalize();
            String walkPackage = args[4];
            Path resources = Path.of(args[5]).toAbsolutePath().normalize();
            compile(specs, ksyDir, walkDir, walkPackage, List.of("-t", "java", "-t", "graphviz", "--debug"),
                    walkDir.resolve("java/src").resolve(walkPackage.replace('.', '/')));
            Path table = resources.resolve(walkPackage.replace('.', '/')).resolve("fields.tsv");
            deleteTree(resources);
            Files.createDirectories(table.getParent());
            List<String> lines = new ArrayList<>();
            lines.add("# class\tfield\tksy id\torig-id\tprivate   (written by KsyCompile from the .ksy files)");
            for (Path spec : specs) {
                fieldRows(className(baseName(spec)), (Map<?, ?>) new Yaml().load(Files.readString(spec)), lines);
            }
            Files.write(table, lines);
            System.out.println("[ksc] walk classes, Graphviz diagrams and " + table.getFileName() + " into " + walkDir);
        }
    }

    /** The sequence fields of a type and of its nested types, one tab-separated line each. */
    private static void fieldRows(String className, Map<?, ?> type, List<String> lines) {
        if (type.get("seq") instanceof List<?> seq) {
            for (Object o : seq) {
                Map<?, ?> attr = (Map<?, ?>) o;
                String id = String.valueOf(attr.get("id"));
                Object orig = attr.get("-orig-id");
                Object secret = attr.get("-private");
                if (secret != null && !Boolean.TRUE.equals(secret)) {
                    fail(className + "." + id + ": -private must be true (or absent), not " + secret);
                }
                lines.add(className + "\t" + lowerCamel(id) + "\t" + id + "\t" + (orig == null ? "" : orig) + "\t"
                        + Boolean.TRUE.equals(secret));
            }
        }
        if (type.get("types") instanceof Map<?, ?> types) {
            for (Map.Entry<?, ?> t : types.entrySet()) {
                fieldRows(className + "$" + className(String.valueOf(t.getKey())), (Map<?, ?>) t.getValue(), lines);
            }
        }
    }

    private static String lowerCamel(String id) {
        String upper = className(id);
        return upper.substring(0, 1).toLowerCase(Locale.ROOT) + upper.substring(1);
    }

    private static void compile(List<Path> specs, Path ksyDir, Path outDir, String javaPackage, List<String> targets,
                                Path packageDir) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        deleteTree(outDir);
        Files.createDirectories(outDir);

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.kaitai.struct.JavaMain");
        command.addAll(targets);
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
