package org.cngkit.vectors;

/**
 * Provenance of a test group's key.
 *
 * @param name    {@code rfc3394}, {@code windows-observed} or {@code cngkit-vectorgen}
 * @param version version of the source (RFC date, evidence, generator version)
 * @param ref     the exact place: an RFC section, a test name, or the generator seed
 */
public record Source(String name, String version, String ref) {
}
