package org.cngkit.reference;

import static org.cngkit.reference.Caller.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ML-DSA keys through BCryptImportKeyPair, BCryptGenerateKeyPair and BCryptExportKey. Known answers from NIST ACVP
 * ML-DSA-keyGen-FIPS204 (vsId 42, the copy in shared/vectors-upstream/ml-dsa-keygen): the seed xi and the SHA-256
 * of pk and sk.
 */
class MlDsaKeyTest {
    static final String ALG = "ML-DSA";
    static final int SEED_MAGIC = 0x53535344;

    private final Caller caller = new Caller();

    private static byte[] bodyOf(byte[] blob, String set) {
        return Arrays.copyOfRange(blob, 12 + 2 * (set.length() + 1), blob.length);
    }

    @ParameterizedTest(name = "ML-DSA-{0}, ACVP tcId {1}")
    @CsvSource(textBlock = """
            44, 1,  079eab79ab14747ca01582b59f2624191b0c59fa219cdeb79f66669daf0e695e, abd86d76cc983b72f3d7fd10d80fdc04fb751001e3971eabc9595763c218f90e, ede6dfdd697f69ddb7acd13e99c9628c5ac42f51bc0a11d01a5bbe513e444388
            65, 26, ac37688a229c819f1f5ba5a2ed98e3d0ad98d1b5db233ff8e8122040bcba609f, 40c350d2fadedec2f4efa02e371192b497db19857ce2560e803c7b7245eb86f2, c991cc85063a5e5a83b36a3710ebf8f2b7f44de665ee5139dc7a3058b04f5059
            87, 51, 631afc2a36a57e1d090dadc2791d486d72c69a9aabf97990c573214846fe5b64, bc9dba42a005810c7c8fe491b9141ffbe9ffe2c96e1b8d10173aaea0a7bff336, 4ffe3a7e14760e43d4ad6c3906a1c967222a0068f3ad84d2f0016810e507eb25
            """)
    void aSeedExpandsToTheAcvpKeys(String set, int tcId, String xi, String pkSha256, String skSha256) {
        byte[] seedBlob = ParameterSetKeyBlob.write(SEED_MAGIC, set, hex(xi));
        // blob-layouts-digest 2.8: 12 + 6 + 32 = 50 bytes, ".NET's comment" confirms it
        assertEquals(50, seedBlob.length);
        Handle key = caller.importKeyPair(ALG, BlobTypes.PQDSA_PRIVATE_SEED, seedBlob);
        byte[] publicBlob = caller.export(key, BlobTypes.PQDSA_PUBLIC);
        byte[] privateBlob = caller.export(key, BlobTypes.PQDSA_PRIVATE);
        assertEquals("4453504b", HexFormat.of().formatHex(publicBlob, 0, 4), "DSPK");
        assertEquals("4453534b", HexFormat.of().formatHex(privateBlob, 0, 4), "DSSK");
        assertEquals(pkSha256, MlKemKeyTest.sha256(bodyOf(publicBlob, set)));
        assertEquals(skSha256, MlKemKeyTest.sha256(bodyOf(privateBlob, set)));
        assertArrayEquals(seedBlob, caller.export(key, BlobTypes.PQDSA_PRIVATE_SEED));

        Handle expanded = caller.importKeyPair(ALG, BlobTypes.PQDSA_PRIVATE, privateBlob);
        assertArrayEquals(publicBlob, caller.export(expanded, BlobTypes.PQDSA_PUBLIC), "pk recomputed from sk");
        assertArrayEquals(privateBlob, caller.export(expanded, BlobTypes.PQDSA_PRIVATE));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.exportStatus(expanded, BlobTypes.PQDSA_PRIVATE_SEED));

        Handle publicOnly = caller.importKeyPair(ALG, BlobTypes.PQDSA_PUBLIC, publicBlob);
        assertArrayEquals(publicBlob, caller.export(publicOnly, BlobTypes.PQDSA_PUBLIC));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.exportStatus(publicOnly, BlobTypes.PQDSA_PRIVATE));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.exportStatus(publicOnly, BlobTypes.PQDSA_PRIVATE_SEED));
    }

    @Test
    void mlKemBlobsAndSetsDoNotFitMlDsa() {
        byte[] xi = hex("079eab79ab14747ca01582b59f2624191b0c59fa219cdeb79f66669daf0e695e");
        Handle key = caller.importKeyPair(ALG, BlobTypes.PQDSA_PRIVATE_SEED, ParameterSetKeyBlob.write(SEED_MAGIC, "44", xi));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.exportStatus(key, BlobTypes.MLKEM_PRIVATE_SEED));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.importKeyPairStatus(ALG, BlobTypes.MLKEM_PRIVATE_SEED,
                ParameterSetKeyBlob.write(0x534B4C4D, "512", new byte[64])));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ALG, BlobTypes.PQDSA_PRIVATE_SEED,
                ParameterSetKeyBlob.write(SEED_MAGIC, "ML-DSA-44", xi)));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ALG, BlobTypes.PQDSA_PRIVATE_SEED,
                ParameterSetKeyBlob.write(0x534B4C4D, "44", xi)), "the ML-KEM seed magic");
    }

    @Test
    void aGeneratedKeyExportsItsSeed() {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, caller.provider.generateKeyPair(caller.open(ALG), out, 0, 0));
        byte[] name = "87\0".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(out.get(), "ParameterSetName", name, name.length, 0));
        assertEquals(NtStatus.SUCCESS, caller.provider.finalizeKeyPair(out.get(), 0));
        byte[] seedBlob = caller.export(out.get(), BlobTypes.PQDSA_PRIVATE_SEED);
        assertEquals(50, seedBlob.length);
        Handle again = caller.importKeyPair(ALG, BlobTypes.PQDSA_PRIVATE_SEED, seedBlob);
        assertArrayEquals(caller.export(out.get(), BlobTypes.PQDSA_PRIVATE), caller.export(again, BlobTypes.PQDSA_PRIVATE));
        assertEquals(12 + 6 + 2592, caller.export(again, BlobTypes.PQDSA_PUBLIC).length);
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.generateKeyPair(caller.open(ALG), new HandleOut(), 0,
                ParameterSetAlgorithm.BCRYPT_NO_KEY_VALIDATION), "that flag is for ML-KEM");
    }

    /** Issue #12: an expanded key with a corrupted t0 (or s1, s2 out of range) is refused; tr alone does not see it. */
    @Test
    void anExpandedKeyWithACorruptedT0OrSIsRefused() {
        for (String set : new String[] {"44", "65", "87"}) {
            HandleOut out = new HandleOut();
            assertEquals(NtStatus.SUCCESS, caller.provider.generateKeyPair(caller.open(ALG), out, 0, 0));
            byte[] name = (set + "\0").getBytes(StandardCharsets.UTF_16LE);
            assertEquals(NtStatus.SUCCESS, caller.provider.setProperty(out.get(), "ParameterSetName", name, name.length, 0));
            assertEquals(NtStatus.SUCCESS, caller.provider.finalizeKeyPair(out.get(), 0));
            byte[] blob = caller.export(out.get(), BlobTypes.PQDSA_PRIVATE);
            assertEquals(NtStatus.SUCCESS, caller.importKeyPairStatus(ALG, BlobTypes.PQDSA_PRIVATE, blob), set);
            byte[] t0 = blob.clone();
            t0[t0.length - 100] ^= 0x10;
            assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ALG, BlobTypes.PQDSA_PRIVATE, t0), set + " t0");
            int s1 = blob.length - new MlDsaKeysShape(set).afterS1();
            byte[] s = blob.clone();
            s[s1] ^= 0x01;
            assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ALG, BlobTypes.PQDSA_PRIVATE, s), set + " s1");
        }
    }

    /** Where s1 starts, counted from the end of the blob: t0, s2 and s1 of the set. */
    private record MlDsaKeysShape(String set) {
        int afterS1() {
            return switch (set) {
                case "44" -> 4 * 416 + 4 * 96 + 4 * 96;
                case "65" -> 6 * 416 + 6 * 128 + 5 * 128;
                default -> 8 * 416 + 8 * 96 + 7 * 96;
            };
        }
    }
}
