package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.junit.jupiter.api.Test;

/** BCryptSetProperty(ParameterSetName), BCryptGenerateKeyPair and BCryptFinalizeKeyPair on post-quantum algorithms. */
class KeyPairGenerationTest {
    private static final String PARAMETER_SET_NAME = "ParameterSetName";

    private final Caller caller = new Caller();
    private final ReferenceProvider provider = caller.provider;

    private static byte[] name(String set) {
        return (set + "\0").getBytes(StandardCharsets.UTF_16LE);
    }

    private NtStatus setName(Handle object, String set) {
        byte[] value = name(set);
        return provider.setProperty(object, PARAMETER_SET_NAME, value, value.length, 0);
    }

    private Handle pending(Handle algorithm) {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, provider.generateKeyPair(algorithm, out, 0, 0));
        assertFalse(out.get().isNull());
        return out.get();
    }

    @Test
    void theSetChosenOnTheKeyDecidesTheSizes() {
        Handle key = pending(caller.open("ML-KEM"));
        assertEquals(NtStatus.SUCCESS, setName(key, "768"));
        assertEquals(NtStatus.SUCCESS, provider.finalizeKeyPair(key, 0));
        assertEquals(12 + 8 + 1184, caller.export(key, BlobTypes.MLKEM_PUBLIC).length);
        assertEquals(12 + 8 + 2400, caller.export(key, BlobTypes.MLKEM_PRIVATE).length);
        assertEquals(12 + 8 + 64, caller.export(key, BlobTypes.MLKEM_PRIVATE_SEED).length);
    }

    @Test
    void aGeneratedKeysSeedRebuildsTheSameKey() {
        Handle algorithm = caller.open("ML-KEM");
        assertEquals(NtStatus.SUCCESS, setName(algorithm, "1024"));
        Handle key = pending(algorithm);
        assertEquals(NtStatus.SUCCESS, provider.finalizeKeyPair(key, 0));
        byte[] seedBlob = caller.export(key, BlobTypes.MLKEM_PRIVATE_SEED);
        assertEquals(86, seedBlob.length);
        Handle again = caller.importKeyPair("ML-KEM", BlobTypes.MLKEM_PRIVATE_SEED, seedBlob);
        assertArrayEquals(caller.export(key, BlobTypes.MLKEM_PRIVATE), caller.export(again, BlobTypes.MLKEM_PRIVATE));
    }

    @Test
    void twoGeneratedKeysDiffer() {
        Handle algorithm = caller.open("ML-KEM");
        assertEquals(NtStatus.SUCCESS, setName(algorithm, "512"));
        Handle first = pending(algorithm);
        Handle second = pending(algorithm);
        assertEquals(NtStatus.SUCCESS, provider.finalizeKeyPair(first, 0));
        assertEquals(NtStatus.SUCCESS, provider.finalizeKeyPair(second, 0));
        assertFalse(Arrays.equals(caller.export(first, BlobTypes.MLKEM_PRIVATE_SEED),
                caller.export(second, BlobTypes.MLKEM_PRIVATE_SEED)));
    }

    @Test
    void aKeyPairIsUnusableUntilFinalizedAndFinalizedOnlyOnce() {
        Handle key = pending(caller.open("ML-KEM"));
        assertEquals(NtStatus.INVALID_HANDLE, caller.exportStatus(key, BlobTypes.MLKEM_PUBLIC));
        assertEquals(NtStatus.INVALID_PARAMETER, provider.finalizeKeyPair(key, 0), "no parameter set yet");
        assertEquals(NtStatus.SUCCESS, setName(key, "512"));
        assertEquals(NtStatus.INVALID_PARAMETER, provider.finalizeKeyPair(key, 1));
        assertEquals(NtStatus.SUCCESS, provider.finalizeKeyPair(key, 0));
        assertEquals(NtStatus.INVALID_HANDLE, provider.finalizeKeyPair(key, 0), "already finalized");
        assertEquals(NtStatus.NOT_SUPPORTED, setName(key, "768"), "properties of a finalized key are fixed");
        assertEquals(NtStatus.SUCCESS, caller.exportStatus(key, BlobTypes.MLKEM_PUBLIC));
    }

    @Test
    void anImportedKeyPairCannotBeFinalized() {
        Handle imported = caller.importKeyPair("ML-KEM", BlobTypes.MLKEM_PRIVATE_SEED,
                MlKemKeyTest.seedBlob("512", MlKemKeyTest.SEED_512));
        assertEquals(NtStatus.INVALID_HANDLE, provider.finalizeKeyPair(imported, 0));
    }

    @Test
    void aPendingKeyPairCanBeDestroyed() {
        Handle key = pending(caller.open("ML-KEM"));
        assertEquals(NtStatus.SUCCESS, provider.destroyKey(key));
        assertEquals(NtStatus.INVALID_HANDLE, provider.finalizeKeyPair(key, 0));
        assertEquals(NtStatus.INVALID_HANDLE, provider.destroyKey(key));
    }

    @Test
    void generationChecksLengthAndFlags() {
        Handle algorithm = caller.open("ML-KEM");
        assertEquals(NtStatus.INVALID_PARAMETER, provider.generateKeyPair(algorithm, new HandleOut(), 512, 0),
                "the set, not dwLength, decides the size");
        assertEquals(NtStatus.INVALID_PARAMETER, provider.generateKeyPair(algorithm, new HandleOut(), 0, 1));
        assertEquals(NtStatus.INVALID_PARAMETER, provider.generateKeyPair(algorithm, null, 0, 0));
        assertEquals(NtStatus.SUCCESS, provider.generateKeyPair(algorithm, new HandleOut(), 0,
                ParameterSetAlgorithm.BCRYPT_NO_KEY_VALIDATION));
    }

    @Test
    void parameterSetNameValuesAreChecked() {
        Handle algorithm = caller.open("ML-KEM");
        byte[] noNul = "512".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(NtStatus.INVALID_PARAMETER, provider.setProperty(algorithm, PARAMETER_SET_NAME, noNul, noNul.length, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, setName(algorithm, "44"));
        assertEquals(NtStatus.INVALID_PARAMETER, setName(algorithm, "ML-KEM-512"));
        byte[] value = name("512");
        assertEquals(NtStatus.INVALID_PARAMETER, provider.setProperty(algorithm, PARAMETER_SET_NAME, value, value.length - 1, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, provider.setProperty(algorithm, PARAMETER_SET_NAME, value, value.length + 1, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, provider.setProperty(algorithm, PARAMETER_SET_NAME, value, value.length, 1));
        assertEquals(NtStatus.INVALID_PARAMETER, provider.setProperty(algorithm, null, value, value.length, 0));
        assertEquals(NtStatus.NOT_SUPPORTED, provider.setProperty(algorithm, "ECCCurveName", value, value.length, 0));
        assertEquals(NtStatus.SUCCESS, setName(algorithm, "512"));
    }

    @Test
    void aKeyPairKeepsTheSetItWasGeneratedWith() {
        Handle algorithm = caller.open("ML-KEM");
        assertEquals(NtStatus.SUCCESS, setName(algorithm, "512"));
        Handle key = pending(algorithm);
        assertEquals(NtStatus.SUCCESS, setName(algorithm, "1024"));
        assertEquals(NtStatus.SUCCESS, provider.finalizeKeyPair(key, 0));
        ULongOut size = new ULongOut();
        assertEquals(NtStatus.SUCCESS, provider.exportKey(key, Handle.NULL, BlobTypes.MLKEM_PUBLIC, null, 0, size, 0));
        assertEquals(12 + 8 + 800, size.get());
    }
}
