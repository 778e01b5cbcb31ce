package org.cngkit.vectors;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One vector file, validated against its schema and linted.
 *
 * @param name          file name, e.g. {@code key_data_blob_test.json}
 * @param schema        schema file name the file declares
 * @param numberOfTests number of tests over all groups
 * @param notes         flag name to its meaning
 * @param testGroups    groups in file order
 */
public record VectorFile(String name, String schema, int numberOfTests, Map<String, Note> notes, List<TestGroup> testGroups) {
    public VectorFile {
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes));
        testGroups = List.copyOf(testGroups);
    }

    /** All tests of all groups, in file order. */
    public List<VectorTest> tests() {
        return testGroups.stream().flatMap(g -> g.tests().stream()).toList();
    }

    /**
     * The test with this tcId.
     *
     * @throws IllegalArgumentException if there is none
     */
    public VectorTest test(int tcId) {
        return tests().stream().filter(t -> t.tcId() == tcId).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name + " has no test with tcId " + tcId));
    }
}
