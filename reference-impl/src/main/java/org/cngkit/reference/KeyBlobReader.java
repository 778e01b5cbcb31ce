package org.cngkit.reference;

/** Turns one blob type into a key for one algorithm: the last step of {@link ImportProtocol}. */
@FunctionalInterface
interface KeyBlobReader {

    /**
     * The key the blob describes, or the status that says why it was refused.
     *
     * @param blob          exactly the {@code cbInput} bytes the caller passed (a private copy)
     * @param unwrappingKey the key behind {@code hImportKey}, or {@code null} when it is NULL; only
     *                      the key-wrap blob type ever receives a non-null one
     */
    Outcome<Key> read(byte[] blob, Key unwrappingKey);
}
