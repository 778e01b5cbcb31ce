package org.cngkit.reference;

import static org.cngkit.reference.Caller.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.bouncycastle.util.Pack;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ML-KEM keys through BCryptImportKeyPair and BCryptExportKey. Known answers from NIST ACVP ML-KEM-keyGen-FIPS203
 * (vsId 42, the copy in shared/vectors-upstream/ml-kem-keygen), given as d, z and the SHA-256 of ek and dk.
 */
class MlKemKeyTest {
    static final String ALG = "ML-KEM";

    /** ACVP tgId 1 (ML-KEM-512) tcId 1. */
    static final byte[] SEED_512 = hex("cdf4e658bdd4636f09f70bd76ce6d1af028562586ef237c7481033ee03c31ff2"
            + "38cd80fe6cd34678de86e55e145baf191b675c19c485c54ef3522c044d42f6ee");
    static final String EK_512_SHA256 = "adcb5bbcc7dc6c4930ff09720a1a8f92dbe0c2b84f2dcef01d303bf0c0d0fb57";
    static final String DK_512_SHA256 = "adb27b8671ce816295bf985759feae7cb19bdeb53604c36ece1f24cbd7799aa7";

    private final Caller caller = new Caller();

    static byte[] seedBlob(String set, byte[] seed) {
        return ParameterSetKeyBlob.write(0x534B4C4D, set, seed);
    }

    @ParameterizedTest(name = "ML-KEM-{0}, ACVP tcId {1}")
    @CsvSource(textBlock = """
            512,  1,  cdf4e658bdd4636f09f70bd76ce6d1af028562586ef237c7481033ee03c31ff2, 38cd80fe6cd34678de86e55e145baf191b675c19c485c54ef3522c044d42f6ee, adcb5bbcc7dc6c4930ff09720a1a8f92dbe0c2b84f2dcef01d303bf0c0d0fb57, adb27b8671ce816295bf985759feae7cb19bdeb53604c36ece1f24cbd7799aa7
            768,  26, 706d0283ec389266e596018feb19e8daccc5e72e47e2acc8e5240a81298e5dd1, c15b8c9b80fa3920fc873937a3cd2cf4f5418327986ab8fc09827e25588fed1e, 3811a9d29701be64eb09c8c50890780b8bb09818692619ab6d311dad4876ebce, 22437e6f3d10cee0867ac30a12ac335a5530aa18239e7f3184bc2260573186e2
            1024, 51, 845cf2bdd27dd31b55e5e82e4c817d30c1d7b26a2caec2495a4f538066497262, 93c761c35003fc105008e8b63573f21b3efcad48976e6fe52042c0cf8e24243d, f62a71641003f59b1966a87e0938f15cf00bebd3ec6a769c78e64e7f1926b45d, 11d08c56e43da919e9da491512e9d09635487030ebcd03f4a343064569887821
            """)
    void aSeedExpandsToTheAcvpKeys(String set, int tcId, String d, String z, String ekSha256, String dkSha256) {
        byte[] seed = hex(d + z);
        Handle key = caller.importKeyPair(ALG, BlobTypes.MLKEM_PRIVATE_SEED, seedBlob(set, seed));
        int cbParameterSet = 2 * (set.length() + 1);

        byte[] publicBlob = caller.export(key, BlobTypes.MLKEM_PUBLIC);
        assertHeader(publicBlob, 0x504B4C4D, cbParameterSet);
        assertEquals(ekSha256, sha256(Arrays.copyOfRange(publicBlob, 12 + cbParameterSet, publicBlob.length)));

        byte[] privateBlob = caller.export(key, BlobTypes.MLKEM_PRIVATE);
        assertHeader(privateBlob, 0x524B4C4D, cbParameterSet);
        assertEquals(dkSha256, sha256(Arrays.copyOfRange(privateBlob, 12 + cbParameterSet, privateBlob.length)));

        assertArrayEquals(seedBlob(set, seed), caller.export(key, BlobTypes.MLKEM_PRIVATE_SEED));
    }

    @Test
    void theSeedBlobHasTheDocumentedBytes() {
        byte[] blob = seedBlob("1024", new byte[64]);
        // blob-layouts-digest 2.7: 86 bytes; "MLKS", cbParameterSet 10, cbKey 64, L"1024\0", key at offset 22
        assertEquals(86, blob.length);
        assertEquals("4d4c4b53" + "0a000000" + "40000000" + "31003000320034000000",
                HexFormat.of().formatHex(blob, 0, 22));
    }

    @Test
    void anExpandedImportExportsBothKeysButNoSeed() {
        Handle fromSeed = caller.importKeyPair(ALG, BlobTypes.MLKEM_PRIVATE_SEED, seedBlob("512", SEED_512));
        byte[] privateBlob = caller.export(fromSeed, BlobTypes.MLKEM_PRIVATE);
        byte[] publicBlob = caller.export(fromSeed, BlobTypes.MLKEM_PUBLIC);

        Handle expanded = caller.importKeyPair(ALG, BlobTypes.MLKEM_PRIVATE, privateBlob);
        assertArrayEquals(privateBlob, caller.export(expanded, BlobTypes.MLKEM_PRIVATE));
        assertArrayEquals(publicBlob, caller.export(expanded, BlobTypes.MLKEM_PUBLIC));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.exportStatus(expanded, BlobTypes.MLKEM_PRIVATE_SEED));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.provider.exportKey(expanded, Handle.NULL,
                BlobTypes.MLKEM_PRIVATE_SEED, null, 0, new org.cngkit.spi.ULongOut(), 0), "even the size query");
    }

    @Test
    void aPublicImportExportsOnlyThePublicKey() {
        Handle fromSeed = caller.importKeyPair(ALG, BlobTypes.MLKEM_PRIVATE_SEED, seedBlob("512", SEED_512));
        byte[] publicBlob = caller.export(fromSeed, BlobTypes.MLKEM_PUBLIC);
        Handle publicKey = caller.importKeyPair(ALG, BlobTypes.MLKEM_PUBLIC, publicBlob);
        assertArrayEquals(publicBlob, caller.export(publicKey, BlobTypes.MLKEM_PUBLIC));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.exportStatus(publicKey, BlobTypes.MLKEM_PRIVATE));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.exportStatus(publicKey, BlobTypes.MLKEM_PRIVATE_SEED));
    }

    @Test
    void otherFamiliesBlobTypesAndNonZeroFlagsAreRefused() {
        Handle key = caller.importKeyPair(ALG, BlobTypes.MLKEM_PRIVATE_SEED, seedBlob("768", SEED_512));
        for (String other : new String[] {BlobTypes.PQDSA_PUBLIC, BlobTypes.PQDSA_PRIVATE_SEED, BlobTypes.KEY_DATA,
                BlobTypes.RSA_PUBLIC, BlobTypes.PUBLIC_KEY}) {
            assertEquals(NtStatus.NOT_SUPPORTED, caller.exportStatus(key, other), other);
        }
        byte[] out = new byte[4096];
        for (int flags : new int[] {1, 8, 0x80000000}) {
            assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.exportKey(key, Handle.NULL, BlobTypes.MLKEM_PUBLIC,
                    out, out.length, new org.cngkit.spi.ULongOut(), flags), "dwFlags must be 0 for ML-KEM keys");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            unknown parameter set,           999
            upstream name instead of CNG's,  ML-KEM-512
            ML-DSA set,                      44
            """)
    void aSetTheAlgorithmDoesNotKnowIsRefused(String what, String set) {
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ALG, BlobTypes.MLKEM_PRIVATE_SEED,
                seedBlob(set, SEED_512)), what);
    }

    @Test
    void malformedBlobsAreRefused() {
        byte[] good = seedBlob("512", SEED_512);
        assertEquals(NtStatus.SUCCESS, caller.importKeyPairStatus(ALG, BlobTypes.MLKEM_PRIVATE_SEED, good));

        byte[] countsCharacters = good.clone();
        Pack.intToLittleEndian(4, countsCharacters, 4);
        byte[] noNul = concat(Arrays.copyOf(good, 12), "512".getBytes(StandardCharsets.UTF_16LE), SEED_512);
        Pack.intToLittleEndian(6, noNul, 4);
        byte[] wrongMagic = good.clone();
        wrongMagic[3] = 'P';
        byte[] shortSeed = ParameterSetKeyBlob.write(0x534B4C4D, "512", Arrays.copyOf(SEED_512, 32));
        byte[] trailing = Arrays.copyOf(good, good.length + 1);
        byte[] truncated = Arrays.copyOf(good, good.length - 1);
        byte[] mislabelled = caller.export(caller.importKeyPair(ALG, BlobTypes.MLKEM_PRIVATE_SEED, good), BlobTypes.MLKEM_PUBLIC);
        mislabelled[12] = '7';
        mislabelled[14] = '6';
        mislabelled[16] = '8';
        for (byte[] bad : new byte[][] {countsCharacters, noNul, wrongMagic, shortSeed, trailing, truncated, new byte[11]}) {
            assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ALG, BlobTypes.MLKEM_PRIVATE_SEED, bad));
        }
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ALG, BlobTypes.MLKEM_PUBLIC, mislabelled),
                "an 800-byte encapsulation key labelled 768");
        assertEquals(NtStatus.NOT_SUPPORTED, caller.importKeyPairStatus(ALG, BlobTypes.PQDSA_PRIVATE_SEED, good));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.provider.importKey(caller.open(ALG), Handle.NULL,
                BlobTypes.MLKEM_PRIVATE_SEED, new org.cngkit.spi.HandleOut(), null, 0, good, good.length, 0),
                "BCryptImportKey is for symmetric keys");
    }

    @Test
    void anExpandedKeyWhoseHashDoesNotMatchIsRefused() {
        byte[] privateBlob = caller.export(caller.importKeyPair(ALG, BlobTypes.MLKEM_PRIVATE_SEED,
                seedBlob("512", SEED_512)), BlobTypes.MLKEM_PRIVATE);
        privateBlob[privateBlob.length - 40] ^= 1;  // inside H(ek)
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ALG, BlobTypes.MLKEM_PRIVATE, privateBlob));
    }

    private static void assertHeader(byte[] blob, int magic, int cbParameterSet) {
        assertEquals(magic, Pack.littleEndianToInt(blob, 0));
        assertEquals(cbParameterSet, Pack.littleEndianToInt(blob, 4));
        assertEquals(blob.length - 12 - cbParameterSet, Pack.littleEndianToInt(blob, 8));
        assertEquals(0, blob[12 + cbParameterSet - 1]);
        assertEquals(0, blob[12 + cbParameterSet - 2]);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }
}
