package org.cngkit.reference;

import static org.cngkit.reference.Caller.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;

import org.bouncycastle.util.test.FixedSecureRandom;
import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SLH-DSA keys. Known answers from NIST ACVP SLH-DSA-keyGen-FIPS205 (vsId 53, the copy in
 * shared/vectors-upstream/slh-dsa-keygen): SK.seed, SK.prf, PK.seed and the resulting sk.
 */
class SlhDsaKeyTest {
    static final String ALG = "SLH-DSA";
    static final int PRIVATE_MAGIC = 0x4B534853;

    private final Caller caller = new Caller();

    @ParameterizedTest(name = "{0}, ACVP tcId {1}")
    @CsvSource(textBlock = """
            SHA2-128f,  21, aed6f6f5c5408bbffa1136bc9049a701, 4d4ce0711e176a0c8a023508a692c207, 74d98d5000af53b98f36389a1292bed3, aed6f6f5c5408bbffa1136bc9049a7014d4ce0711e176a0c8a023508a692c20774d98d5000af53b98f36389a1292bed3f4a650c56c426fcfdb88e3355459440c
            SHAKE-192f, 71, 855000fdfffba76962809c69432452f3dc79428f662c59b1, 43b1fc381c300b5ecec7571b5de2fca16737e4c14911f683, 124623ba6ca1bc1b0e1a303099e2a608b0ac41715bc788a1, 855000fdfffba76962809c69432452f3dc79428f662c59b143b1fc381c300b5ecec7571b5de2fca16737e4c14911f683124623ba6ca1bc1b0e1a303099e2a608b0ac41715bc788a19873c783378f935794abc0313243efc3f4a10a619cb1b1fe
            """)
    void generationFromTheThreeSeedsGivesTheAcvpKey(String set, int tcId, String skSeed, String skPrf, String pkSeed, String sk) {
        ParameterSet parameterSet = SlhDsaKeys.PARAMETER_SETS.stream()
                .filter(s -> s.parameterSetName().equals(set)).findFirst().orElseThrow();
        PqKeyMaterial key = parameterSet.generate(new FixedSecureRandom(hex(skSeed + skPrf + pkSeed)));
        assertArrayEquals(hex(sk), key.part(KeyPart.PRIVATE).orElseThrow());
        byte[] expectedPublic = Arrays.copyOfRange(hex(sk), hex(sk).length / 2, hex(sk).length);
        assertArrayEquals(expectedPublic, key.part(KeyPart.PUBLIC).orElseThrow());
        assertEquals(0, parameterSet.length(KeyPart.SEED));
    }

    @Test
    void aPrivateImportExportsItAndItsPublicHalf() {
        byte[] sk = hex("aed6f6f5c5408bbffa1136bc9049a7014d4ce0711e176a0c8a023508a692c207"
                + "74d98d5000af53b98f36389a1292bed3f4a650c56c426fcfdb88e3355459440c");
        byte[] privateBlob = ParameterSetKeyBlob.write(PRIVATE_MAGIC, "SHA2-128f", sk);
        // 12 + 20 ("SHA2-128f" + NUL in UTF-16) + 64
        assertEquals(96, privateBlob.length);
        Handle key = caller.importKeyPair(ALG, BlobTypes.PQDSA_PRIVATE, privateBlob);
        assertArrayEquals(privateBlob, caller.export(key, BlobTypes.PQDSA_PRIVATE));
        byte[] publicBlob = caller.export(key, BlobTypes.PQDSA_PUBLIC);
        assertArrayEquals(ParameterSetKeyBlob.write(0x4B504853, "SHA2-128f", Arrays.copyOfRange(sk, 32, 64)), publicBlob);
        assertEquals(NtStatus.NOT_SUPPORTED, caller.exportStatus(key, BlobTypes.PQDSA_PRIVATE_SEED), "no SLH-DSA seed blob");
        assertEquals(NtStatus.NOT_SUPPORTED, caller.importKeyPairStatus(ALG, BlobTypes.PQDSA_PRIVATE_SEED,
                ParameterSetKeyBlob.write(0x53535344, "SHA2-128f", new byte[32])));
        Handle publicKey = caller.importKeyPair(ALG, BlobTypes.PQDSA_PUBLIC, publicBlob);
        assertEquals(NtStatus.INVALID_PARAMETER, caller.exportStatus(publicKey, BlobTypes.PQDSA_PRIVATE));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ALG, BlobTypes.PQDSA_PRIVATE,
                ParameterSetKeyBlob.write(PRIVATE_MAGIC, "SHA2-192f", sk)), "64 bytes are not a 192f key");
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus(ALG, BlobTypes.PQDSA_PRIVATE,
                ParameterSetKeyBlob.write(0x4B535344, "SHA2-128f", sk)), "the ML-DSA private magic");
    }

    @Test
    void claimsTheTwelveSetsWithPublicAndPrivateBlobs() {
        AlgorithmClaim claim = new ReferenceProvider().claims().algorithm(ALG).orElseThrow();
        assertEquals(12, claim.parameterSets().size());
        assertEquals(Set.of(BlobTypes.PQDSA_PUBLIC, BlobTypes.PQDSA_PRIVATE), claim.exportBlobTypes());
        assertEquals(Set.of(BlobTypes.PQDSA_PUBLIC, BlobTypes.PQDSA_PRIVATE), claim.importBlobTypes());
    }
}
