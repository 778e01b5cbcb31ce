package org.cngkit.kit.hostile;

import org.cngkit.kit.broken.ForwardingProvider;
import org.cngkit.spi.Claims;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.cngkit.spi.WindowsProfile;

/**
 * An implementation that attacks the run instead of the blob: the reference, claiming only AES-128 key data
 * blobs (so a run is short), that does something hostile in every export. None is registered on the test
 * classpath (one that exits would end the test JVM): {@code IsolationSelfTest} packs each into a jar of its own and
 * certifies it through the CLI, in a child JVM.
 */
abstract class Hostile extends ForwardingProvider {
    @Override
    public Claims claims() {
        return Claims.builder(WindowsProfile.WIN10)
                .algorithm("AES").keyBits(128).exports("KeyDataBlob").imports("KeyDataBlob").add()
                .build();
    }

    /** What it does instead of, or before, exporting. */
    abstract void misbehave();

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        misbehave();
        return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
    }
}
