package org.cngkit.reference;

import java.util.Optional;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * The call protocol of {@code BCryptExportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput,
 * pcbResult, dwFlags)}, the one place every key family goes through. A family only supplies
 * {@link Key#blobWriter(String)}; the checks, their order and the buffer handling are here.
 *
 * <ol>
 *   <li>{@code hKey} NULL, unknown, destroyed or an algorithm handle: STATUS_INVALID_HANDLE (page).</li>
 *   <li>{@code pszBlobType} or {@code pcbResult} NULL: STATUS_INVALID_PARAMETER.</li>
 *   <li>{@code dwFlags} not 0: STATUS_INVALID_PARAMETER (reference choice; the page defines no flags).</li>
 *   <li>{@code hExportKey} not NULL with a blob type other than Rfc3565KeyWrapBlob:
 *       STATUS_INVALID_PARAMETER (reference choice; the page says to pass NULL).</li>
 *   <li>Blob type unknown, or not one this key's family writes: STATUS_NOT_SUPPORTED (page).</li>
 *   <li>Build the blob; a family may refuse here with its own status. A non-NULL
 *       {@code hExportKey} (key wrap only) that is not a live key handle is STATUS_INVALID_HANDLE.</li>
 *   <li>{@code pbOutput} NULL: {@code *pcbResult} = size, STATUS_SUCCESS (size query).</li>
 *   <li>{@code cbOutput} (unsigned) below the size: {@code *pcbResult} = size,
 *       STATUS_BUFFER_TOO_SMALL, nothing written to {@code pbOutput}.</li>
 *   <li>Otherwise exactly size bytes at {@code pbOutput[0, size)}, {@code *pcbResult} = size,
 *       STATUS_SUCCESS. If {@code cbOutput} claims more room than the array really has and the
 *       blob does not fit in the array: STATUS_INVALID_PARAMETER, nothing written.</li>
 * </ol>
 * Nothing is ever written at or past {@code cbOutput}, and {@code *pcbResult} is left alone on
 * every failure before step 7.
 */
final class ExportProtocol {
    private final HandleTable handles;

    ExportProtocol(HandleTable handles) {
        this.handles = handles;
    }

    NtStatus export(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                    ULongOut pcbResult, int dwFlags) {
        // 1. The key handle.
        Optional<Key> key = handles.find(hKey, Key.class);
        if (key.isEmpty()) {
            return NtStatus.INVALID_HANDLE;
        }
        // 2. Required pointers.
        if (pszBlobType == null || pcbResult == null) {
            return NtStatus.INVALID_PARAMETER;
        }
        // 3. Flags: none are defined.
        if (dwFlags != 0) {
            return NtStatus.INVALID_PARAMETER;
        }
        // 4. Only the key-wrap blob is exported under another key.
        boolean wrapped = BlobTypes.AES_WRAP_KEY.equals(pszBlobType);
        if (!Handle.isNull(hExportKey) && !wrapped) {
            return NtStatus.INVALID_PARAMETER;
        }
        // 5. The blob type, for this key's family.
        Optional<KeyBlobWriter> writer = key.get().blobWriter(pszBlobType);
        if (writer.isEmpty()) {
            return NtStatus.NOT_SUPPORTED;
        }
        // 6. Build it.
        Key wrappingKey = null;
        if (!Handle.isNull(hExportKey)) {
            Optional<Key> found = handles.find(hExportKey, Key.class);
            if (found.isEmpty()) {
                return NtStatus.INVALID_HANDLE;
            }
            wrappingKey = found.get();
        }
        Outcome<byte[]> built = writer.get().write(wrappingKey);
        if (built.isRefused()) {
            return built.failure();
        }
        byte[] blob = built.value();
        // 7. Size query.
        if (pbOutput == null) {
            pcbResult.set(blob.length);
            return NtStatus.SUCCESS;
        }
        // 8. Too small: report the size, touch nothing.
        if (Integer.toUnsignedLong(cbOutput) < blob.length) {
            pcbResult.set(blob.length);
            return NtStatus.BUFFER_TOO_SMALL;
        }
        // 9. Copy, unless cbOutput overstated the real buffer so much that the blob would not fit.
        if (pbOutput.length < blob.length) {
            return NtStatus.INVALID_PARAMETER;
        }
        System.arraycopy(blob, 0, pbOutput, 0, blob.length);
        pcbResult.set(blob.length);
        return NtStatus.SUCCESS;
    }
}
