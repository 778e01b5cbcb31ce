package org.cngkit.kit.spec;

/**
 * One requirement of the BCryptExportKey page: a row of one of its tables, a parameter clause or a remark.
 *
 * @param id      stable id that {@code @row:} tags refer to
 * @param kind    blob, status, param or remark
 * @param planned the issue that brings its scenarios ({@code #3}), or {@code untestable: reason}
 * @param summary what it requires, in the project's words
 */
public record SpecRow(String id, String kind, String planned, String summary) {

    public boolean untestable() {
        return planned.startsWith("untestable");
    }
}
