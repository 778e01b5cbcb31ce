package org.cngkit.reference;

/** Builds one blob type for one key: step 6 of {@link ExportProtocol}. */
@FunctionalInterface
interface KeyBlobWriter {

    /**
     * The complete blob, or the status that says why this key cannot be exported in this form
     * (for example a private blob asked of a public-only key).
     *
     * @param wrappingKey the key behind {@code hExportKey}, or {@code null} when it is NULL; only the
     *                    key-wrap blob type ever receives a non-null one
     */
    Outcome<byte[]> write(Key wrappingKey);
}
