package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.Test;

/**
 * Blobs are encoded once per key ({@link PrecomputedBlob}, issue #16): what a caller does with its buffer must never
 * reach the next export, and the CRT values written once must be those of the key.
 */
class PrecomputedBlobTest {
    private final Caller caller = new Caller();

    /** Exports into a buffer, scribbles over it, exports again: the second blob is the first one's bytes. */
    private void assertCallerBufferIsItsOwn(Handle key, String blobType) {
        byte[] first = caller.export(key, blobType);
        byte[] kept = first.clone();
        Arrays.fill(first, (byte) 0x5A);
        byte[] second = caller.export(key, blobType);
        assertNotSame(first, second);
        assertArrayEquals(kept, second, blobType);
    }

    @Test
    void aCallersChangesToAnExportedBlobNeverReachTheNextExport() {
        Handle rsa = caller.generatedKeyPair(caller.open("RSA"), 512);
        for (String type : new String[] {BlobTypes.RSA_PUBLIC, BlobTypes.RSA_PRIVATE, BlobTypes.RSA_FULL_PRIVATE,
                BlobTypes.PUBLIC_KEY, BlobTypes.PRIVATE_KEY, BlobTypes.LEGACY_RSA_PUBLIC, BlobTypes.LEGACY_RSA_PRIVATE}) {
            assertCallerBufferIsItsOwn(rsa, type);
        }
        Handle ecc = caller.generatedKeyPair(caller.open("ECDSA_P256"), 256);
        assertCallerBufferIsItsOwn(ecc, BlobTypes.ECC_PUBLIC);
        assertCallerBufferIsItsOwn(ecc, BlobTypes.ECC_PRIVATE);
        HandleOut mlKem = new HandleOut();
        assertEquals(NtStatus.SUCCESS, caller.provider.generateKeyPair(caller.open("ML-KEM"), mlKem, 0, 0));
        byte[] name = "768\0".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(mlKem.get(), "ParameterSetName", name, name.length, 0));
        assertEquals(NtStatus.SUCCESS, caller.provider.finalizeKeyPair(mlKem.get(), 0));
        assertCallerBufferIsItsOwn(mlKem.get(), BlobTypes.MLKEM_PUBLIC);
        assertCallerBufferIsItsOwn(mlKem.get(), BlobTypes.MLKEM_PRIVATE);
        assertCallerBufferIsItsOwn(mlKem.get(), BlobTypes.MLKEM_PRIVATE_SEED);
        Handle aes = caller.key("AES", Caller.filled(16, 0x11));
        assertCallerBufferIsItsOwn(aes, BlobTypes.KEY_DATA);
        assertCallerBufferIsItsOwn(aes, BlobTypes.OPAQUE_KEY);
    }

    /**
     * RSAFULLPRIVATEBLOB of a generated key (blob-layouts-digest 2.2): Exponent1 = d mod (p-1), Exponent2 = d mod
     * (q-1), Coefficient = q^-1 mod p and d e = 1 mod lcm(p-1, q-1), checked here from the blob's own p, q, e, d;
     * a second export of the same key and of the same key under RSA_SIGN gives the same bytes.
     */
    @Test
    void theFullPrivateBlobCarriesTheCrtValuesOfItsKey() {
        Handle key = caller.generatedKeyPair(caller.open("RSA"), 1024);
        byte[] blob = caller.export(key, BlobTypes.RSA_FULL_PRIVATE);
        int cbExp = le32(blob, 8);
        int cbModulus = le32(blob, 12);
        int cbPrime1 = le32(blob, 16);
        int cbPrime2 = le32(blob, 20);
        int at = 24;
        BigInteger e = number(blob, at, cbExp);
        at += cbExp + cbModulus;
        BigInteger p = number(blob, at, cbPrime1);
        BigInteger q = number(blob, at += cbPrime1, cbPrime2);
        BigInteger dp = number(blob, at += cbPrime2, cbPrime1);
        BigInteger dq = number(blob, at += cbPrime1, cbPrime2);
        BigInteger qInv = number(blob, at += cbPrime2, cbPrime1);
        BigInteger d = number(blob, at += cbPrime1, cbModulus);
        assertEquals(blob.length, at + cbModulus);
        BigInteger p1 = p.subtract(BigInteger.ONE);
        BigInteger q1 = q.subtract(BigInteger.ONE);
        assertEquals(d.mod(p1), dp);
        assertEquals(d.mod(q1), dq);
        assertEquals(BigInteger.ONE, q.multiply(qInv).mod(p));
        assertEquals(BigInteger.ONE, d.multiply(e).mod(p1.multiply(q1).divide(p1.gcd(q1))));
        assertArrayEquals(blob, caller.export(key, BlobTypes.RSA_FULL_PRIVATE));
        Handle signing = caller.importKeyPair("RSA_SIGN", BlobTypes.RSA_FULL_PRIVATE, blob);
        assertArrayEquals(blob, caller.export(signing, BlobTypes.RSA_FULL_PRIVATE));
    }

    private static int le32(byte[] blob, int offset) {
        return (blob[offset] & 0xff) | (blob[offset + 1] & 0xff) << 8 | (blob[offset + 2] & 0xff) << 16
                | (blob[offset + 3] & 0xff) << 24;
    }

    private static BigInteger number(byte[] blob, int offset, int length) {
        return new BigInteger(1, Arrays.copyOfRange(blob, offset, offset + length));
    }
}
