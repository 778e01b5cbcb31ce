package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;

import org.bouncycastle.util.Pack;
import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RSA through the SPI: generate and finalize, the three RSAKEY blobs and the generic ones, import and refusals. */
class RsaKeyPairTest {
    private static final Caller CALLER = new Caller();
    private static byte[] full512;

    @BeforeAll
    static void generateOneKey() {
        Handle key = CALLER.generatedKeyPair(CALLER.open("RSA"), 512);
        full512 = CALLER.export(key, BlobTypes.RSA_FULL_PRIVATE);
    }

    private static int u32(byte[] blob, int offset) {
        return Pack.littleEndianToInt(blob, offset);
    }

    @Test
    void aGenerated512BitKeyHasTheSizesWindowsWasSeenToExport() {
        // magic RSA3, BitLength 512, cbPublicExp 3, cbModulus 64, cbPrime1 = cbPrime2 = 32
        assertEquals(RsaKeyBlob.RSA3, u32(full512, 0));
        assertEquals(512, u32(full512, 4));
        assertEquals(3, u32(full512, 8));
        assertEquals(64, u32(full512, 12));
        assertEquals(32, u32(full512, 16));
        assertEquals(32, u32(full512, 20));
        assertEquals(24 + 3 + 2 * 64 + 3 * 32 + 2 * 32, full512.length);
        assertArrayEquals(new byte[] {1, 0, 1}, Arrays.copyOfRange(full512, 24, 27));
    }

    @Test
    void theFullPrivateBlobImportsAndExportsByteForByte() {
        Handle key = CALLER.importKeyPair("RSA", BlobTypes.RSA_FULL_PRIVATE, full512);
        assertArrayEquals(full512, CALLER.export(key, BlobTypes.RSA_FULL_PRIVATE));
    }

    @Test
    void eachBlobTypeHasItsMagicAndSize() {
        Handle key = CALLER.importKeyPair("RSA", BlobTypes.RSA_FULL_PRIVATE, full512);
        byte[] pub = CALLER.export(key, BlobTypes.RSA_PUBLIC);
        byte[] priv = CALLER.export(key, BlobTypes.RSA_PRIVATE);
        assertEquals(RsaKeyBlob.RSA1, u32(pub, 0));
        assertEquals(0, u32(pub, 16));
        assertEquals(24 + 3 + 64, pub.length);
        assertEquals(RsaKeyBlob.RSA2, u32(priv, 0));
        assertEquals(24 + 3 + 64 + 32 + 32, priv.length);
        assertArrayEquals(pub, CALLER.export(key, BlobTypes.PUBLIC_KEY));
        assertArrayEquals(priv, CALLER.export(key, BlobTypes.PRIVATE_KEY));
        assertArrayEquals(Arrays.copyOf(full512, priv.length), withMagic(priv, RsaKeyBlob.RSA3));
    }

    @Test
    void aKeyImportedWithoutDGetsTheLambdaExponent() {
        Handle key = CALLER.importKeyPair("RSA", BlobTypes.RSA_FULL_PRIVATE, full512);
        byte[] priv = CALLER.export(key, BlobTypes.RSA_PRIVATE);
        byte[] full = CALLER.export(CALLER.importKeyPair("RSA", BlobTypes.RSA_PRIVATE, priv), BlobTypes.RSA_FULL_PRIVATE);
        BigInteger p = new BigInteger(1, Arrays.copyOfRange(priv, 91, 123));
        BigInteger q = new BigInteger(1, Arrays.copyOfRange(priv, 123, 155));
        BigInteger d = new BigInteger(1, Arrays.copyOfRange(full, full.length - 64, full.length));
        assertEquals(BigInteger.valueOf(65537).modInverse(RsaKey.lambda(p, q)), d);
    }

    @Test
    void aPrivateBlobOfAPublicKeyIsAnInvalidParameter() {
        Handle key = CALLER.importKeyPair("RSA", BlobTypes.RSA_FULL_PRIVATE, full512);
        Handle publicOnly = CALLER.importKeyPair("RSA", BlobTypes.RSA_PUBLIC, CALLER.export(key, BlobTypes.RSA_PUBLIC));
        for (String type : new String[] {BlobTypes.RSA_PRIVATE, BlobTypes.RSA_FULL_PRIVATE, BlobTypes.PRIVATE_KEY}) {
            ULongOut size = new ULongOut(Caller.UNTOUCHED);
            assertEquals(NtStatus.INVALID_PARAMETER,
                    CALLER.provider.exportKey(publicOnly, Handle.NULL, type, null, 0, size, 0), type);
            assertEquals(Caller.UNTOUCHED, size.get());
        }
        assertEquals(24 + 3 + 64, CALLER.export(publicOnly, BlobTypes.RSA_PUBLIC).length);
    }

    @Test
    void exportBeforeFinalizeIsAnInvalidHandleAndFinalizeTwiceToo() {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, CALLER.provider.generateKeyPair(CALLER.open("RSA"), out, 512, 0));
        ULongOut size = new ULongOut(Caller.UNTOUCHED);
        assertEquals(NtStatus.INVALID_HANDLE,
                CALLER.provider.exportKey(out.get(), Handle.NULL, BlobTypes.RSA_PUBLIC, null, 0, size, 0));
        assertEquals(NtStatus.SUCCESS, CALLER.provider.finalizeKeyPair(out.get(), 0));
        assertEquals(NtStatus.INVALID_HANDLE, CALLER.provider.finalizeKeyPair(out.get(), 0));
        assertEquals(NtStatus.SUCCESS, CALLER.provider.exportKey(out.get(), Handle.NULL, BlobTypes.RSA_PUBLIC, null, 0, size, 0));
        assertEquals(NtStatus.SUCCESS, CALLER.provider.destroyKey(out.get()));
    }

    @Test
    void keyLengthsOutsideTheRangeOrStepAreInvalidParameters() {
        Handle rsa = CALLER.open("RSA");
        for (int bits : new int[] {0, 448, 504, 521, 1081, 16392, 16448}) {
            assertEquals(NtStatus.INVALID_PARAMETER, CALLER.provider.generateKeyPair(rsa, new HandleOut(), bits, 0), "" + bits);
        }
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.provider.generateKeyPair(rsa, new HandleOut(), 512, 1));
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.provider.generateKeyPair(rsa, null, 512, 0));
        assertEquals(NtStatus.NOT_SUPPORTED, CALLER.provider.generateKeyPair(CALLER.open("AES"), new HandleOut(), 128, 0));
    }

    @Test
    void malformedBlobsAreRefused() {
        Handle rsa = CALLER.open("RSA");
        Handle key = CALLER.importKeyPair("RSA", BlobTypes.RSA_FULL_PRIVATE, full512);
        byte[] priv = CALLER.export(key, BlobTypes.RSA_PRIVATE);

        byte[] noPrime1 = priv.clone();
        Pack.intToLittleEndian(0, noPrime1, 16);
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.importKeyPairStatus(rsa, BlobTypes.RSA_PRIVATE, noPrime1));

        byte[] reversedModulus = priv.clone();
        for (int i = 0; i < 32; i++) {
            byte t = reversedModulus[27 + i];
            reversedModulus[27 + i] = reversedModulus[27 + 63 - i];
            reversedModulus[27 + 63 - i] = t;
        }
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.importKeyPairStatus(rsa, BlobTypes.RSA_PRIVATE, reversedModulus));

        // Header lengths that do not add up to cbInput: NTE_BAD_DATA, as Windows answers (digest 6.2).
        assertEquals(NtStatus.NTE_BAD_DATA, CALLER.importKeyPairStatus(rsa, BlobTypes.RSA_PRIVATE, Arrays.copyOf(priv, priv.length - 1)));
        assertEquals(NtStatus.NTE_BAD_DATA, CALLER.importKeyPairStatus(rsa, BlobTypes.RSA_PRIVATE, Arrays.copyOf(priv, priv.length + 1)));
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.importKeyPairStatus(rsa, BlobTypes.RSA_PUBLIC, priv));
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.importKeyPairStatus(rsa, BlobTypes.PUBLIC_KEY, priv));

        byte[] badD = full512.clone();
        badD[badD.length - 1] ^= 2;
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.importKeyPairStatus(rsa, BlobTypes.RSA_FULL_PRIVATE, badD));

        assertEquals(NtStatus.NOT_SUPPORTED, CALLER.importKeyPairStatus(rsa, BlobTypes.KEY_DATA, priv));
        assertEquals(NtStatus.NOT_SUPPORTED, CALLER.importKeyPairStatus(rsa, BlobTypes.ECC_PRIVATE, priv));
    }

    @Test
    void theGenericPrivateBlobImportsRsa2AndRsa3() {
        Handle rsa = CALLER.open("RSA");
        assertEquals(NtStatus.SUCCESS, CALLER.importKeyPairStatus(rsa, BlobTypes.PRIVATE_KEY, full512));
        Handle key = CALLER.importKeyPair("RSA", BlobTypes.PRIVATE_KEY, full512);
        assertEquals(RsaKeyBlob.RSA2, u32(CALLER.export(key, BlobTypes.PRIVATE_KEY), 0));
    }

    @Test
    void otherFamiliesBlobTypesAreNotSupportedForRsaKeys() {
        Handle key = CALLER.importKeyPair("RSA", BlobTypes.RSA_FULL_PRIVATE, full512);
        for (String type : new String[] {BlobTypes.KEY_DATA, BlobTypes.ECC_PUBLIC, BlobTypes.DSA_PRIVATE, BlobTypes.OPAQUE_KEY}) {
            assertEquals(NtStatus.NOT_SUPPORTED,
                    CALLER.provider.exportKey(key, Handle.NULL, type, null, 0, new ULongOut(), 0), type);
        }
    }

    @Test
    void claimsEverySizeFrom512To16384InStepsOf8() {
        AlgorithmClaim rsa = CALLER.provider.claims().algorithm("RSA").orElseThrow();
        assertEquals((16384 - 512) / 8 + 1, rsa.keyBits().size());
        assertTrue(rsa.keyBits().contains(1536) && rsa.keyBits().contains(1080) && !rsa.keyBits().contains(1081));
        assertTrue(rsa.exportBlobTypes().contains(BlobTypes.RSA_FULL_PRIVATE));
        assertTrue(rsa.importBlobTypes().contains(BlobTypes.PRIVATE_KEY));
        assertNotEquals(rsa.exportBlobTypes(), java.util.Set.of());
    }

    private static byte[] withMagic(byte[] blob, int magic) {
        byte[] copy = blob.clone();
        Pack.intToLittleEndian(magic, copy, 0);
        return copy;
    }
}
