package org.cngkit.kit.layout;

/**
 * One field of a blob diff: where it is and what it holds in the expected and the provided blob (as report text,
 * already redacted), and whether they differ.
 *
 * @param field          the field's ksy id ({@code len_modulus}, {@code header.blob_type})
 * @param origId         its Microsoft name ({@code cbModulus}), or {@code null}
 * @param expectedOffset where it starts in the expected blob, or {@code null} when absent there
 * @param expected       its value in the expected blob, or {@code null} when absent there
 * @param providedOffset where it starts in the provided blob, or {@code null} when absent there
 * @param provided       its value in the provided blob, or {@code null} when absent there
 * @param differs        whether the field's bytes differ (or it is absent on one side)
 * @param secret         whether it may hold key material
 */
public record FieldRow(String field, String origId, Integer expectedOffset, String expected, Integer providedOffset,
                       String provided, boolean differs, boolean secret) {
}
