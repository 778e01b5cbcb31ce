package org.cngkit.reference;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of every import path of the reference with Jazzer, judged by
 * {@link ImportExportProperty}. The input's first byte chooses the path ({@link ImportPath#all}), the rest is the
 * blob.
 *
 * <p>In {@code mvn verify} this is the bounded regression pass: it replays the inputs under
 * {@code src/test/resources/org/cngkit/reference/ImportFuzzTestInputs/everyImportPath/} (the vector seeds
 * {@link VectorSeedCorpusTest} keeps in step with {@code vectors/}, and every input that once broke the property,
 * kept as a regression seed). The long pass fuzzes for {@code maxDuration} from those seeds:
 * <pre>
 * JAZZER_FUZZ=1 nice -n 10 mvn -B -o -pl reference-impl -am test -Dtest=ImportFuzzTest -Dsurefire.failIfNoSpecifiedTests=false -DargLine=-Xmx1g
 * </pre>
 * A finding is written to {@code reference-impl/src/test/resources/.../everyImportPath/} as {@code crash-*}: fix
 * the reference and commit the file as a regression seed.
 */
// Tagged slow: it replays the whole fuzz corpus through every import reader. `mvn verify` leaves it out; CI runs it (.ci/run, -Dgroups=slow).
@org.junit.jupiter.api.Tag("slow")
class ImportFuzzTest {
    private static final ImportExportProperty PROPERTY = new ImportExportProperty();

    @FuzzTest(maxDuration = "31m")
    void everyImportPath(byte[] input) {
        PROPERTY.check(input);
    }
}
