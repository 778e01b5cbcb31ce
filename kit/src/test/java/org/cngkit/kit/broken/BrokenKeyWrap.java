package org.cngkit.kit.broken;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/**
 * A broken implementation that gets only BCRYPT_AES_WRAP_KEY_BLOB wrong: every other call is the reference's; for the
 * key-wrap blob type the call is checked by {@link #check} (the reference's checks, unless a subclass ignores them),
 * the blob is made by {@link #wrap} and handed out with the usual size query / too small / copy rules.
 */
abstract class BrokenKeyWrap extends ForwardingProvider {
    static final String KEY_WRAP = "Rfc3565KeyWrapBlob";
    /** RFC 3394 section 2.2.3.1. */
    static final byte[] DEFAULT_IV = {(byte) 0xA6, (byte) 0xA6, (byte) 0xA6, (byte) 0xA6,
            (byte) 0xA6, (byte) 0xA6, (byte) 0xA6, (byte) 0xA6};

    /** The (wrong) blob for {@code hKey} under {@code hExportKey}, once {@link #check} accepted the call. */
    abstract byte[] wrap(Handle hKey, Handle hExportKey);

    /** Whether the call may go on: the reference's answer to the same call as a size query. */
    NtStatus check(Handle hKey, Handle hExportKey, ULongOut pcbResult, int dwFlags) {
        return super.exportKey(hKey, hExportKey, KEY_WRAP, null, 0, pcbResult, dwFlags);
    }

    @Override
    public final NtStatus exportKey(Handle hKey, Handle hExportKey, String pszBlobType, byte[] pbOutput, int cbOutput,
                                    ULongOut pcbResult, int dwFlags) {
        if (!KEY_WRAP.equals(pszBlobType)) {
            return super.exportKey(hKey, hExportKey, pszBlobType, pbOutput, cbOutput, pcbResult, dwFlags);
        }
        NtStatus checked = check(hKey, hExportKey, pcbResult, dwFlags);
        if (!checked.isSuccess()) {
            return checked;
        }
        byte[] blob = wrap(hKey, hExportKey);
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

    /** The secret of a symmetric key (its KeyDataBlob without the 12-byte header), or {@code null} for a bad handle. */
    byte[] secretOf(Handle key) {
        byte[] keyData = referenceBlob(key, "KeyDataBlob");
        return keyData == null ? null : Arrays.copyOfRange(keyData, 12, keyData.length);
    }

    /** RFC 3394 key wrap through the JDK, with the initial value {@code iv}. */
    static byte[] keyWrap(byte[] kek, byte[] key, byte[] iv) {
        try {
            Cipher kw = Cipher.getInstance("AES/KW/NoPadding");
            kw.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new IvParameterSpec(iv));
            return kw.doFinal(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the JDK refused the wrap: " + e.getMessage(), e);
        }
    }
}
