package org.cngkit.reference;

import static org.cngkit.reference.Caller.filled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

import org.cngkit.spi.AlgorithmClaim;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.WindowsProfile;
import org.junit.jupiter.api.Test;

/** Registration, claims, opening algorithms, the not-yet-supported entry points and the exception guard. */
class ReferenceProviderTest {

    @Test
    void serviceLoaderFindsTheReferenceByName() {
        List<CngProvider> found = ServiceLoader.load(CngProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("reference"))
                .collect(Collectors.toList());
        assertEquals(1, found.size());
        assertInstanceOf(ReferenceProvider.class, found.get(0));
    }

    @Test
    void claimsTheSymmetricAlgorithmsWithKeyDataOpaqueAndKeyWrapBlobs() {
        Claims claims = new ReferenceProvider().claims();
        assertEquals(WindowsProfile.WIN11_24H2, claims.profile());
        assertTrue(claims.algorithms().stream().map(AlgorithmClaim::algorithmId).collect(Collectors.toSet())
                .containsAll(Set.of("AES", "3DES", "DES", "RC2")));
        Set<String> wrappable = Set.of(BlobTypes.KEY_DATA, BlobTypes.OPAQUE_KEY, BlobTypes.AES_WRAP_KEY);
        AlgorithmClaim aes = claims.algorithm("AES").orElseThrow();
        assertEquals(Set.of(128, 192, 256), aes.keyBits());
        assertEquals(wrappable, aes.exportBlobTypes());
        assertEquals(wrappable, aes.importBlobTypes());
        assertTrue(aes.parameterSets().isEmpty());
        AlgorithmClaim tripleDes = claims.algorithm("3DES").orElseThrow();
        assertEquals(Set.of(192), tripleDes.keyBits());
        assertEquals(wrappable, tripleDes.exportBlobTypes());
        assertEquals(wrappable, tripleDes.importBlobTypes());
        AlgorithmClaim des = claims.algorithm("DES").orElseThrow();
        assertEquals(Set.of(64), des.keyBits());
        assertEquals(Set.of(BlobTypes.KEY_DATA, BlobTypes.OPAQUE_KEY), des.exportBlobTypes(), "one semiblock: never wrapped");
        assertTrue(claims.claimsKeySize("RC2", 40) && claims.claimsKeySize("RC2", 128));
        assertTrue(claims.claimsExport("RC2", BlobTypes.AES_WRAP_KEY), "16-byte RC2 keys can be wrapped");
        assertFalse(claims.claimsExport("AES", BlobTypes.RSA_PUBLIC));
    }

    @Test
    void claimsMlKemWithItsThreeSetsAndBlobTypes() {
        AlgorithmClaim mlKem = new ReferenceProvider().claims().algorithm("ML-KEM").orElseThrow();
        Set<String> blobs = Set.of(BlobTypes.MLKEM_PUBLIC, BlobTypes.MLKEM_PRIVATE, BlobTypes.MLKEM_PRIVATE_SEED);
        assertEquals(Set.of("512", "768", "1024"), mlKem.parameterSets());
        assertTrue(mlKem.keyBits().isEmpty());
        assertEquals(blobs, mlKem.exportBlobTypes());
        assertEquals(blobs, mlKem.importBlobTypes());
    }

    @Test
    void claimsMlDsaWithItsThreeSetsAndBlobTypes() {
        AlgorithmClaim mlDsa = new ReferenceProvider().claims().algorithm("ML-DSA").orElseThrow();
        Set<String> blobs = Set.of(BlobTypes.PQDSA_PUBLIC, BlobTypes.PQDSA_PRIVATE, BlobTypes.PQDSA_PRIVATE_SEED);
        assertEquals(Set.of("44", "65", "87"), mlDsa.parameterSets());
        assertEquals(blobs, mlDsa.exportBlobTypes());
        assertEquals(blobs, mlDsa.importBlobTypes());
    }

    @Test
    void openAlgorithmProvider() {
        ReferenceProvider provider = new ReferenceProvider();
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, provider.openAlgorithmProvider(out, "AES", null, 0));
        assertFalse(out.get().isNull());
        HandleOut again = new HandleOut();
        assertEquals(NtStatus.SUCCESS, provider.openAlgorithmProvider(again, "AES", ReferenceProvider.MS_PRIMITIVE_PROVIDER,
                ReferenceProvider.BCRYPT_PROV_DISPATCH));
        assertTrue(out.get().value() != again.get().value(), "every open gets its own handle");
    }

    @Test
    void openAlgorithmProviderRefusals() {
        ReferenceProvider provider = new ReferenceProvider();
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.INVALID_PARAMETER, provider.openAlgorithmProvider(null, "AES", null, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, provider.openAlgorithmProvider(out, null, null, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, provider.openAlgorithmProvider(out, "AES", null, 0x8));
        for (String unknown : new String[] {"NOPE", "", "aes", "DESX", "rsa", "3DES_112"}) {
            assertEquals(NtStatus.NOT_FOUND, provider.openAlgorithmProvider(out, unknown, null, 0), unknown);
        }
        assertEquals(NtStatus.NOT_FOUND, provider.openAlgorithmProvider(out, "AES", "Some Other Provider", 0));
        assertEquals(Handle.NULL, out.get());
    }

    @Test
    void keyPairCallsOnSymmetricObjectsCheckTheirHandleFirst() {
        Caller caller = new Caller();
        ReferenceProvider provider = caller.provider;
        Handle algorithm = caller.open("AES");
        Handle key = caller.key("AES", filled(16, 0x11));
        byte[] curve = "nistP256\0".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);

        assertEquals(NtStatus.INVALID_HANDLE, provider.setProperty(Handle.NULL, "ECCCurveName", curve, curve.length, 0));
        assertEquals(NtStatus.INVALID_HANDLE, provider.setProperty(Handle.of(0x1A1), "ECCCurveName", curve, curve.length, 0));
        assertEquals(NtStatus.NOT_SUPPORTED, provider.setProperty(algorithm, "ECCCurveName", curve, curve.length, 0));
        assertEquals(NtStatus.NOT_SUPPORTED, provider.setProperty(key, "ParameterSetName", curve, curve.length, 0));

        assertEquals(NtStatus.INVALID_HANDLE, provider.generateKeyPair(Handle.NULL, new HandleOut(), 2048, 0));
        assertEquals(NtStatus.INVALID_HANDLE, provider.generateKeyPair(key, new HandleOut(), 2048, 0));
        assertEquals(NtStatus.NOT_SUPPORTED, provider.generateKeyPair(algorithm, new HandleOut(), 2048, 0));

        assertEquals(NtStatus.INVALID_HANDLE, provider.finalizeKeyPair(Handle.NULL, 0));
        assertEquals(NtStatus.INVALID_HANDLE, provider.finalizeKeyPair(algorithm, 0));
        assertEquals(NtStatus.NOT_SUPPORTED, provider.finalizeKeyPair(key, 0), "a symmetric key: see KeyPairProtocol");
    }

    @Test
    void guardTurnsExceptionsIntoInternalError() {
        assertEquals(NtStatus.INTERNAL_ERROR, ReferenceProvider.guarded(() -> {
            throw new IllegalStateException("bug");
        }));
        assertEquals(NtStatus.INTERNAL_ERROR, ReferenceProvider.guarded(() -> null));
        assertEquals(NtStatus.SUCCESS, ReferenceProvider.guarded(() -> NtStatus.SUCCESS));
    }

    @Test
    void nameIsReference() {
        assertEquals("reference", new ReferenceProvider().name());
    }
}
