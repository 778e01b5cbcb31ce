package org.cngkit.vectors;

/**
 * Meaning of a test flag, defined once in a vector file's {@code notes}.
 *
 * @param bugType     Wycheproof bug type ({@code BASIC}, {@code EDGE_CASE}, ...)
 * @param description what the flag says about a test
 * @param ref         where the behaviour is documented or observed
 */
public record Note(String bugType, String description, String ref) {
}
