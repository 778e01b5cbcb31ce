package org.cngkit.kit.broken;

import java.util.Set;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * Base of the broken implementations that get a post-quantum blob wrong: an ordinary export of such a blob type
 * (no flags, no export key, a pcbResult) is answered with {@link #rewrite} of what the reference exports, with the
 * size query and buffer rules applied to the rewritten blob. Everything else goes to the reference unchanged.
 */
abstract class RewritesPqBlobs extends ForwardingProvider {
    static final Set<String> PQ_BLOB_TYPES = Set.of("MLKEMPUBLICBLOB", "MLKEMPRIVATEBLOB", "MLKEMPRIVATESEEDBLOB",
            "PQDSAPUBLICBLOB", "PQDSAPRIVATEBLOB", "PQDSAPRIVATESEEDBLOB");

    /** The blob this implementation exports instead, or {@code null} to answer as the reference does. */
    abstract byte[] rewrite(Handle hKey, String blobType);

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        byte[] blob = PQ_BLOB_TYPES.contains(pszBlobType) && Handle.isNull(hExportKey) && dwFlags == 0 && pcbResult != null
                ? rewrite(hKey, pszBlobType) : null;
        if (blob == null) {
            return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        }
        pcbResult.set(blob.length);
        if (pbOutput == null) {
            return NtStatus.SUCCESS;
        }
        if (Integer.toUnsignedLong(cbOutput) < blob.length) {
            return NtStatus.BUFFER_TOO_SMALL;
        }
        System.arraycopy(blob, 0, pbOutput, 0, blob.length);
        return NtStatus.SUCCESS;
    }
}
