package org.cngkit.reference;

import static org.cngkit.reference.Caller.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;

import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.Test;

/**
 * LMS and XMSS public keys, import and export of PQDSAPUBLICBLOB only. Keys: RFC 8554 Appendix F test case 2 (both
 * levels) and the third-party XMSS known answer XMSS-SHA2_10_256 tcId 1 (shared/vectors-upstream/xmss-keygen).
 */
class LmsXmssKeyTest {
    static final int LMS_MAGIC = 0x4B504D4C;
    static final int XMSS_MAGIC = 0x4B504D58;
    /** RFC 8554 test case 2, level 0: LMS_SHA256_M32_H10 / LMOTS_SHA256_N32_W4. */
    static final byte[] LMS_TC2_L0 = hex("0000000600000003d08fabd4a2091ff0a8cb4ed834e74534"
            + "32a58885cd9ba0431235466bff9651c6c92124404d45fa53cf161c28f1ad5a8e");
    /** RFC 8554 test case 2, level 1: LMS_SHA256_M32_H5 / LMOTS_SHA256_N32_W8. */
    static final byte[] LMS_TC2_L1 = hex("0000000500000004215f83b7ccb9acbcd08db97b0d04dc2b"
            + "a1cd035833e0e90059603f26e07ad2aad152338e7a5e5984bcd5f7bb4eba40b7");
    /** XMSS-SHA2_10_256 (OID 1), third-party tcId 1: OID || root || PUB_SEED. */
    static final byte[] XMSS_SHA2_10_256 = hex("0000000148cf36799f1947a1f28b785b8095d737105408d3d1727a55bc9aa5285be9ff34"
            + "12df14700f3c75a660ea17e4a41ff60ac7b77e000e3e9acce95fe7f608ac59b1");

    private final Caller caller = new Caller();

    @Test
    void lmsPublicKeysRoundTrip() {
        for (Object[] key : new Object[][] {{"SHA256_M32_H10", LMS_TC2_L0}, {"SHA256_M32_H5", LMS_TC2_L1}}) {
            byte[] blob = ParameterSetKeyBlob.write(LMS_MAGIC, (String) key[0], (byte[]) key[1]);
            Handle handle = caller.importKeyPair("LMS", BlobTypes.PQDSA_PUBLIC, blob);
            assertArrayEquals(blob, caller.export(handle, BlobTypes.PQDSA_PUBLIC));
            assertEquals(NtStatus.NOT_SUPPORTED, caller.exportStatus(handle, BlobTypes.PQDSA_PRIVATE));
            assertEquals(NtStatus.NOT_SUPPORTED, caller.exportStatus(handle, BlobTypes.PQDSA_PRIVATE_SEED));
        }
    }

    @Test
    void anLmsKeyMustCarryTheTypeItsSetNames() {
        // H10 key named H15: same length, other type code
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus("LMS", BlobTypes.PQDSA_PUBLIC,
                ParameterSetKeyBlob.write(LMS_MAGIC, "SHA256_M32_H15", LMS_TC2_L0)));
        // SHAKE name, SHA-256 key of the same length
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus("LMS", BlobTypes.PQDSA_PUBLIC,
                ParameterSetKeyBlob.write(LMS_MAGIC, "SHAKE_M32_H10", LMS_TC2_L0)));
        // an LM-OTS type of another hash (LMOTS_SHAKE_N32_W4 = 0x0B) under an LMS_SHA256 type
        byte[] mixed = LMS_TC2_L0.clone();
        mixed[7] = 0x0B;
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus("LMS", BlobTypes.PQDSA_PUBLIC,
                ParameterSetKeyBlob.write(LMS_MAGIC, "SHA256_M32_H10", mixed)));
        byte[] unknownType = LMS_TC2_L0.clone();
        unknownType[3] = 0x55;
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus("LMS", BlobTypes.PQDSA_PUBLIC,
                ParameterSetKeyBlob.write(LMS_MAGIC, "SHA256_M32_H10", unknownType)));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus("LMS", BlobTypes.PQDSA_PUBLIC,
                ParameterSetKeyBlob.write(LMS_MAGIC, "LMS_SHA256_M32_H10", LMS_TC2_L0)), "the name carries no prefix");
    }

    @Test
    void xmssPublicKeysRoundTripWithTheirOid() {
        byte[] blob = ParameterSetKeyBlob.write(XMSS_MAGIC, "SHA2_10_256", XMSS_SHA2_10_256);
        Handle handle = caller.importKeyPair("XMSS", BlobTypes.PQDSA_PUBLIC, blob);
        assertArrayEquals(blob, caller.export(handle, BlobTypes.PQDSA_PUBLIC));
        assertEquals(NtStatus.NOT_SUPPORTED, caller.exportStatus(handle, BlobTypes.PQDSA_PRIVATE));
        // same size, other OID
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus("XMSS", BlobTypes.PQDSA_PUBLIC,
                ParameterSetKeyBlob.write(XMSS_MAGIC, "SHAKE_10_256", XMSS_SHA2_10_256)));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus("XMSS", BlobTypes.PQDSA_PUBLIC,
                ParameterSetKeyBlob.write(XMSS_MAGIC, "SHA2_10_192", XMSS_SHA2_10_256)), "68 bytes are not an n=24 key");
        assertEquals(NtStatus.INVALID_PARAMETER, caller.importKeyPairStatus("XMSS", BlobTypes.PQDSA_PUBLIC,
                ParameterSetKeyBlob.write(LMS_MAGIC, "SHA2_10_256", XMSS_SHA2_10_256)), "the LMS magic");
    }

    @Test
    void neitherGeneratesKeys() {
        for (String algorithm : new String[] {"LMS", "XMSS"}) {
            assertEquals(NtStatus.NOT_SUPPORTED, caller.provider.generateKeyPair(caller.open(algorithm), new HandleOut(), 0, 0));
            AlgorithmClaim claim = caller.provider.claims().algorithm(algorithm).orElseThrow();
            assertEquals(Set.of(BlobTypes.PQDSA_PUBLIC), claim.exportBlobTypes());
            assertEquals(Set.of(BlobTypes.PQDSA_PUBLIC), claim.importBlobTypes());
        }
        assertEquals(20, caller.provider.claims().algorithm("LMS").orElseThrow().parameterSets().size());
        assertEquals(21, caller.provider.claims().algorithm("XMSS").orElseThrow().parameterSets().size());
    }
}
