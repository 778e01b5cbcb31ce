package org.cngkit.kit.driver;

/**
 * A buffer of an earlier call that changed after the call had returned.
 *
 * @param call     the call the buffer belonged to, as the kit names it ({@code BCryptExportKey(RSAPUBLICBLOB)})
 * @param blobType the {@code pszBlobType} of that call, or {@code null} for a call without one
 * @param detail   what changed: the parameter and the offsets, never the bytes
 */
public record LateWrite(String call, String blobType, String detail) {
}
