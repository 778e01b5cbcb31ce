package org.cngkit.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.cngkit.kit.spec.ProfileTags;
import org.cngkit.kit.spec.SpecRow;
import org.cngkit.kit.spec.SpecRows;
import org.junit.jupiter.api.Test;

/**
 * The build's coverage gate: every requirement row of a landed issue has a scenario, every scenario traces to a
 * known row and says how binding it is and where its rule comes from.
 */
class CoverageCheckTest {
    private static final Set<String> SOURCES = Set.of("doc", "windows-observed", "doc-silent");
    private static final Set<String> KINDS = Set.of("blob", "status", "param", "remark");

    private final SpecRows rows = SpecRows.load();
    private final List<FeatureScan.ScenarioTags> scenarios = FeatureScan.scan();

    @Test
    void everyDueRowHasAScenario() {
        Set<String> covered = scenarios.stream().flatMap(s -> s.with("@row:").stream()).collect(Collectors.toSet());
        List<String> missing = rows.due().stream().map(SpecRow::id).filter(id -> !covered.contains(id)).toList();
        assertTrue(missing.isEmpty(), "rows of landed issues " + rows.landed() + " without a scenario: " + missing);
    }

    @Test
    void everyScenarioTracesToKnownRows() {
        List<String> problems = new ArrayList<>();
        for (FeatureScan.ScenarioTags s : scenarios) {
            List<String> ids = s.with("@row:");
            if (ids.isEmpty()) {
                problems.add(s.location() + ": no @row: tag");
            }
            ids.stream().filter(id -> !rows.contains(id)).forEach(id -> problems.add(s.location() + ": unknown row " + id));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyScenarioStatesItsLevelAndSource() {
        List<String> problems = new ArrayList<>();
        for (FeatureScan.ScenarioTags s : scenarios) {
            boolean must = s.tags().contains("@must");
            boolean should = s.tags().contains("@should");
            if (must == should) {
                problems.add(s.location() + ": needs exactly one of @must, @should");
            }
            List<String> sources = s.with("@source:");
            if (sources.size() != 1 || !SOURCES.contains(sources.get(0))) {
                problems.add(s.location() + ": needs exactly one @source: of " + SOURCES + ", has " + sources);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void profileTagsNameKnownProfiles() {
        List<String> problems = new ArrayList<>();
        for (FeatureScan.ScenarioTags s : scenarios) {
            try {
                ProfileTags.of(s.tags());
            } catch (IllegalArgumentException e) {
                problems.add(s.location() + ": " + e.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void rowsAreWellFormed() {
        assertFalse(rows.rows().isEmpty());
        assertFalse(rows.landed().isEmpty(), "spec-rows.tsv names no landed issue");
        for (SpecRow r : rows.rows()) {
            assertTrue(KINDS.contains(r.kind()), r.id() + ": kind " + r.kind());
            assertTrue(r.id().startsWith(r.kind() + "."), r.id() + " should start with its kind");
            assertTrue(r.planned().matches("#\\d+") || r.untestable(), r.id() + ": planned " + r.planned());
        }
        assertEquals(rows.rows().size(), rows.rows().stream().map(SpecRow::id).distinct().count(), "duplicate row ids");
    }

    @Test
    void featuresAreReadable() throws Exception {
        assertTrue(Files.isDirectory(FeatureScan.featuresDir()));
        assertTrue(scenarios.size() >= 20, "too few scenarios found: " + scenarios.size());
    }
}
