package org.cngkit.reference;

import org.cngkit.spi.NtStatus;

/**
 * The layout bcrypt.h calls BCRYPT_PARAMETER_SET_KEY_BLOB, used under the names BCRYPT_MLKEM_KEY_BLOB and
 * BCRYPT_PQDSA_KEY_BLOB by the six post-quantum blob types (blob-layouts-digest sections 2.7 and 2.8).
 *
 * <pre>
 * offset      size             field           value
 *      0      u32 LE           dwMagic         which algorithm and kind of material, e.g. 0x504B4C4D ("MLKP")
 *      4      u32 LE           cbParameterSet  bytes of the name below, its NUL included: 8 for "512"
 *      8      u32 LE           cbKey           bytes of key material
 *     12      cbParameterSet   parameter set   UTF-16LE name, then 00 00
 *     12+cbPS cbKey            key             the material in its standard's encoding
 * </pre>
 * No padding anywhere; the whole blob is 12 + cbParameterSet + cbKey bytes.
 */
final class ParameterSetKeyBlob {

    /** What a well-formed blob holds, before anyone has checked that it makes sense for an algorithm. */
    record Contents(int magic, String parameterSet, byte[] key) {
    }

    private ParameterSetKeyBlob() {
    }

    static byte[] write(int magic, String parameterSet, byte[] key) {
        byte[] name = Utf16Name.encode(parameterSet);
        return new BlobAssembler().u32(magic).u32(name.length).u32(key.length).bytes(name).bytes(key).toByteArray();
    }

    /**
     * The fields of a well-formed blob. Refused with STATUS_INVALID_PARAMETER when the blob is shorter than
     * the header, its length is not exactly 12 + cbParameterSet + cbKey, or the name is not a NUL-terminated
     * UTF-16LE string filling cbParameterSet ({@link Utf16Name}).
     */
    static Outcome<Contents> read(byte[] blob) {
        BlobCursor in = new BlobCursor(blob);
        int magic = (int) in.u32();
        long nameLength = in.u32();
        long keyLength = in.u32();
        byte[] name = in.bytes(nameLength);
        byte[] key = in.bytes(keyLength);
        if (!in.ok()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return Utf16Name.decode(name, 0, name.length).then(set -> Outcome.of(new Contents(magic, set, key)));
    }
}
