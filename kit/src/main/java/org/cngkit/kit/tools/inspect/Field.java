package org.cngkit.kit.tools.inspect;

/**
 * One field of an inspected blob.
 *
 * @param offset byte offset in the blob
 * @param path   the field's .ksy id, prefixed by its parent's for a field of a nested type
 *               ({@code header.key_algorithm})
 * @param origId the name Microsoft's headers give it ({@code cbModulus}), or empty
 * @param size   bytes it takes
 * @param value  its value as text: a number, an enum name with its number, a string, or hex; for a redacted
 *               field only its size
 * @param secret whether it is private key material
 * @param shown  whether {@code value} holds the bytes (false for a redacted secret)
 */
public record Field(int offset, String path, String origId, int size, String value, boolean secret, boolean shown) {
}
