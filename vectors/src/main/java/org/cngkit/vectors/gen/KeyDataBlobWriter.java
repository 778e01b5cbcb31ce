package org.cngkit.vectors.gen;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes a BCRYPT_KEY_DATA_BLOB from a secret: magic 0x4d42444b ("KDBM" in memory), version 1
 * and cbKeyData as little-endian u4, then the secret (blob-layouts digest 2.1). The generator's
 * writer; the vectors are checked against the independent Kaitai parser.
 */
final class KeyDataBlobWriter {
    static final int MAGIC = 0x4d42444b;
    static final int VERSION1 = 1;
    static final int HEADER_SIZE = 12;

    private KeyDataBlobWriter() {
    }

    static byte[] write(byte[] secret) {
        return ByteBuffer.allocate(HEADER_SIZE + secret.length).order(ByteOrder.LITTLE_ENDIAN)
                .putInt(MAGIC).putInt(VERSION1).putInt(secret.length).put(secret).array();
    }
}
