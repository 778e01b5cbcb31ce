package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.bouncycastle.util.Pack;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DSA through the SPI: a generated V1 key, its Count and Seed, round trips and refusals. */
class DsaKeyPairTest {
    private static final Caller CALLER = new Caller();
    private static byte[] private512;

    @BeforeAll
    static void generateOneKey() {
        private512 = CALLER.export(CALLER.generatedKeyPair(CALLER.open("DSA"), 512), BlobTypes.DSA_PRIVATE);
    }

    @Test
    void aGenerated512BitKeyExportsAV1BlobWithItsFips1862Record() {
        assertEquals("DSPV", new String(private512, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(64, Pack.littleEndianToInt(private512, 4));
        assertEquals(72 + 3 * 64, private512.length);
        int counter = Pack.bigEndianToInt(private512, 8);
        assertEquals(true, counter >= 0 && counter < 4096, "a FIPS 186-2 counter is below 4096: " + counter);
        BigInteger q = new BigInteger(1, Arrays.copyOfRange(private512, 32, 52));
        assertEquals(160, q.bitLength());
    }

    @Test
    void blobsImportAndExportByteForByteIncludingAnUnknownSeed() {
        Handle key = CALLER.importKeyPair("DSA", BlobTypes.DSA_PRIVATE, private512);
        assertArrayEquals(private512, CALLER.export(key, BlobTypes.DSA_PRIVATE));
        assertArrayEquals(private512, CALLER.export(key, BlobTypes.PRIVATE_KEY));
        byte[] pub = CALLER.export(key, BlobTypes.DSA_PUBLIC);
        assertEquals("DSPB", new String(pub, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(52 + 3 * 64, pub.length);
        assertArrayEquals(pub, CALLER.export(key, BlobTypes.PUBLIC_KEY));

        byte[] unknownSeed = private512.clone();
        Arrays.fill(unknownSeed, 8, 32, (byte) 0xff);
        Handle noRecord = CALLER.importKeyPair("DSA", BlobTypes.DSA_PRIVATE, unknownSeed);
        assertArrayEquals(unknownSeed, CALLER.export(noRecord, BlobTypes.DSA_PRIVATE));
    }

    @Test
    void malformedBlobsAreRefused() {
        Handle dsa = CALLER.open("DSA");
        byte[] wrongX = private512.clone();
        wrongX[wrongX.length - 1] ^= 1;
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.importKeyPairStatus(dsa, BlobTypes.DSA_PRIVATE, wrongX));
        byte[] v2Magic = private512.clone();
        Pack.intToLittleEndian(DsaKeyBlob.DPV2, v2Magic, 0);
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.importKeyPairStatus(dsa, BlobTypes.DSA_PRIVATE, v2Magic));
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.importKeyPairStatus(dsa, BlobTypes.DSA_PUBLIC, private512));
        assertEquals(NtStatus.INVALID_PARAMETER,
                CALLER.importKeyPairStatus(dsa, BlobTypes.DSA_PRIVATE, Arrays.copyOf(private512, private512.length - 1)));
        byte[] badQ = private512.clone();
        badQ[51] ^= 2;
        assertEquals(NtStatus.INVALID_PARAMETER, CALLER.importKeyPairStatus(dsa, BlobTypes.DSA_PRIVATE, badQ));
    }

    @Test
    void aPublicKeyExportsNoPrivateBlobAndSizesAreChecked() {
        Handle key = CALLER.importKeyPair("DSA", BlobTypes.DSA_PRIVATE, private512);
        Handle publicOnly = CALLER.importKeyPair("DSA", BlobTypes.DSA_PUBLIC, CALLER.export(key, BlobTypes.DSA_PUBLIC));
        assertEquals(NtStatus.INVALID_PARAMETER,
                CALLER.provider.exportKey(publicOnly, Handle.NULL, BlobTypes.DSA_PRIVATE, null, 0, new ULongOut(), 0));
        Handle dsa = CALLER.open("DSA");
        for (int bits : new int[] {448, 520, 1088, 4096}) {
            assertEquals(NtStatus.INVALID_PARAMETER, CALLER.provider.generateKeyPair(dsa, new HandleOut(), bits, 0), "" + bits);
        }
        byte[] anything = {1, 2};
        assertEquals(NtStatus.NOT_SUPPORTED, CALLER.provider.setProperty(dsa, "DSAParameters", anything, 2, 0));
    }
}
