package org.cngkit.reference;

import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.Wrapper;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RFC3394WrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.cngkit.spi.NtStatus;

/**
 * {@code BCRYPT_AES_WRAP_KEY_BLOB} ({@code "Rfc3565KeyWrapBlob"}): the key wrapped with the AES key wrap of
 * RFC 3394 under the AES key-encryption key behind {@code hExportKey} (export) or {@code hImportKey} (import), with
 * the default initial value {@code A6A6A6A6A6A6A6A6} (RFC 3394 section 2.2.3.1). There is no header: the blob is
 * the wrapped key only, 8 bytes longer than the key (blob-layouts-digest section 4.1; Windows was seen to wrap
 * 32 x 0x22 under 16 x 0x11 into exactly the RFC 3394 result).
 *
 * <h2>Refusals (the page documents no status for any of them)</h2>
 * <ul>
 *   <li>No key-encryption key, or one that is not an AES key (the page: with the Microsoft provider
 *       {@code hExportKey} must be an AES key): STATUS_INVALID_PARAMETER.</li>
 *   <li>A key to wrap that is not a whole number of 8-byte semiblocks (the page requires a multiple of 8
 *       bytes) or is a single semiblock (NIST SP 800-38F defines KW for two semiblocks or more; Windows'
 *       behaviour is unconfirmed): STATUS_INVALID_PARAMETER. An algorithm none of whose keys can be wrapped
 *       (DES, always 8 bytes) does not offer the blob type at all: STATUS_NOT_SUPPORTED, see
 *       {@link SymmetricAlgorithm#wrapsKeys()}.</li>
 *   <li>An unwrap input that is not a whole number of semiblocks or shorter than three (24 bytes):
 *       STATUS_INVALID_PARAMETER.</li>
 *   <li>An unwrap whose integrity check fails (another KEK, another initial value, changed bytes):
 *       STATUS_AUTH_TAG_MISMATCH, CNG's status for an authentication value that does not match, so that a
 *       caller can tell a wrong key from a malformed call.</li>
 * </ul>
 */
final class AesKeyWrapBlob {
    static final int SEMIBLOCK = 8;

    private AesKeyWrapBlob() {
    }

    /** Whether a key of {@code length} bytes can be wrapped: two or more whole semiblocks. */
    static boolean canWrap(int length) {
        return length >= 2 * SEMIBLOCK && length % SEMIBLOCK == 0;
    }

    /** {@code keyData} wrapped under {@code wrappingKey}, or the refusal. */
    static Outcome<byte[]> write(Key wrappingKey, byte[] keyData) {
        return keyEncryptionKey(wrappingKey).then(kek -> {
            if (!canWrap(keyData.length)) {
                return Outcome.refused(NtStatus.INVALID_PARAMETER);
            }
            Wrapper wrap = engine(kek, true);
            return Outcome.of(wrap.wrap(keyData, 0, keyData.length));
        });
    }

    /** The key bytes inside {@code blob}, unwrapped under {@code unwrappingKey}, or the refusal. */
    static Outcome<byte[]> read(byte[] blob, Key unwrappingKey) {
        return keyEncryptionKey(unwrappingKey).then(kek -> {
            if (!canWrap(blob.length - SEMIBLOCK)) {
                return Outcome.refused(NtStatus.INVALID_PARAMETER);
            }
            try {
                return Outcome.of(engine(kek, false).unwrap(blob, 0, blob.length));
            } catch (InvalidCipherTextException integrityCheckFailed) {
                return Outcome.refused(NtStatus.AUTH_TAG_MISMATCH);
            }
        });
    }

    private static Outcome<SymmetricKey> keyEncryptionKey(Key key) {
        if (key instanceof SymmetricKey kek && kek.algorithm() == SymmetricAlgorithm.AES) {
            return Outcome.of(kek);
        }
        return Outcome.refused(NtStatus.INVALID_PARAMETER);
    }

    private static Wrapper engine(SymmetricKey kek, boolean forWrapping) {
        Wrapper wrapper = new RFC3394WrapEngine(AESEngine.newInstance());
        wrapper.init(forWrapping, new KeyParameter(kek.secret()));
        return wrapper;
    }
}
