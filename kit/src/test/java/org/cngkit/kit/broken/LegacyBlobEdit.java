package org.cngkit.kit.broken;

import java.util.Set;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** The base of the broken implementations that spoil the reference's LEGACY_* (CryptoAPI) blobs after export. */
abstract class LegacyBlobEdit extends ForwardingProvider {
    static final Set<String> LEGACY_TYPES = Set.of("CAPIPUBLICBLOB", "CAPIPRIVATEBLOB", "CAPIDSAPUBLICBLOB",
            "CAPIDSAPRIVATEBLOB", "V2CAPIDSAPRIVATEBLOB", "CAPIDHPUBLICBLOB", "CAPIDHPRIVATEBLOB");

    /** Whether this implementation spoils blobs of {@code pszBlobType}. */
    abstract boolean edits(String pszBlobType);

    /** Spoils the first {@code length} bytes of {@code blob}, a successful export. */
    abstract void edit(byte[] blob, int length);

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        NtStatus s = super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        if (s.isSuccess() && pbOutput != null && pcbResult != null && edits(pszBlobType)) {
            edit(pbOutput, pcbResult.get());
        }
        return s;
    }
}
