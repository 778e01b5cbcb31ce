package org.cngkit.vectors;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import java.nio.BufferUnderflowException;
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
        KaitaiStream io = new ByteBufferKaitaiStream(blob);
        BcryptKeyDataBlob parsed;
        try {
            parsed = new BcryptKeyDataBlob(io);
        } catch (KaitaiStream.ValidationFailedError e) {
            mismatches.add(new BlobMismatch("structure", "a BCRYPT_KEY_DATA_BLOB", "parser error: " + e.getMessage()));
            return mismatches;
        } catch (BufferUnderflowException e) {
            mismatches.add(new BlobMismatch("structure", (12 + secret.length) + " bytes (12-byte header + "
                    + secret.length + "-byte secret)", blob.length + " bytes, too short for the lengths it declares"));
            return mismatches;
        }
        if (parsed.version() != 1) {
            mismatches.add(new BlobMismatch("version", "1", Long.toString(parsed.version())));
        }
        if (parsed.lenKeyData() != secret.length) {
            mismatches.add(new BlobMismatch("len_key_data", Integer.toString(secret.length), Long.toString(parsed.lenKeyData())));
        }
        BlobMismatch.ofKeyBytes("key_data", "key.secret", secret, parsed.keyData()).ifPresent(mismatches::add);
        if (!io.isEof()) {
            mismatches.add(new BlobMismatch("trailing", "no bytes after key_data", (io.size() - io.pos()) + " byte(s)"));
        }
        return mismatches;
    }
}
