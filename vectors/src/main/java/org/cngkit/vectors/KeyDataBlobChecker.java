package org.cngkit.vectors;

import java.util.ArrayList;
import java.util.List;
import org.cngkit.formats.BcryptKeyDataBlob;

/**
 * {@code BCRYPT_KEY_DATA_BLOB}: BCRYPT_KEY_DATA_BLOB_HEADER (magic "KDBM", version 1,
 * cbKeyData) followed by the secret (blob-layouts digest 2.1). The magic is checked by the
 * parser ({@code contents}); version, length, key bytes and the absence of trailing bytes here.
 */
final class KeyDataBlobChecker implements BlobChecker {
    static final String BLOB_TYPE = "BCRYPT_KEY_DATA_BLOB";

    @Override
    public String blobType() {
        return BLOB_TYPE;
    }

    @Override
    public List<BlobMismatch> check(byte[] blob, KeyMaterial key) {
        byte[] secret = key.component(KeyMaterial.SECRET);
        List<BlobMismatch> mismatches = new ArrayList<>();
        ParsedBlob<BcryptKeyDataBlob> parsedBlob = ParsedBlob.parse(blob, BcryptKeyDataBlob::new, "a BCRYPT_KEY_DATA_BLOB",
                (12 + secret.length) + " bytes (12-byte header + " + secret.length + "-byte secret)");
        if (parsedBlob.failed()) {
            mismatches.add(parsedBlob.failure());
            return mismatches;
        }
        BcryptKeyDataBlob parsed = parsedBlob.value();
        if (parsed.version() != 1) {
            mismatches.add(new BlobMismatch("version", "1", Long.toString(parsed.version())));
        }
        if (parsed.lenKeyData() != secret.length) {
            mismatches.add(new BlobMismatch("len_key_data", Integer.toString(secret.length), Long.toString(parsed.lenKeyData())));
        }
        BlobMismatch.ofKeyBytes("key_data", "key.secret", secret, parsed.keyData()).ifPresent(mismatches::add);
        parsedBlob.trailing("key_data").ifPresent(mismatches::add);
        return mismatches;
    }
}
