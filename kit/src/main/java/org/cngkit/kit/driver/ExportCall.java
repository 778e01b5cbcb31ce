package org.cngkit.kit.driver;

import org.cngkit.spi.Handle;

/**
 * The arguments of one {@code BCryptExportKey} call, each of which may be NULL.
 *
 * @param key            hKey
 * @param exportKey      hExportKey
 * @param blobType       pszBlobType; {@code null} is a NULL pointer
 * @param output         pbOutput and cbOutput
 * @param pcbResultNull  pass a NULL pcbResult
 * @param flags          dwFlags
 */
public record ExportCall(Handle key, Handle exportKey, String blobType, OutputBuffer output, boolean pcbResultNull, int flags) {

    public static ExportCall of(Handle key, String blobType, OutputBuffer output) {
        return new ExportCall(key, Handle.NULL, blobType, output, false, 0);
    }

    public ExportCall withExportKey(Handle handle) {
        return new ExportCall(key, handle, blobType, output, pcbResultNull, flags);
    }

    public ExportCall withNullPcbResult() {
        return new ExportCall(key, exportKey, blobType, output, true, flags);
    }

    public ExportCall withFlags(int dwFlags) {
        return new ExportCall(key, exportKey, blobType, output, pcbResultNull, dwFlags);
    }
}
