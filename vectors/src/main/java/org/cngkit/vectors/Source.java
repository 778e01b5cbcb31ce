package org.cngkit.vectors;

/**
 * Provenance of a test group's key.
 *
 * @param name    {@code rfc3394}, {@code windows-observed}, {@code cngkit-vectorgen}, or the upstream
 *                collection of a copied vector: {@code nist-acvp}, {@code wycheproof}, {@code rfc8554},
 *                {@code pqc-kat} (third-party known answers)
 * @param version version of the source (RFC date, evidence, generator version)
 * @param ref     the exact place: an RFC section, a test name, the generator seed, or the upstream file
 *                and the tcId in it
 */
public record Source(String name, String version, String ref) {
}
