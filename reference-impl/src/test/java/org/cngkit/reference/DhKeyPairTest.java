package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.util.BigIntegers;
import org.bouncycastle.util.Pack;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.junit.jupiter.api.Test;

/** Diffie-Hellman through the SPI: DHParameters, finalize, export before finalize, blobs and refusals. */
class DhKeyPairTest {
    private static final BigInteger P1024 = DHStandardGroups.rfc2409_1024.getP();
    private final Caller caller = new Caller();

    /** A BCRYPT_DH_PARAMETER_HEADER with p and g = 2. */
    static byte[] parameters(BigInteger p) {
        int cb = (p.bitLength() + 7) / 8;
        byte[] value = new byte[12 + 2 * cb];
        Pack.intToLittleEndian(value.length, value, 0);
        Pack.intToLittleEndian(DhKeyBlob.DHPM, value, 4);
        Pack.intToLittleEndian(cb, value, 8);
        System.arraycopy(BigIntegers.asUnsignedByteArray(cb, p), 0, value, 12, cb);
        System.arraycopy(BigIntegers.asUnsignedByteArray(cb, BigInteger.TWO), 0, value, 12 + cb, cb);
        return value;
    }

    private Handle generated(byte[] params) {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, caller.provider.generateKeyPair(caller.open("DH"), out, 1024, 0));
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(out.get(), "DHParameters", params, params.length, 0));
        assertEquals(NtStatus.SUCCESS, caller.provider.finalizeKeyPair(out.get(), 0));
        return out.get();
    }

    @Test
    void aKeyPairOnTheGivenGroupExportsBothBlobs() {
        Handle key = generated(parameters(P1024));
        byte[] priv = caller.export(key, BlobTypes.DH_PRIVATE);
        assertEquals("DHPV", new String(priv, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(128, Pack.littleEndianToInt(priv, 4));
        assertEquals(8 + 4 * 128, priv.length);
        assertEquals(P1024, new BigInteger(1, Arrays.copyOfRange(priv, 8, 136)));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(priv, 264, 392));
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(priv, 392, 520));
        assertEquals(BigInteger.TWO.modPow(x, P1024), y);
        byte[] pub = caller.export(key, BlobTypes.DH_PUBLIC);
        assertArrayEquals(Arrays.copyOf(priv, 392), withMagic(pub, DhKeyBlob.DHPV));
        assertArrayEquals(pub, caller.export(key, BlobTypes.PUBLIC_KEY));
        assertArrayEquals(priv, caller.export(caller.importKeyPair("DH", BlobTypes.PRIVATE_KEY, priv), BlobTypes.DH_PRIVATE));
    }

    @Test
    void exportBeforeFinalizeIsAnInvalidHandleAndParametersMustMatchTheLength() {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, caller.provider.generateKeyPair(caller.open("DH"), out, 1024, 0));
        assertEquals(NtStatus.INVALID_HANDLE,
                caller.provider.exportKey(out.get(), Handle.NULL, BlobTypes.DH_PUBLIC, null, 0, new ULongOut(), 0));
        byte[] other = parameters(DHStandardGroups.rfc2409_768.getP());
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(out.get(), "DHParameters", other, other.length, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.finalizeKeyPair(out.get(), 0), "768-bit group, 1024-bit key");
    }

    /** Windows finalizes a pair without DHParameters (512 and 1024 bits observed); the reference supplies the group. */
    @Test
    void withoutParametersFinalizeSuppliesAGroupOfTheLength() {
        for (int bits : new int[] {512, 1024, 2048}) {
            HandleOut out = new HandleOut();
            assertEquals(NtStatus.SUCCESS, caller.provider.generateKeyPair(caller.open("DH"), out, bits, 0));
            assertEquals(NtStatus.SUCCESS, caller.provider.finalizeKeyPair(out.get(), 0), bits + " bits");
            byte[] priv = caller.export(out.get(), BlobTypes.DH_PRIVATE);
            int cbKey = bits / 8;
            assertEquals(cbKey, Pack.littleEndianToInt(priv, 4));
            BigInteger p = new BigInteger(1, Arrays.copyOfRange(priv, 8, 8 + cbKey));
            BigInteger g = new BigInteger(1, Arrays.copyOfRange(priv, 8 + cbKey, 8 + 2 * cbKey));
            BigInteger y = new BigInteger(1, Arrays.copyOfRange(priv, 8 + 2 * cbKey, 8 + 3 * cbKey));
            BigInteger x = new BigInteger(1, Arrays.copyOfRange(priv, 8 + 3 * cbKey, 8 + 4 * cbKey));
            assertEquals(bits, p.bitLength());
            assertTrue(p.isProbablePrime(40), "p is prime");
            assertEquals(g.modPow(x, p), y);
            assertArrayEquals(priv, caller.export(caller.importKeyPair("DH", BlobTypes.DH_PRIVATE, priv), BlobTypes.DH_PRIVATE));
        }
        assertEquals(DHStandardGroups.rfc3526_2048.getP(), SuppliedDhGroup.of(2048, new java.security.SecureRandom())
                .orElseThrow()[0], "a well-known group where there is one");
        HandleOut none = new HandleOut();
        assertEquals(NtStatus.SUCCESS, caller.provider.generateKeyPair(caller.open("DH"), none, 1088, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.finalizeKeyPair(none.get(), 0), "no group of 1088 bits");
    }

    @Test
    void malformedParametersAndBlobsAreRefused() {
        Handle dh = caller.open("DH");
        byte[] good = parameters(P1024);
        byte[] badLength = good.clone();
        badLength[0]++;
        byte[] badMagic = good.clone();
        badMagic[4] ^= 1;
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.setProperty(dh, "DHParameters", badLength, badLength.length, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.setProperty(dh, "DHParameters", badMagic, badMagic.length, 0));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.provider.setProperty(dh, "ECCCurveName", good, good.length, 0));
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(dh, "DHParameters", good, good.length, 0));

        byte[] priv = caller.export(generated(good), BlobTypes.DH_PRIVATE);
        byte[] wrongX = priv.clone();
        wrongX[wrongX.length - 1] ^= 1;
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(dh, BlobTypes.DH_PRIVATE, wrongX));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(dh, BlobTypes.DH_PUBLIC, priv));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(dh, BlobTypes.DH_PRIVATE, Arrays.copyOf(priv, 519)));
        Handle publicOnly = caller.importKeyPair("DH", BlobTypes.DH_PUBLIC, caller.export(generated(good), BlobTypes.DH_PUBLIC));
        assertEquals(NtStatus.INVALID_PARAMETER,
                caller.provider.exportKey(publicOnly, Handle.NULL, BlobTypes.DH_PRIVATE, null, 0, new ULongOut(), 0));
    }

    @Test
    void parametersSetOnTheAlgorithmHandleReachItsKeyPairs() {
        Handle dh = caller.open("DH");
        byte[] good = parameters(P1024);
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(dh, "DHParameters", good, good.length, 0));
        Handle key = caller.generatedKeyPair(dh, 1024);
        assertEquals(8 + 3 * 128, caller.export(key, BlobTypes.DH_PUBLIC).length);
    }

    private static byte[] withMagic(byte[] blob, int magic) {
        byte[] copy = blob.clone();
        Pack.intToLittleEndian(magic, copy, 0);
        return copy;
    }
}
