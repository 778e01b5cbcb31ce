package org.cngkit.bench;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The plain side of the parse benchmark: each layout read with a little-endian {@link ByteBuffer} into the same
 * fields, with the same checks, as its generated Kaitai parser (org.cngkit.formats). A malformed blob throws
 * IllegalArgumentException (the Kaitai parsers throw their validation errors); a short one BufferUnderflowException.
 */
final class PlainBlobParser {
    static final int RSA1 = 0x31415352;
    static final int RSA2 = 0x32415352;
    static final int RSA3 = 0x33415352;
    static final int KEY_DATA_MAGIC = 0x4D42444B;

    private PlainBlobParser() {
    }

    /** BCRYPT_RSAKEY_BLOB; prime and CRT fields are null where the magic has none. */
    record Rsa(int magic, int bits, byte[] e, byte[] n, byte[] p, byte[] q, byte[] dp, byte[] dq, byte[] qInv, byte[] d) {
        List<byte[]> fields() {
            return magic == RSA1 ? List.of(e, n) : magic == RSA2 ? List.of(e, n, p, q) : List.of(e, n, p, q, dp, dq, qInv, d);
        }
    }

    /** CryptoAPI PRIVATEKEYBLOB / PUBLICKEYBLOB of RSA; numbers little-endian as in the blob. */
    record CapiRsa(int blobType, int algId, int magic, int bits, int e, byte[] n, byte[] p, byte[] q, byte[] dp,
                   byte[] dq, byte[] qInv, byte[] d) {
        List<byte[]> fields() {
            return p == null ? List.of(n) : List.of(n, p, q, dp, dq, qInv, d);
        }
    }

    /** BCRYPT_ECCKEY_BLOB; d null in a public blob. */
    record Ecc(int magic, byte[] x, byte[] y, byte[] d) {
        List<byte[]> fields() {
            return d == null ? List.of(x, y) : List.of(x, y, d);
        }
    }

    /** BCRYPT_PARAMETER_SET_KEY_BLOB (ML-KEM, ML-DSA). */
    record ParameterSet(int magic, String set, byte[] key) {
        List<byte[]> fields() {
            return List.of(set.getBytes(StandardCharsets.UTF_16LE), key);
        }
    }

    /** BCRYPT_KEY_DATA_BLOB. */
    record KeyData(byte[] key) {
        List<byte[]> fields() {
            return List.of(key);
        }
    }

    static Rsa rsa(byte[] blob) {
        ByteBuffer in = le(blob);
        int magic = in.getInt();
        if (magic != RSA1 && magic != RSA2 && magic != RSA3) {
            throw new IllegalArgumentException("RSA magic " + Integer.toHexString(magic));
        }
        int bits = in.getInt();
        int cbExp = in.getInt();
        int cbModulus = in.getInt();
        int cbPrime1 = in.getInt();
        int cbPrime2 = in.getInt();
        boolean isPrivate = magic != RSA1;
        if (bits < 1 || cbExp < 1 || cbModulus != (bits + 7) / 8 || isPrivate != (cbPrime1 > 0)
                || isPrivate != (cbPrime2 > 0) || (!isPrivate && (cbPrime1 | cbPrime2) != 0)) {
            throw new IllegalArgumentException("RSA header");
        }
        byte[] e = take(in, cbExp);
        byte[] n = take(in, cbModulus);
        if (!isPrivate) {
            return new Rsa(magic, bits, e, n, null, null, null, null, null, null);
        }
        byte[] p = take(in, cbPrime1);
        byte[] q = take(in, cbPrime2);
        if (magic == RSA2) {
            return new Rsa(magic, bits, e, n, p, q, null, null, null, null);
        }
        return new Rsa(magic, bits, e, n, p, q, take(in, cbPrime1), take(in, cbPrime2), take(in, cbPrime1),
                take(in, cbModulus));
    }

    static CapiRsa capiRsa(byte[] blob) {
        ByteBuffer in = le(blob);
        int blobType = in.get();
        int version = in.get();
        int reserved = in.getShort();
        int algId = in.getInt();
        int magic = in.getInt();
        if ((blobType != 6 && blobType != 7) || version != 2 || reserved != 0 || (magic != RSA1 && magic != RSA2)) {
            throw new IllegalArgumentException("CAPI RSA header");
        }
        int bits = in.getInt();
        if (bits < 16 || bits % 16 != 0) {
            throw new IllegalArgumentException("CAPI RSA bitlen " + bits);
        }
        int e = in.getInt();
        byte[] n = take(in, bits / 8);
        if (magic == RSA1) {
            return new CapiRsa(blobType, algId, magic, bits, e, n, null, null, null, null, null, null);
        }
        int half = bits / 16;
        return new CapiRsa(blobType, algId, magic, bits, e, n, take(in, half), take(in, half), take(in, half),
                take(in, half), take(in, half), take(in, bits / 8));
    }

    /** Per-curve and generic magics: byte 3 is the kind (ECK/ECS), byte 4 the curve and side, as the .ksy lists. */
    static Ecc ecc(byte[] blob) {
        ByteBuffer in = le(blob);
        int magic = in.getInt();
        int cbKey = in.getInt();
        int curveBits = switch (magic) {
            case 0x314B4345, 0x324B4345, 0x31534345, 0x32534345 -> 256; // ECK1/ECK2, ECS1/ECS2: P-256
            case 0x334B4345, 0x344B4345, 0x33534345, 0x34534345 -> 384;
            case 0x354B4345, 0x364B4345, 0x35534345, 0x36534345 -> 521;
            case 0x504B4345, 0x564B4345, 0x50444345, 0x56444345 -> 0;   // generic: any cbKey above 0
            default -> throw new IllegalArgumentException("ECC magic " + Integer.toHexString(magic));
        };
        if (curveBits == 0 ? cbKey <= 0 : cbKey != (curveBits + 7) / 8) {
            throw new IllegalArgumentException("ECC cbKey " + cbKey);
        }
        boolean isPrivate = switch (magic) {
            case 0x324B4345, 0x344B4345, 0x364B4345, 0x32534345, 0x34534345, 0x36534345, 0x564B4345, 0x56444345 -> true;
            default -> false;
        };
        byte[] x = take(in, cbKey);
        byte[] y = take(in, cbKey);
        return new Ecc(magic, x, y, isPrivate ? take(in, cbKey) : null);
    }

    /** ML-KEM and ML-DSA magics, with the key length FIPS 203 / 204 give for the set; the .ksy's other sets are not needed here. */
    static ParameterSet parameterSet(byte[] blob) {
        ByteBuffer in = le(blob);
        int magic = in.getInt();
        int cbParameterSet = in.getInt();
        int cbKey = in.getInt();
        if (cbParameterSet < 4 || cbParameterSet % 2 != 0) {
            throw new IllegalArgumentException("cbParameterSet " + cbParameterSet);
        }
        String set = new String(blob, in.position(), cbParameterSet - 2, StandardCharsets.UTF_16LE);
        in.position(in.position() + cbParameterSet - 2);
        if (in.getShort() != 0) {
            throw new IllegalArgumentException("parameter set name not NUL-terminated");
        }
        int expected = switch (magic) {
            case 0x504B4C4D -> switch (set) { case "512" -> 800; case "768" -> 1184; case "1024" -> 1568; default -> 0; };
            case 0x524B4C4D -> switch (set) { case "512" -> 1632; case "768" -> 2400; case "1024" -> 3168; default -> 0; };
            case 0x534B4C4D -> switch (set) { case "512", "768", "1024" -> 64; default -> 0; };
            case 0x4B505344 -> switch (set) { case "44" -> 1312; case "65" -> 1952; case "87" -> 2592; default -> 0; };
            case 0x4B535344 -> switch (set) { case "44" -> 2560; case "65" -> 4032; case "87" -> 4896; default -> 0; };
            case 0x53535344 -> switch (set) { case "44", "65", "87" -> 32; default -> 0; };
            default -> throw new IllegalArgumentException("parameter-set magic " + Integer.toHexString(magic));
        };
        if (expected == 0 || cbKey != expected) {
            throw new IllegalArgumentException("cbKey " + cbKey + " for " + set);
        }
        return new ParameterSet(magic, set, take(in, cbKey));
    }

    static KeyData keyData(byte[] blob) {
        ByteBuffer in = le(blob);
        if (in.getInt() != KEY_DATA_MAGIC || in.getInt() != 1) {
            throw new IllegalArgumentException("KeyDataBlob header");
        }
        return new KeyData(take(in, in.getInt()));
    }

    private static ByteBuffer le(byte[] blob) {
        return ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] take(ByteBuffer in, int length) {
        if (length < 0 || length > in.remaining()) {
            throw new IllegalArgumentException("field of " + Integer.toUnsignedString(length) + " bytes, "
                    + in.remaining() + " left");
        }
        byte[] field = new byte[length];
        in.get(field);
        return field;
    }
}
