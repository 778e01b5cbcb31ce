package org.cngkit.kit.layout;

/**
 * One field of a blob as a layout reads it.
 *
 * @param path    the field's ksy id, with the ids of enclosing types ({@code header.blob_type}, {@code seed.counter})
 * @param origId  the Microsoft name from the .ksy's {@code -orig-id}, or {@code null}
 * @param offset  where the field starts in the blob
 * @param raw     the field's bytes as read (up to the blob's end, when the blob ended inside it)
 * @param value   the value the parser made of them ({@code null} when it made none, e.g. a magic outside the enum)
 * @param secret  whether the field may hold key material ({@code -private: true}, or bytes the layout does not cover
 *                in a blob type that carries secrets)
 */
record LaidField(String path, String origId, int offset, byte[] raw, Object value, boolean secret) {
}
