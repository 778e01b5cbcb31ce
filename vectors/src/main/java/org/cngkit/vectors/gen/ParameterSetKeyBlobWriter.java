package org.cngkit.vectors.gen;

import java.nio.charset.StandardCharsets;

/**
 * Writes the generator's expected post-quantum blobs (BCRYPT_MLKEM_KEY_BLOB / BCRYPT_PQDSA_KEY_BLOB, digest 2.7 and
 * 2.8): the magic as its four bytes in memory, cbParameterSet and cbKey as little-endian u4, the parameter set in
 * UTF-16LE followed by a two-byte NUL (counted in cbParameterSet), then the key bytes as the upstream vector
 * gives them. The vectors are checked against the independent Kaitai parser.
 */
final class ParameterSetKeyBlobWriter {
    private ParameterSetKeyBlobWriter() {
    }

    /**
     * @param magic        the magic as it reads in memory, e.g. {@code "MLKP"}
     * @param parameterSet the set's name without NUL, e.g. {@code "512"}
     * @param key          the key bytes
     */
    static byte[] write(String magic, String parameterSet, byte[] key) {
        byte[] magicBytes = magic.getBytes(StandardCharsets.US_ASCII);
        if (magicBytes.length != 4) {
            throw new IllegalArgumentException("a magic is 4 characters: " + magic);
        }
        byte[] name = (parameterSet + '\0').getBytes(StandardCharsets.UTF_16LE);
        return new BlobBuilder().bytes(magicBytes).u32(name.length).u32(key.length).bytes(name).bytes(key).build();
    }
}
