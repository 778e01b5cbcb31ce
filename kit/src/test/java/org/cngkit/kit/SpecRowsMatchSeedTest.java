package org.cngkit.kit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cngkit.kit.spec.SpecRows;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Re-derives the row list from the reference page itself (shared/spec/BCryptExportKey.seed.md, beside the
 * repository in CI) so that a row added to the page cannot be missing from features/spec-rows.tsv.
 */
class SpecRowsMatchSeedTest {
    private static final Pattern TABLE_ROW = Pattern.compile("^\\|\\s*\\*\\*([A-Z0-9_]+)\\*\\*\\s*\\|", Pattern.MULTILINE);
    private static final Pattern PARAM = Pattern.compile("^### -param (\\w+)", Pattern.MULTILINE);

    @Test
    void everyRowOfThePageIsListed() throws Exception {
        Path seed = Path.of(System.getProperty("cngkit.seed", "../../shared/spec/BCryptExportKey.seed.md"));
        Assumptions.assumeTrue(Files.isReadable(seed), "the reference page is not beside the repository: " + seed.toAbsolutePath());
        String page = Files.readString(seed);
        SpecRows rows = SpecRows.load();
        List<String> missing = new ArrayList<>();
        Matcher m = TABLE_ROW.matcher(page);
        int found = 0;
        while (m.find()) {
            found++;
            String name = m.group(1);
            String id = (name.startsWith("STATUS_") ? "status." : "blob.") + name;
            if (!rows.contains(id)) {
                missing.add(id);
            }
        }
        Matcher p = PARAM.matcher(page);
        while (p.find()) {
            found++;
            if (!rows.contains("param." + p.group(1))) {
                missing.add("param." + p.group(1));
            }
        }
        assertTrue(found >= 39, "the page parsed into only " + found + " rows; did its format change?");
        assertTrue(missing.isEmpty(), "rows of the page missing from spec-rows.tsv: " + missing);
    }
}
