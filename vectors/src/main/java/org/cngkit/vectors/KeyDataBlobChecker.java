package org.cngkit.vectors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public List<BlobMismatch> check(byte[] blob, VectorKey key) {
        byte[] secret = key.material().component(KeyMaterial.SECRET);
        Mismatches m = new Mismatches();
        BcryptKeyDataBlob parsed = m.parse(blob, BcryptKeyDataBlob::new, "BCRYPT_KEY_DATA_BLOB",
                (12 + secret.length) + " bytes (12-byte header + " + secret.length + "-byte secret)");
        if (parsed == null) {
            return m.list();
        }
        m.header("version", 1, parsed.version());
        m.header("len_key_data", secret.length, parsed.lenKeyData());
        m.bytes("key_data", "secret", secret, parsed.keyData());
        m.noTrailingBytes("key_data");
        return m.list();
    }

    @Override
    public Optional<KeyMaterial> material(byte[] blob) {
        BcryptKeyDataBlob parsed = new Mismatches().parse(blob, BcryptKeyDataBlob::new, BLOB_TYPE);
        return parsed == null ? Optional.empty() : Optional.of(new KeyMaterial(Map.of(KeyMaterial.SECRET, parsed.keyData())));
    }
}
