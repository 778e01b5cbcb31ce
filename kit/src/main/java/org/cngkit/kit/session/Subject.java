package org.cngkit.kit.session;

/**
 * What a scenario examined, for the report's matrix: the algorithm of its key and the blob type it exported.
 * Either may be {@code "-"} when the scenario has none (a NULL key handle has no algorithm).
 */
public record Subject(String algorithm, String blobType) {
    public static final Subject NONE = new Subject("-", "-");
}
