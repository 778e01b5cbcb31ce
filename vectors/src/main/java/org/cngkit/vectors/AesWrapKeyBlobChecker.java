package org.cngkit.vectors;

import java.util.List;
import java.util.Optional;

/**
 * {@code BCRYPT_AES_WRAP_KEY_BLOB} ({@code Rfc3565KeyWrapBlob}): the RFC 3394 wrap of the key under the AES
 * key-encryption key {@code hExportKey}, with no header, 8 bytes longer than the key (blob-layouts digest 4.1).
 *
 * <p>There is no layout to parse, so there is no .ksy: this checker unwraps the blob with {@code key.kek} using
 * the JDK ({@link AesKeyWrap}, independent of the Bouncy Castle code of the reference implementation) and
 * compares the result with {@code key.secret}. A blob that does not unwrap (another KEK, another initial value,
 * a header in front, damaged bytes) is reported as {@code integrity}; one that unwraps to other bytes as
 * {@code key_data}. Messages never show key bytes.
 */
final class AesWrapKeyBlobChecker implements BlobChecker {
    static final String BLOB_TYPE = "BCRYPT_AES_WRAP_KEY_BLOB";
    private static final int INTEGRITY_VALUE_LENGTH = 8;

    @Override
    public String blobType() {
        return BLOB_TYPE;
    }

    @Override
    public List<BlobMismatch> check(byte[] blob, VectorKey key) {
        byte[] kek = key.material().component(KeyMaterial.KEK);
        byte[] secret = key.material().component(KeyMaterial.SECRET);
        Mismatches m = new Mismatches();
        int expectedLength = secret.length + INTEGRITY_VALUE_LENGTH;
        if (blob.length != expectedLength) {
            m.add("len_wrapped_key", expectedLength + " bytes (the " + secret.length + "-byte key.secret + 8)",
                    blob.length + " bytes");
        }
        Optional<byte[]> unwrapped = AesKeyWrap.unwrap(kek, blob);
        if (unwrapped.isEmpty()) {
            m.add("integrity", "an RFC 3394 wrap under the " + kek.length
                    + "-byte key.kek with the default initial value A6A6A6A6A6A6A6A6",
                    "a blob that does not unwrap so (another key-encryption key, another initial value, bytes added or changed)");
            return m.list();
        }
        m.bytes("key_data", KeyMaterial.SECRET, secret, unwrapped.get());
        return m.list();
    }
}
