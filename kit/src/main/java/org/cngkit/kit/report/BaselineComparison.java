package org.cngkit.kit.report;

import java.util.List;

/**
 * A run held against its baseline ({@code certify --baseline}), for the report page.
 *
 * @param file        the baseline file
 * @param rows        its waived scenarios with their reasons
 * @param differences every way the run differs from it (empty: the run matches)
 */
public record BaselineComparison(String file, List<Baseline.Row> rows, List<Baseline.Difference> differences) {
}
