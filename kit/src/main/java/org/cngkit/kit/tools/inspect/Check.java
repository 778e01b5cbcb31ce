package org.cngkit.kit.tools.inspect;

/**
 * One consistency check run on an inspected blob.
 *
 * @param name   what was checked
 * @param passed whether the blob passed it
 * @param detail why it failed (names fields and components, never their bytes); empty when it passed
 */
public record Check(String name, boolean passed, String detail) {
}
