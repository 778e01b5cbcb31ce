package org.cngkit.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads the scenarios of features/*.feature with their effective tags: feature tags and their own. A Scenario
 * Outline is read once per Examples block, with that block's tags added, as Cucumber tags each example (so an
 * outline covers the union of its blocks, and each block may carry its own profile tag).
 */
final class FeatureScan {

    record ScenarioTags(String location, Set<String> tags) {
        List<String> with(String prefix) {
            return tags.stream().filter(t -> t.startsWith(prefix)).map(t -> t.substring(prefix.length())).toList();
        }
    }

    static Path featuresDir() {
        return Path.of(System.getProperty("cngkit.features.dir", "../features"));
    }

    /** The classpath names ({@code features/x.feature}) of the feature files that carry {@code tag} anywhere. */
    static List<String> filesWithTag(String tag) {
        java.util.regex.Pattern word = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(tag) + "(?=\\s|$)",
                java.util.regex.Pattern.MULTILINE);
        try (Stream<Path> files = Files.list(featuresDir())) {
            List<String> names = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                if (word.matcher(Files.readString(f)).find()) {
                    names.add("features/" + f.getFileName());
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("no feature file carries " + tag);
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ScenarioTags> scan() {
        List<ScenarioTags> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(featuresDir())) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                scanFile(f, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void scanFile(Path file, List<ScenarioTags> out) throws IOException {
        List<String> lines = Files.readAllLines(file);
        Set<String> featureTags = new LinkedHashSet<>();
        Set<String> pending = new LinkedHashSet<>();
        Set<String> outlineTags = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String location = file.getFileName() + ":" + (i + 1);
            if (line.startsWith("@")) {
                for (String token : line.split("\\s+")) {
                    if (token.startsWith("#")) {
                        break;
                    }
                    pending.add(token);
                }
            } else if (line.startsWith("Feature:")) {
                featureTags.addAll(pending);
                pending.clear();
            } else if (line.startsWith("Scenario Outline:") || line.startsWith("Scenario Template:")) {
                outlineTags = new LinkedHashSet<>(featureTags);
                outlineTags.addAll(pending);
                pending.clear();
            } else if (line.startsWith("Scenario:") || line.startsWith("Example:")) {
                Set<String> tags = new LinkedHashSet<>(featureTags);
                tags.addAll(pending);
                out.add(new ScenarioTags(location, tags));
                outlineTags = null;
                pending.clear();
            } else if (line.startsWith("Examples:") || line.startsWith("Scenarios:")) {
                if (outlineTags != null) {
                    Set<String> tags = new LinkedHashSet<>(outlineTags);
                    tags.addAll(pending);
                    out.add(new ScenarioTags(location, tags));
                }
                pending.clear();
            } else if (line.startsWith("Rule:")) {
                outlineTags = null;
                pending.clear();
            }
        }
    }

    private FeatureScan() {
    }
}
