package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;

import org.bouncycastle.util.encoders.Hex;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;

/** A test-side C caller of one {@link ReferenceProvider}: the happy-path calls the tests build on. */
final class Caller {
    /** What the tests pre-fill output buffers with, to see which bytes were written. */
    static final byte CANARY = (byte) 0xA5;
    /** What the tests pre-set {@code *pcbResult} to, to see whether it was written. */
    static final int UNTOUCHED = 0x5EED5EED;

    final ReferenceProvider provider;

    Caller() {
        this(new ReferenceProvider());
    }

    Caller(ReferenceProvider provider) {
        this.provider = provider;
    }

    Handle open(String algorithmId) {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, provider.openAlgorithmProvider(out, algorithmId, null, 0));
        return out.get();
    }

    Handle key(String algorithmId, byte[] secret) {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS,
                provider.generateSymmetricKey(open(algorithmId), out, null, 0, secret, secret.length, 0));
        return out.get();
    }

    Handle importKey(String algorithmId, String blobType, byte[] blob) {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, provider.importKey(open(algorithmId), Handle.NULL, blobType, out, null, 0,
                blob, blob.length, 0));
        return out.get();
    }

    /** BCryptImportKeyPair into an algorithm handle already open (one with ECCCurveName set, say). */
    Handle importKeyPair(Handle algorithm, String blobType, byte[] blob) {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, provider.importKeyPair(algorithm, Handle.NULL, blobType, out, blob, blob.length, 0));
        return out.get();
    }

    Handle importKeyPair(String algorithmId, String blobType, byte[] blob) {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, provider.importKeyPair(open(algorithmId), Handle.NULL, blobType, out, blob,
                blob.length, 0));
        return out.get();
    }

    /** The status of {@code BCryptImportKeyPair}; a handle it returns is dropped. */
    NtStatus importKeyPairStatus(String algorithmId, String blobType, byte[] blob) {
        return importKeyPairStatus(open(algorithmId), blobType, blob);
    }

    /** The same on an algorithm handle the test has prepared (a property set on it). */
    NtStatus importKeyPairStatus(Handle algorithm, String blobType, byte[] blob) {
        return provider.importKeyPair(algorithm, Handle.NULL, blobType, new HandleOut(), blob, blob.length, 0);
    }

    /** The status of an export into an ample buffer. */
    NtStatus exportStatus(Handle key, String blobType) {
        byte[] out = new byte[1 << 16];
        return provider.exportKey(key, Handle.NULL, blobType, out, out.length, new ULongOut(), 0);
    }

    /** BCryptGenerateKeyPair then BCryptFinalizeKeyPair, both required to succeed. */
    Handle generatedKeyPair(Handle algorithm, int bits) {
        HandleOut out = new HandleOut();
        assertEquals(NtStatus.SUCCESS, provider.generateKeyPair(algorithm, out, bits, 0));
        assertEquals(NtStatus.SUCCESS, provider.finalizeKeyPair(out.get(), 0));
        return out.get();
    }

    /** Size query, then an export into a buffer of exactly that size. */
    byte[] export(Handle key, String blobType) {
        ULongOut size = new ULongOut();
        assertEquals(NtStatus.SUCCESS, provider.exportKey(key, Handle.NULL, blobType, null, 0, size, 0));
        byte[] out = new byte[size.get()];
        ULongOut written = new ULongOut();
        assertEquals(NtStatus.SUCCESS, provider.exportKey(key, Handle.NULL, blobType, out, out.length, written, 0));
        assertEquals(size.get(), written.get());
        return out;
    }

    static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    static byte[] canaries(int length) {
        return filled(length, CANARY);
    }

    static byte[] hex(String text) {
        return Hex.decode(text.replace(" ", ""));
    }
}
