package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.bouncycastle.util.Pack;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.junit.jupiter.api.Test;

/** ECDH and ECDSA through the SPI: per-curve and curve-agnostic algorithms, magics, padding, import refusals. */
class EccKeyPairTest {
    private final Caller caller = new Caller();

    private static byte[] curveName(String name) {
        return (name + "\0").getBytes(StandardCharsets.UTF_16LE);
    }

    private static String magic(byte[] blob) {
        return new String(blob, 0, 4, StandardCharsets.US_ASCII);
    }

    @Test
    void eachPerCurveAlgorithmWritesItsMagicAndCbKey() {
        String[][] cases = {{"ECDH_P256", "256", "ECK1", "ECK2", "32"}, {"ECDH_P384", "384", "ECK3", "ECK4", "48"},
                {"ECDH_P521", "521", "ECK5", "ECK6", "66"}, {"ECDSA_P256", "256", "ECS1", "ECS2", "32"},
                {"ECDSA_P384", "384", "ECS3", "ECS4", "48"}, {"ECDSA_P521", "521", "ECS5", "ECS6", "66"}};
        for (String[] c : cases) {
            Handle key = caller.generatedKeyPair(caller.open(c[0]), Integer.parseInt(c[1]));
            byte[] pub = caller.export(key, BlobTypes.ECC_PUBLIC);
            byte[] priv = caller.export(key, BlobTypes.ECC_PRIVATE);
            int cbKey = Integer.parseInt(c[4]);
            assertEquals(c[2], magic(pub), c[0]);
            assertEquals(c[3], magic(priv), c[0]);
            assertEquals(cbKey, Pack.littleEndianToInt(pub, 4));
            assertEquals(8 + 2 * cbKey, pub.length);
            assertEquals(8 + 3 * cbKey, priv.length);
            assertArrayEquals(pub, caller.export(key, BlobTypes.PUBLIC_KEY));
            assertArrayEquals(priv, caller.export(key, BlobTypes.PRIVATE_KEY));
            assertArrayEquals(priv, caller.export(caller.importKeyPair(c[0], BlobTypes.ECC_PRIVATE, priv), BlobTypes.ECC_PRIVATE));
        }
    }

    @Test
    void theCurveAgnosticAlgorithmsTakeTheCurveAsAPropertyAndWriteTheGenericMagic() {
        Handle ecdh = caller.open("ECDH");
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, caller.provider.generateKeyPair(ecdh, out, 0, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.finalizeKeyPair(out.get(), 0), "no curve yet");
        byte[] p384 = curveName("nistP384");
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(out.get(), "ECCCurveName", p384, p384.length, 0));
        assertEquals(NtStatus.SUCCESS, caller.provider.finalizeKeyPair(out.get(), 0));
        byte[] priv = caller.export(out.get(), BlobTypes.ECC_PRIVATE);
        assertEquals("ECKV", magic(priv));
        assertEquals(8 + 3 * 48, priv.length);
        assertEquals("ECKP", magic(caller.export(out.get(), BlobTypes.PUBLIC_KEY)));

        Handle ecdsa = caller.open("ECDSA");
        byte[] p256 = curveName("nistP256");
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(ecdsa, "ECCCurveName", p256, p256.length, 0));
        Handle key = caller.generatedKeyPair(ecdsa, 256);
        assertEquals("ECDP", magic(caller.export(key, BlobTypes.ECC_PUBLIC)));
    }

    @Test
    void curveNamesAreCheckedAndOnlyTheAgnosticAlgorithmsTakeThem() {
        Handle ecdh = caller.open("ECDH");
        byte[] noNul = "nistP256".getBytes(StandardCharsets.UTF_16LE);
        byte[] p256 = curveName("nistP256");
        for (String unknown : new String[] {"wtls9", "numsP256t1", "NISTP256", "nistp256", "BrainpoolP256r1", "P-256"}) {
            byte[] value = curveName(unknown);
            assertEquals(NtStatus.NOT_SUPPORTED, caller.provider.setProperty(ecdh, "ECCCurveName", value, value.length, 0), unknown);
        }
        byte[] x25519 = curveName("curve25519");
        assertEquals(NtStatus.NOT_SUPPORTED, caller.provider.setProperty(caller.open("ECDSA"), "ECCCurveName", x25519, x25519.length, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.setProperty(ecdh, "ECCCurveName", noNul, noNul.length, 0));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.provider.setProperty(caller.open("ECDH_P256"), "ECCCurveName", p256, p256.length, 0));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.provider.setProperty(ecdh, "DHParameters", p256, p256.length, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.generateKeyPair(caller.open("ECDH_P256"), new HandleOut(), 384, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.generateKeyPair(ecdh, new HandleOut(), 257, 0));
    }

    /** Every curve ECDH offers: a generated key exports with the generic magic and cbKey of its field, and re-imports. */
    @Test
    void everyNamedCurveGeneratesExportsAndReimports() {
        for (EccCurve c : EccCurve.all()) {
            Handle ecdh = caller.open("ECDH");
            byte[] name = curveName(c.name());
            assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(ecdh, "ECCCurveName", name, name.length, 0), c.name());
            Handle key = caller.generatedKeyPair(ecdh, c.bits());
            byte[] priv = caller.export(key, BlobTypes.ECC_PRIVATE);
            assertEquals("ECKV", magic(priv), c.name());
            assertEquals(c.cbKey(), Pack.littleEndianToInt(priv, 4), c.name());
            assertEquals(8 + 3 * c.cbKey(), priv.length, c.name());
            assertArrayEquals(priv, caller.export(caller.importKeyPair(ecdh, BlobTypes.ECC_PRIVATE, priv), BlobTypes.ECC_PRIVATE), c.name());
        }
    }

    /** RFC 7748 section 6.1, Alice: a private blob with X = Y = 0 imports and exports the derived public value. */
    @Test
    void aCurve25519PrivateBlobWithoutPublicValueGetsItDerived() {
        HexFormat hex = HexFormat.of();
        byte[] d = hex.parseHex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        byte[] x = hex.parseHex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        byte[] blob = new byte[8 + 96];
        System.arraycopy(Pack.intToLittleEndian(NistCurve.ECDH_PRIVATE_GENERIC), 0, blob, 0, 4);
        blob[4] = 32;
        System.arraycopy(d, 0, blob, 8 + 64, 32);
        Handle ecdh = caller.open("ECDH");
        byte[] name = curveName("curve25519");
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(ecdh, "ECCCurveName", name, name.length, 0));
        byte[] exported = caller.export(caller.importKeyPair(ecdh, BlobTypes.ECC_PRIVATE, blob), BlobTypes.ECC_PRIVATE);
        assertArrayEquals(x, Arrays.copyOfRange(exported, 8, 40));
        assertArrayEquals(new byte[32], Arrays.copyOfRange(exported, 40, 72));
        assertArrayEquals(d, Arrays.copyOfRange(exported, 72, 104));
        blob[8] = 1; // a public value that is not X25519(d, 9)
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.importKeyPair(ecdh, Handle.NULL, BlobTypes.ECC_PRIVATE, out, blob, blob.length, 0));
    }

    @Test
    void importsAreRefusedForTheWrongKindCurveSideOrLength() {
        Handle key = caller.generatedKeyPair(caller.open("ECDSA_P256"), 256);
        byte[] priv = caller.export(key, BlobTypes.ECC_PRIVATE);
        byte[] pub = caller.export(key, BlobTypes.ECC_PUBLIC);
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(caller.open("ECDH_P256"), BlobTypes.ECC_PRIVATE, priv));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(caller.open("ECDSA_P384"), BlobTypes.ECC_PRIVATE, priv));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(caller.open("ECDSA_P256"), BlobTypes.ECC_PUBLIC, priv));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(caller.open("ECDSA_P256"), BlobTypes.ECC_PUBLIC, Arrays.copyOf(pub, 71)));
        byte[] wrongCbKey = pub.clone();
        wrongCbKey[4] = 31;
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(caller.open("ECDSA_P256"), BlobTypes.ECC_PUBLIC, wrongCbKey));
        byte[] offCurve = pub.clone();
        offCurve[offCurve.length - 1] ^= 1;
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(caller.open("ECDSA_P256"), BlobTypes.ECC_PUBLIC, offCurve));
        byte[] wrongD = priv.clone();
        wrongD[wrongD.length - 1] ^= 1;
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(caller.open("ECDSA_P256"), BlobTypes.ECC_PRIVATE, wrongD));
    }

    @Test
    void theCurveAgnosticAlgorithmImportsPerCurveAndGenericMagics() {
        Handle key = caller.generatedKeyPair(caller.open("ECDSA_P256"), 256);
        byte[] priv = caller.export(key, BlobTypes.ECC_PRIVATE);
        Handle ecdsa = caller.open("ECDSA");
        assertEquals(NtStatus.SUCCESS, caller.importKeyPairStatus(ecdsa, BlobTypes.ECC_PRIVATE, priv));
        byte[] generic = priv.clone();
        Pack.intToLittleEndian(NistCurve.ECDSA_PRIVATE_GENERIC, generic, 0);
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ecdsa, BlobTypes.ECC_PRIVATE, generic), "no curve set");
        byte[] p256 = curveName("nistP256");
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(ecdsa, "ECCCurveName", p256, p256.length, 0));
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, caller.provider.importKeyPair(ecdsa, Handle.NULL, BlobTypes.PRIVATE_KEY, out, generic, generic.length, 0));
        assertArrayEquals(generic, caller.export(out.get(), BlobTypes.ECC_PRIVATE));
        byte[] p384 = curveName("nistP384");
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(ecdsa, "ECCCurveName", p384, p384.length, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ecdsa, BlobTypes.ECC_PRIVATE, priv), "curve differs");
    }

    @Test
    void aPublicKeyExportsNoPrivateBlob() {
        Handle key = caller.generatedKeyPair(caller.open("ECDSA_P384"), 384);
        Handle publicOnly = caller.importKeyPair("ECDSA_P384", BlobTypes.ECC_PUBLIC, caller.export(key, BlobTypes.ECC_PUBLIC));
        assertEquals(NtStatus.INVALID_PARAMETER,
                caller.provider.exportKey(publicOnly, Handle.NULL, BlobTypes.ECC_PRIVATE, null, 0, new ULongOut(), 0));
        assertEquals(NtStatus.INVALID_PARAMETER,
                caller.provider.exportKey(publicOnly, Handle.NULL, BlobTypes.PRIVATE_KEY, null, 0, new ULongOut(), 0));
    }
}
