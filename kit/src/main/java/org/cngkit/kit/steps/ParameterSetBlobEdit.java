package org.cngkit.kit.steps;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.cngkit.formats.BcryptParameterSetKeyBlob;
import org.cngkit.formats.BlobStream;

/**
 * Damaged copies of a well-formed post-quantum key blob (BCRYPT_MLKEM_KEY_BLOB / BCRYPT_PQDSA_KEY_BLOB), for
 * scenarios that check how an import refuses them. The blob is located with the kit's Kaitai parser and changed
 * in place; each edit breaks exactly one rule of the layout and keeps every other field consistent.
 */
final class ParameterSetBlobEdit {
    private static final int HEADER = 12;

    private final byte[] blob;
    private final BcryptParameterSetKeyBlob parsed;

    ParameterSetBlobEdit(byte[] blob) {
        this.blob = blob.clone();
        this.parsed = new BcryptParameterSetKeyBlob(BlobStream.of(this.blob));
    }

    private int lenParameterSet() {
        return (int) parsed.lenParameterSet();
    }

    /** The same blob naming {@code other}, a set of the same UTF-16 length, in place of its own. */
    byte[] withParameterSet(String other) {
        byte[] name = other.getBytes(StandardCharsets.UTF_16LE);
        if (name.length != lenParameterSet() - 2) {
            throw new IllegalArgumentException("'" + other + "' is not as long as '" + parsed.set() + "'");
        }
        byte[] out = blob.clone();
        System.arraycopy(name, 0, out, HEADER, name.length);
        return out;
    }

    /** The parameter-set name the blob carries, without its NUL. */
    String parameterSet() {
        return parsed.set();
    }

    /** The same key behind another name of any length, cbParameterSet set to match: a consistent blob of another set. */
    byte[] renamedTo(String other) {
        byte[] name = (other + "\0").getBytes(StandardCharsets.UTF_16LE);
        int keyAt = HEADER + lenParameterSet();
        byte[] out = new byte[HEADER + name.length + blob.length - keyAt];
        System.arraycopy(blob, 0, out, 0, HEADER);
        System.arraycopy(name, 0, out, HEADER, name.length);
        System.arraycopy(blob, keyAt, out, HEADER + name.length, blob.length - keyAt);
        return setU32(out, 4, name.length);
    }

    /** The name without its two-byte NUL, cbParameterSet two smaller to match. */
    byte[] withoutNul() {
        int nulAt = HEADER + lenParameterSet() - 2;
        byte[] out = new byte[blob.length - 2];
        System.arraycopy(blob, 0, out, 0, nulAt);
        System.arraycopy(blob, nulAt + 2, out, nulAt, blob.length - nulAt - 2);
        return setU32(out, 4, lenParameterSet() - 2);
    }

    /** cbParameterSet holding the number of UTF-16 units with the NUL instead of the number of bytes. */
    byte[] withCbParameterSetInCharacters() {
        return setU32(blob.clone(), 4, lenParameterSet() / 2);
    }

    /** The last key byte removed and cbKey one smaller: a consistent blob whose cbKey does not fit its set. */
    byte[] withKeyOneByteShorter() {
        return setU32(Arrays.copyOf(blob, blob.length - 1), 8, (int) parsed.lenKey() - 1);
    }

    private static byte[] setU32(byte[] bytes, int offset, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
        return bytes;
    }
}
