package org.cngkit.kit.broken;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;

/**
 * Exports a "seed" from a key imported from its expanded private key, where the page requires
 * STATUS_NOT_SUPPORTED: it makes one up from the first bytes of the private key under the seed magic.
 */
public final class SeedAfterExpandedImport extends RewritesPqBlobs {
    /** Private blob type, seed magic, seed length. */
    private static final Map<String, Object[]> SEED_OF = Map.of(
            "MLKEMPRIVATESEEDBLOB", new Object[] {"MLKEMPRIVATEBLOB", 0x534B4C4D, 64},
            "PQDSAPRIVATESEEDBLOB", new Object[] {"PQDSAPRIVATEBLOB", 0x53535344, 32});

    private final Set<Handle> expandedImports = ConcurrentHashMap.newKeySet();

    @Override
    public String name() {
        return "broken-seed-after-expanded-import";
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        NtStatus s = super.importKeyPair(hAlgorithm, hImportKey, pszBlobType, phKey, pbInput, cbInput, dwFlags);
        if (s.isSuccess() && ("MLKEMPRIVATEBLOB".equals(pszBlobType) || "PQDSAPRIVATEBLOB".equals(pszBlobType))) {
            expandedImports.add(phKey.get());
        }
        return s;
    }

    @Override
    byte[] rewrite(Handle hKey, String blobType) {
        Object[] seed = SEED_OF.get(blobType);
        if (seed == null || !expandedImports.contains(hKey)) {
            return null;
        }
        byte[] privateBlob = referenceBlob(hKey, (String) seed[0]);
        int keyOffset = 12 + u32(privateBlob, 4);
        byte[] out = Arrays.copyOf(privateBlob, keyOffset + (int) seed[2]);
        setU32(out, 0, (int) seed[1]);
        setU32(out, 8, (int) seed[2]);
        return out;
    }
}
