package org.example.acme;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.cngkit.spi.WindowsProfile;

/**
 * A small third-party key store that emits CNG key blobs for AES keys: what an adopter of cngkit brings. It
 * claims only AES-128 and AES-256 with BCRYPT_KEY_DATA_BLOB, so cngkit reports everything else NOT_CLAIMED.
 */
public final class AcmeKeyStore implements CngProvider {
    private static final int KDBM = 0x4D42444B;
    private static final String KEY_DATA = "KeyDataBlob";

    private final AtomicLong nextHandle = new AtomicLong(0x7000);
    private final Map<Long, String> algorithms = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> keys = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "acme";
    }

    @Override
    public Claims claims() {
        return Claims.builder(WindowsProfile.WIN10)
                .algorithm("AES").keyBits(128, 256).exports(KEY_DATA).imports(KEY_DATA).add()
                .build();
    }

    @Override
    public NtStatus openAlgorithmProvider(HandleOut phAlgorithm, String pszAlgId, String pszImplementation, int dwFlags) {
        if (phAlgorithm == null || pszAlgId == null) {
            return NtStatus.INVALID_PARAMETER;
        }
        if (!pszAlgId.equals("AES")) {
            return NtStatus.NOT_FOUND;
        }
        long h = nextHandle.incrementAndGet();
        algorithms.put(h, pszAlgId);
        phAlgorithm.set(Handle.of(h));
        return NtStatus.SUCCESS;
    }

    @Override
    public NtStatus generateSymmetricKey(Handle hAlgorithm, HandleOut phKey, byte[] pbKeyObject, int cbKeyObject,
                                         byte[] pbSecret, int cbSecret, int dwFlags) {
        if (Handle.isNull(hAlgorithm) || !algorithms.containsKey(hAlgorithm.value())) {
            return NtStatus.INVALID_HANDLE;
        }
        if (phKey == null || pbSecret == null || cbSecret < 0 || cbSecret > pbSecret.length) {
            return NtStatus.INVALID_PARAMETER;
        }
        if (cbSecret != 16 && cbSecret != 24 && cbSecret != 32) {
            return NtStatus.INVALID_PARAMETER;
        }
        return newKey(java.util.Arrays.copyOf(pbSecret, cbSecret), phKey);
    }

    @Override
    public NtStatus importKey(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                              byte[] pbKeyObject, int cbKeyObject, byte[] pbInput, int cbInput, int dwFlags) {
        if (Handle.isNull(hAlgorithm) || !algorithms.containsKey(hAlgorithm.value())) {
            return NtStatus.INVALID_HANDLE;
        }
        if (pszBlobType == null || phKey == null || pbInput == null || cbInput < 12 || cbInput > pbInput.length) {
            return NtStatus.INVALID_PARAMETER;
        }
        if (!pszBlobType.equals(KEY_DATA)) {
            return NtStatus.NOT_SUPPORTED;
        }
        ByteBuffer in = ByteBuffer.wrap(pbInput, 0, cbInput).order(ByteOrder.LITTLE_ENDIAN);
        int magic = in.getInt();
        int version = in.getInt();
        int length = in.getInt();
        if (magic != KDBM || version != 1 || length != cbInput - 12 || (length != 16 && length != 24 && length != 32)) {
            return NtStatus.INVALID_PARAMETER;
        }
        byte[] secret = new byte[length];
        in.get(secret);
        return newKey(secret, phKey);
    }

    @Override
    public NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                              ULongOut pcbResult, int dwFlags) {
        byte[] secret = Handle.isNull(hKey) ? null : keys.get(hKey.value());
        if (secret == null) {
            return NtStatus.INVALID_HANDLE;
        }
        if (pszBlobType == null || pcbResult == null || dwFlags != 0 || !Handle.isNull(hExportKey)) {
            return NtStatus.INVALID_PARAMETER;
        }
        if (!pszBlobType.equals(KEY_DATA)) {
            return NtStatus.NOT_SUPPORTED;
        }
        int size = 12 + secret.length;
        pcbResult.set(size);
        if (pbOutput == null) {
            return NtStatus.SUCCESS;
        }
        if (Integer.compareUnsigned(cbOutput, size) < 0) {
            return NtStatus.BUFFER_TOO_SMALL;
        }
        if (pbOutput.length < size) {
            return NtStatus.INVALID_PARAMETER;
        }
        ByteBuffer.wrap(pbOutput, 0, size).order(ByteOrder.LITTLE_ENDIAN).putInt(KDBM).putInt(1).putInt(secret.length).put(secret);
        return NtStatus.SUCCESS;
    }

    @Override
    public NtStatus destroyKey(Handle hKey) {
        return !Handle.isNull(hKey) && keys.remove(hKey.value()) != null ? NtStatus.SUCCESS : NtStatus.INVALID_HANDLE;
    }

    @Override
    public NtStatus closeAlgorithmProvider(Handle hAlgorithm, int dwFlags) {
        return !Handle.isNull(hAlgorithm) && algorithms.remove(hAlgorithm.value()) != null ? NtStatus.SUCCESS : NtStatus.INVALID_HANDLE;
    }

    @Override
    public NtStatus setProperty(Handle hObject, String pszProperty, byte[] pbInput, int cbInput, int dwFlags) {
        return NtStatus.NOT_SUPPORTED;
    }

    @Override
    public NtStatus generateKeyPair(Handle hAlgorithm, HandleOut phKey, int dwLength, int dwFlags) {
        return NtStatus.NOT_SUPPORTED;
    }

    @Override
    public NtStatus finalizeKeyPair(Handle hKey, int dwFlags) {
        return NtStatus.NOT_SUPPORTED;
    }

    @Override
    public NtStatus importKeyPair(Handle hAlgorithm, Handle hImportKey, String pszBlobType, HandleOut phKey,
                                  byte[] pbInput, int cbInput, int dwFlags) {
        return NtStatus.NOT_SUPPORTED;
    }

    private NtStatus newKey(byte[] secret, HandleOut phKey) {
        long h = nextHandle.incrementAndGet();
        keys.put(h, secret);
        phKey.set(Handle.of(h));
        return NtStatus.SUCCESS;
    }
}
