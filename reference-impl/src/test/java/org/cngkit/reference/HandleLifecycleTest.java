package org.cngkit.reference;

import static org.cngkit.reference.Caller.filled;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.Test;

/** {@link HandleTable} and the destroy / close calls: one id space, two kinds, no value reused. */
class HandleLifecycleTest {

    @Test
    void tableNeverReusesAValue() {
        HandleTable table = new HandleTable();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            Handle handle = table.add(new Object());
            assertTrue(seen.add(handle.value()));
            assertTrue(table.remove(handle, Object.class));
            assertFalse(table.find(handle, Object.class).isPresent());
        }
        assertEquals(HandleTable.FIRST_VALUE, seen.stream().mapToLong(Long::longValue).min().getAsLong());
    }

    @Test
    void tableKeepsKindsApart() {
        HandleTable table = new HandleTable();
        Handle algorithm = table.add(new AlgorithmProvider(SymmetricAlgorithm.AES));
        Handle key = table.add(SymmetricAlgorithm.AES.newKey(filled(16, 1)).value());
        assertTrue(table.find(algorithm, AlgorithmProvider.class).isPresent());
        assertFalse(table.find(algorithm, Key.class).isPresent());
        assertTrue(table.find(key, Key.class).isPresent());
        assertFalse(table.find(key, AlgorithmProvider.class).isPresent());
        assertFalse(table.remove(key, AlgorithmProvider.class));
        assertTrue(table.find(key, Key.class).isPresent(), "a refused removal leaves the handle live");
        assertFalse(table.find(Handle.NULL, Object.class).isPresent());
        assertFalse(table.find(null, Object.class).isPresent());
        assertFalse(table.remove(null, Object.class));
    }

    @Test
    void destroyKeyInvalidatesTheHandleForGood() {
        Caller caller = new Caller();
        Handle key = caller.key("AES", filled(16, 0x11));
        assertEquals(NtStatus.SUCCESS, caller.provider.destroyKey(key));
        assertEquals(NtStatus.INVALID_HANDLE, caller.provider.destroyKey(key));
        for (int i = 0; i < 10; i++) {
            assertTrue(caller.key("AES", filled(16, 0x11)).value() != key.value());
        }
        assertEquals(NtStatus.INVALID_HANDLE, caller.provider.destroyKey(key));
    }

    @Test
    void destroyKeyRefusesNullAndAlgorithmHandles() {
        Caller caller = new Caller();
        Handle algorithm = caller.open("AES");
        assertEquals(NtStatus.INVALID_HANDLE, caller.provider.destroyKey(Handle.NULL));
        assertEquals(NtStatus.INVALID_HANDLE, caller.provider.destroyKey(null));
        assertEquals(NtStatus.INVALID_HANDLE, caller.provider.destroyKey(algorithm));
        HandleOut key = new HandleOut();
        assertEquals(NtStatus.SUCCESS, caller.provider.generateSymmetricKey(algorithm, key, null, 0, filled(16, 1), 16, 0),
                "the algorithm handle survives a wrong-kind destroy");
    }

    @Test
    void closeAlgorithmProviderInvalidatesTheHandleForGood() {
        Caller caller = new Caller();
        Handle algorithm = caller.open("AES");
        assertEquals(NtStatus.SUCCESS, caller.provider.closeAlgorithmProvider(algorithm, 0));
        assertEquals(NtStatus.INVALID_HANDLE, caller.provider.closeAlgorithmProvider(algorithm, 0));
        assertEquals(NtStatus.INVALID_HANDLE, caller.provider.generateSymmetricKey(algorithm, new HandleOut(), null, 0,
                filled(16, 1), 16, 0));
    }

    @Test
    void closeAlgorithmProviderRefusesKeyHandlesAndFlags() {
        Caller caller = new Caller();
        Handle algorithm = caller.open("3DES");
        Handle key = caller.key("AES", filled(16, 0x11));
        assertEquals(NtStatus.INVALID_HANDLE, caller.provider.closeAlgorithmProvider(Handle.NULL, 0));
        assertEquals(NtStatus.INVALID_HANDLE, caller.provider.closeAlgorithmProvider(key, 0));
        assertEquals(NtStatus.INVALID_PARAMETER, caller.provider.closeAlgorithmProvider(algorithm, 1));
        assertEquals(NtStatus.SUCCESS, caller.provider.closeAlgorithmProvider(algorithm, 0), "still open after the refusal");
        assertArrayEquals(ExportProtocolTest.AES128_KEY_DATA, caller.export(key, BlobTypes.KEY_DATA), "key untouched");
    }

    @Test
    void callsMayComeFromDifferentThreads() throws Exception {
        Caller caller = new Caller();
        ExecutorService one = Executors.newSingleThreadExecutor();
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Handle key = CompletableFuture.supplyAsync(() -> caller.key("AES", filled(16, 0x11)), one).get();
            byte[] blob = CompletableFuture.supplyAsync(() -> caller.export(key, BlobTypes.KEY_DATA), other).get();
            assertArrayEquals(ExportProtocolTest.AES128_KEY_DATA, blob);
            assertEquals(NtStatus.SUCCESS, CompletableFuture.supplyAsync(() -> caller.provider.destroyKey(key), one).get());
            assertEquals(NtStatus.INVALID_HANDLE,
                    CompletableFuture.supplyAsync(() -> caller.provider.destroyKey(key), other).get());
        } finally {
            one.shutdownNow();
            other.shutdownNow();
        }
    }
}
