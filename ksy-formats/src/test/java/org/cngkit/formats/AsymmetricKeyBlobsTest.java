package org.cngkit.formats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kaitai.struct.ByteBufferKaitaiStream;
import io.kaitai.struct.KaitaiStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The asymmetric layouts on small hand-made blobs: what each parser reads, the length relations its valid:
 * expressions enforce, and the generic blob's dispatch on the magic. (Every vector's blobs go through these
 * parsers too, in the vectors module.)
 */
class AsymmetricKeyBlobsTest {

    /** Header u32s (little-endian) followed by raw parts. */
    private static byte[] blob(int[] header, byte[]... parts) {
        int length = 4 * header.length + Arrays.stream(parts).mapToInt(p -> p.length).sum();
        ByteBuffer b = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        for (int h : header) {
            b.putInt(h);
        }
        for (byte[] p : parts) {
            b.put(p);
        }
        return b.array();
    }

    private static int magic(String ascii) {
        return ByteBuffer.wrap(ascii.getBytes(StandardCharsets.US_ASCII)).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    private static byte[] filled(int length, int value) {
        byte[] b = new byte[length];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static KaitaiStream io(byte[] blob) {
        return new ByteBufferKaitaiStream(blob);
    }

    @Test
    void rsaPublicAndFullPrivateBlobs() {
        byte[] e = {1, 0, 1};
        byte[] pub = blob(new int[] {magic("RSA1"), 512, 3, 64, 0, 0}, e, filled(64, 0xc1));
        BcryptRsakeyBlob parsed = new BcryptRsakeyBlob(io(pub));
        assertEquals(BcryptRsakeyBlob.Magic.RSA_PUBLIC, parsed.magic());
        assertArrayEquals(e, parsed.publicExp());
        assertNull(parsed.prime1());

        byte[] full = blob(new int[] {magic("RSA3"), 512, 3, 64, 32, 32}, e, filled(64, 0xc1), filled(32, 1),
                filled(32, 2), filled(32, 3), filled(32, 4), filled(32, 5), filled(64, 6));
        KaitaiStream stream = io(full);
        BcryptRsakeyBlob rsa3 = new BcryptRsakeyBlob(stream);
        assertArrayEquals(filled(32, 5), rsa3.coefficient());
        assertArrayEquals(filled(64, 6), rsa3.privateExponent());
        assertTrue(stream.isEof());
    }

    @Test
    void rsaLengthRelationsAreEnforced() {
        byte[] e = {1, 0, 1};
        byte[] primesInPublic = blob(new int[] {magic("RSA1"), 512, 3, 64, 32, 32}, e, filled(64, 0xc1));
        assertThrows(KaitaiStream.ValidationExprError.class, () -> new BcryptRsakeyBlob(io(primesInPublic)));
        byte[] noPrimeInPrivate = blob(new int[] {magic("RSA2"), 512, 3, 64, 0, 32}, e, filled(64, 0xc1), filled(32, 2));
        assertThrows(KaitaiStream.ValidationExprError.class, () -> new BcryptRsakeyBlob(io(noPrimeInPrivate)));
        byte[] shortModulus = blob(new int[] {magic("RSA1"), 512, 3, 63, 0, 0}, e, filled(63, 0xc1));
        assertThrows(KaitaiStream.ValidationExprError.class, () -> new BcryptRsakeyBlob(io(shortModulus)));
        byte[] otherMagic = blob(new int[] {magic("RSA4"), 512, 3, 64, 0, 0}, e, filled(64, 0xc1));
        assertThrows(KaitaiStream.ValidationNotInEnumError.class, () -> new BcryptRsakeyBlob(io(otherMagic)));
    }

    @Test
    void eccPerCurveMagicsFixCbKeyAndGenericOnesDoNot() {
        byte[] p521 = blob(new int[] {magic("ECS6"), 66}, filled(66, 0), filled(66, 1), filled(66, 2));
        BcryptEcckeyBlob parsed = new BcryptEcckeyBlob(io(p521));
        assertTrue(parsed.isPrivate() && parsed.isEcdsa());
        assertEquals(521, parsed.curveBits());
        assertArrayEquals(filled(66, 2), parsed.d());
        byte[] wrongCbKey = blob(new int[] {magic("ECK1"), 33}, filled(33, 0), filled(33, 1));
        assertThrows(KaitaiStream.ValidationExprError.class, () -> new BcryptEcckeyBlob(io(wrongCbKey)));
        byte[] generic = blob(new int[] {magic("ECKP"), 48}, filled(48, 3), filled(48, 4));
        BcryptEcckeyBlob eckp = new BcryptEcckeyBlob(io(generic));
        assertEquals(0, eckp.curveBits());
        assertNull(eckp.d());
    }

    @Test
    void dsaVersionsAndTheirSizes() {
        byte[] v1 = blob(new int[] {magic("DSPV"), 64}, new byte[] {0, 0, 0, (byte) 143}, filled(20, 7), filled(20, 8),
                filled(64, 9), filled(64, 10), filled(64, 11), filled(20, 12));
        BcryptDsaKeyBlob dsa = new BcryptDsaKeyBlob(io(v1));
        assertEquals(143, dsa.count(), "Count is big-endian");
        assertArrayEquals(filled(20, 12), dsa.privateExponent());
        byte[] v1TooLong = blob(new int[] {magic("DSPB"), 256}, new byte[4], filled(20, 7), filled(20, 8),
                filled(256, 9), filled(256, 10), filled(256, 11));
        assertThrows(KaitaiStream.ValidationGreaterThanError.class, () -> new BcryptDsaKeyBlob(io(v1TooLong)));

        byte[] v2 = blob(new int[] {magic("DPB2"), 256, 1, 1, 32, 32}, new byte[] {0, 0, 0, 39}, filled(32, 1),
                filled(32, 2), filled(256, 3), filled(256, 4), filled(256, 5));
        BcryptDsaKeyBlobV2 dsa2 = new BcryptDsaKeyBlobV2(io(v2));
        assertEquals(BcryptDsaKeyBlobV2.HashAlgorithm.SHA256, dsa2.hashAlgorithm());
        assertEquals(BcryptDsaKeyBlobV2.FipsVersion.FIPS186_3, dsa2.standardVersion());
        assertEquals(39, dsa2.count());
        assertNull(dsa2.privateExponent());
    }

    @Test
    void dhPublicAndPrivate() {
        byte[] priv = blob(new int[] {magic("DHPV"), 64}, filled(64, 1), filled(64, 2), filled(64, 3), filled(64, 4));
        BcryptDhKeyBlob dh = new BcryptDhKeyBlob(io(priv));
        assertArrayEquals(filled(64, 4), dh.privateExponent());
        byte[] pub = Arrays.copyOf(priv, 8 + 3 * 64);
        pub[3] = 'B';
        assertNull(new BcryptDhKeyBlob(io(pub)).privateExponent());
    }

    @Test
    void theGenericBlobDispatchesOnTheMagic() {
        byte[] rsa = blob(new int[] {magic("RSA1"), 512, 3, 64, 0, 0}, new byte[] {1, 0, 1}, filled(64, 0xc1));
        assertInstanceOf(BcryptRsakeyBlob.class, new BcryptKeyBlob(io(rsa)).key());
        byte[] ecc = blob(new int[] {magic("ECS1"), 32}, filled(32, 0), filled(32, 1));
        assertInstanceOf(BcryptEcckeyBlob.class, new BcryptKeyBlob(io(ecc)).key());
        byte[] dh = blob(new int[] {magic("DHPB"), 64}, filled(64, 1), filled(64, 2), filled(64, 3));
        assertInstanceOf(BcryptDhKeyBlob.class, new BcryptKeyBlob(io(dh)).key());
        byte[] keyData = blob(new int[] {magic("KDBM"), 1, 16}, filled(16, 0x11));
        assertThrows(KaitaiStream.ValidationNotInEnumError.class, () -> new BcryptKeyBlob(io(keyData)));
    }
}
