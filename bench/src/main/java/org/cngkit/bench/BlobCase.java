package org.cngkit.bench;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.function.UnaryOperator;

import org.bouncycastle.crypto.Wrapper;
import org.bouncycastle.crypto.engines.AESEngine;
import org.bouncycastle.crypto.engines.RFC3394WrapEngine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;

/**
 * One benchmarked export: a key the reference generates (RSA-2048 with e = 65537, ECDSA P-256, ML-KEM-768,
 * ML-DSA-65, AES-256), the blob type asked of it, the layout its blob has (for the parse benchmark; none for the key
 * wrap blob, which is RFC 3394 ciphertext with no header), and the Bouncy Castle DER encoding of the same kind of key
 * that the ratio table sets beside it (none for the symmetric blobs).
 */
public enum BlobCase {
    RSA_PUBLIC(BlobTypes.RSA_PUBLIC, BlobLayout.CNG_RSA, DerEncoding.RSA_SPKI),
    RSA_PRIVATE(BlobTypes.RSA_PRIVATE, BlobLayout.CNG_RSA, DerEncoding.RSA_PKCS8),
    RSA_FULL_PRIVATE(BlobTypes.RSA_FULL_PRIVATE, BlobLayout.CNG_RSA, DerEncoding.RSA_PKCS8),
    CAPI_RSA_PRIVATE(BlobTypes.LEGACY_RSA_PRIVATE, BlobLayout.CAPI_RSA, DerEncoding.RSA_PKCS8),
    ECC_P256_PRIVATE(BlobTypes.ECC_PRIVATE, BlobLayout.CNG_ECC, DerEncoding.EC_P256_PKCS8),
    MLKEM_768_PRIVATE(BlobTypes.MLKEM_PRIVATE, BlobLayout.PARAMETER_SET, DerEncoding.MLKEM_768_PKCS8),
    MLDSA_65_PRIVATE(BlobTypes.PQDSA_PRIVATE, BlobLayout.PARAMETER_SET, DerEncoding.MLDSA_65_PKCS8),
    KEY_DATA_AES_256(BlobTypes.KEY_DATA, BlobLayout.KEY_DATA, null),
    AES_WRAP_AES_256(BlobTypes.AES_WRAP_KEY, null, null);

    static final int RSA_BITS = 2048;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A key the reference holds, the blob it exported for it once, and the floor writer's way to the same bytes
     * (into the buffer it is given, which it returns).
     *
     * @param exportKey the key-encryption key of the wrap blob; NULL otherwise
     */
    record Sample(ReferenceCaller caller, Handle key, Handle exportKey, String blobType, byte[] blob,
                  UnaryOperator<byte[]> floor) {
    }

    private final String blobType;
    private final BlobLayout layout;
    private final DerEncoding der;

    BlobCase(String blobType, BlobLayout layout, DerEncoding der) {
        this.blobType = blobType;
        this.layout = layout;
        this.der = der;
    }

    String blobType() {
        return blobType;
    }

    /** The layout of the blob, or null when it has none a parser could read (the key wrap blob). */
    BlobLayout layout() {
        return layout;
    }

    /**
     * The blob's size from its layout (blob-layouts-digest 2.1-2.3, 2.7, 2.8, 3.2, 4.1): RSA-2048 with e = 65537 in
     * 3 bytes and primes of 128; P-256 cbKey 32; the set names "768" and "65" with their NUL; dk 2400 (FIPS 203
     * table 3), sk 4032 (FIPS 204 table 2); the wrap blob is the key plus one 8-byte semiblock.
     */
    int expectedSize() {
        return switch (this) {
            case RSA_PUBLIC -> 24 + 3 + 256;
            case RSA_PRIVATE -> 24 + 3 + 256 + 2 * 128;
            case RSA_FULL_PRIVATE -> 24 + 3 + 2 * 256 + 5 * 128;
            case CAPI_RSA_PRIVATE -> 8 + 12 + 2 * 256 + 5 * 128;
            case ECC_P256_PRIVATE -> 8 + 3 * 32;
            case MLKEM_768_PRIVATE -> 12 + 8 + 2400;
            case MLDSA_65_PRIVATE -> 12 + 6 + 4032;
            case KEY_DATA_AES_256 -> 12 + 32;
            case AES_WRAP_AES_256 -> 32 + 8;
        };
    }

    /** The Bouncy Castle encoding of the same kind of key, or null for a symmetric key. */
    DerEncoding der() {
        return der;
    }

    /**
     * Generates a key through the reference, exports it once, and builds the floor writer from the key's numbers
     * (read out of the reference's own full blob, so the floor has them ready as byte arrays). Fails when the floor's
     * bytes are not the reference's blob: the two must write the same thing for the ratio to mean anything.
     */
    Sample prepare() {
        ReferenceCaller caller = new ReferenceCaller();
        Handle key;
        Handle exportKey = Handle.NULL;
        UnaryOperator<byte[]> floor;
        switch (this) {
            case RSA_PUBLIC, RSA_PRIVATE, RSA_FULL_PRIVATE, CAPI_RSA_PRIVATE -> {
                key = caller.keyPair("RSA", RSA_BITS);
                floor = rsaFloor(PlainBlobParser.rsa(caller.export(key, Handle.NULL, BlobTypes.RSA_FULL_PRIVATE)));
            }
            case ECC_P256_PRIVATE -> {
                key = caller.keyPair("ECDSA_P256", 256);
                PlainBlobParser.Ecc ecc = PlainBlobParser.ecc(caller.export(key, Handle.NULL, blobType));
                floor = out -> FloorWriter.eccPrivate(out, ecc.magic(), ecc.x(), ecc.y(), ecc.d());
            }
            case MLKEM_768_PRIVATE, MLDSA_65_PRIVATE -> {
                key = this == MLKEM_768_PRIVATE ? caller.keyPair("ML-KEM", "768") : caller.keyPair("ML-DSA", "65");
                PlainBlobParser.ParameterSet pq = PlainBlobParser.parameterSet(caller.export(key, Handle.NULL, blobType));
                byte[] name = (pq.set() + "\0").getBytes(StandardCharsets.UTF_16LE);
                floor = out -> FloorWriter.parameterSet(out, pq.magic(), name, pq.key());
            }
            case KEY_DATA_AES_256 -> {
                byte[] secret = random(32);
                key = caller.symmetricKey("AES", secret);
                floor = out -> FloorWriter.keyData(out, secret);
            }
            case AES_WRAP_AES_256 -> {
                byte[] kek = random(32);
                byte[] secret = random(32);
                exportKey = caller.symmetricKey("AES", kek);
                key = caller.symmetricKey("AES", secret);
                Wrapper wrapper = new RFC3394WrapEngine(AESEngine.newInstance());
                wrapper.init(true, new KeyParameter(kek));
                floor = out -> {
                    byte[] wrapped = wrapper.wrap(secret, 0, secret.length);
                    System.arraycopy(wrapped, 0, out, 0, wrapped.length);
                    return out;
                };
            }
            default -> throw new IllegalStateException(name());
        }
        byte[] blob = caller.export(key, exportKey, blobType);
        if (blob.length != expectedSize()) {
            throw new IllegalStateException(name() + ": " + blob.length + " bytes, the layout gives " + expectedSize());
        }
        if (!Arrays.equals(floor.apply(new byte[blob.length]), blob)) {
            throw new IllegalStateException(name() + ": the floor writer's bytes are not the reference's blob");
        }
        return new Sample(caller, key, exportKey, blobType, blob, floor);
    }

    private UnaryOperator<byte[]> rsaFloor(PlainBlobParser.Rsa full) {
        int bits = full.bits();
        return switch (this) {
            case RSA_PUBLIC -> {
                byte[][] numbers = {full.e(), full.n()};
                yield out -> FloorWriter.rsa(out, PlainBlobParser.RSA1, bits, numbers);
            }
            case RSA_PRIVATE -> {
                byte[][] numbers = {full.e(), full.n(), full.p(), full.q()};
                yield out -> FloorWriter.rsa(out, PlainBlobParser.RSA2, bits, numbers);
            }
            case RSA_FULL_PRIVATE -> {
                byte[][] numbers = {full.e(), full.n(), full.p(), full.q(), full.dp(), full.dq(), full.qInv(), full.d()};
                yield out -> FloorWriter.rsa(out, PlainBlobParser.RSA3, bits, numbers);
            }
            case CAPI_RSA_PRIVATE -> {
                int half = bits / 16;
                int e = new BigInteger(1, full.e()).intValueExact();
                byte[][] numbers = {littleEndian(full.n(), bits / 8), littleEndian(full.p(), half),
                        littleEndian(full.q(), half), littleEndian(full.dp(), half), littleEndian(full.dq(), half),
                        littleEndian(full.qInv(), half), littleEndian(full.d(), bits / 8)};
                yield out -> FloorWriter.capiRsaPrivate(out, bits, e, numbers);
            }
            default -> throw new IllegalStateException(name());
        };
    }

    /** A big-endian unsigned number as {@code width} little-endian bytes. */
    static byte[] littleEndian(byte[] bigEndian, int width) {
        byte[] out = new byte[width];
        for (int i = 0; i < bigEndian.length; i++) {
            byte b = bigEndian[bigEndian.length - 1 - i];
            if (i < width) {
                out[i] = b;
            } else if (b != 0) {
                throw new IllegalArgumentException("number wider than " + width + " bytes");
            }
        }
        return out;
    }

    private static byte[] random(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
