package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.util.Pack;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.Test;

/**
 * Hostile blobs are refused at once (issue #12, part 1): every reader bounds every size before it does arithmetic.
 * For each import path this takes the vector seeds and sets every u32 of the first 64 bytes to 0xFFFFFFFF, 0x7FFFFFFF
 * and 0x00010000 (a length just past every range), and adds the maximal blobs the issue found: a CryptoAPI DSS
 * version 3 private blob of 8 and 16 KB with 8,192- and 16,384-bit lengths, the same for DH, and the largest size
 * each CNG layout allows filled so that only the final exponentiation can refuse it.
 *
 * <p>Each import goes through {@link ImportExportProperty}, so the status is asserted (a refusal, never
 * INTERNAL_ERROR; the size-inconsistent ones never SUCCESS) and no call may take a second. That second is a coarse
 * guard against a catastrophic regression, not the speed target: the slowest refusal of each path is printed so a run
 * can report it; the README's reference section quotes a run.
 */
class HostileBlobTest {
    private static final int[] HOSTILE_VALUES = {0xFFFFFFFF, 0x7FFFFFFF, 0x00010000};

    @Test
    void everyHeaderFieldSetToAHostileSizeIsRefusedQuickly() {
        ImportExportProperty property = new ImportExportProperty();
        Map<ImportPath, long[]> slowest = new LinkedHashMap<>();
        int refused = 0;
        for (VectorSeeds.Seed seed : VectorSeeds.all(property.paths())) {
            for (int offset = 0; offset + 4 <= Math.min(64, seed.blob().length); offset += 4) {
                for (int value : HOSTILE_VALUES) {
                    byte[] blob = seed.blob().clone();
                    Pack.intToLittleEndian(value, blob, offset);
                    long start = System.nanoTime();
                    NtStatus status = property.check(seed.path(), blob);
                    if (!status.isSuccess()) {
                        record(slowest, seed.path(), System.nanoTime() - start);
                        refused++;
                    }
                }
            }
        }
        assertTrue(refused > 1000, "the hostile variants are refused: " + refused);
        print("hostile header fields: slowest refusal per path", slowest);
    }

    @Test
    void theMaximalBlobsOfIssue12AreRefusedQuickly() {
        ImportExportProperty property = new ImportExportProperty();
        Map<String, byte[]> blobs = new LinkedHashMap<>();
        Map<String, ImportPath> paths = new LinkedHashMap<>();
        for (int bits : new int[] {8192, 16384}) {
            String dss = "CAPIDSAPRIVATEBLOB v3, " + bits + "-bit p, q and x";
            blobs.put(dss, capiV3(0x2200, 0x34535344, bits, bits, bits, 5));
            paths.put(dss, new ImportPath("DSA", BlobTypes.LEGACY_DSA_PRIVATE));
            String dh = "CAPIDHPRIVATEBLOB, " + bits + "-bit p and x";
            blobs.put(dh, capiV3(0xaa02, 0x34484400, bits, 0, bits, 4));
            paths.put(dh, new ImportPath("DH", BlobTypes.LEGACY_DH_PRIVATE));
        }
        String dh = "DHPRIVATEBLOB, 4096 bits, only g^x = y left to refuse";
        blobs.put(dh, dhPrivateUpToTheLastCheck(512));
        paths.put(dh, new ImportPath("DH", BlobTypes.DH_PRIVATE));
        String rsa = "RSAFULLPRIVATEBLOB, 16384 bits of 0xff";
        blobs.put(rsa, rsaFull(2048));
        paths.put(rsa, new ImportPath("RSA", BlobTypes.RSA_FULL_PRIVATE));
        Map<ImportPath, long[]> slowest = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, byte[]> blob : blobs.entrySet()) {
            long start = System.nanoTime();
            NtStatus status = property.check(paths.get(blob.getKey()), blob.getValue());
            long took = System.nanoTime() - start;
            assertFalse(status.isSuccess(), blob.getKey());
            lines.add(String.format("  %-60s %8.3f ms  %s", blob.getKey(), took / 1e6, status.name()));
            record(slowest, paths.get(blob.getKey()), took);
        }
        System.out.println("[HostileBlobTest] maximal blobs of issue #12:");
        lines.forEach(System.out::println);
        assertEquals(blobs.size(), lines.size());
    }

    /** A CryptoAPI version 3 private blob (DSS4 or DH4) with the given lengths and every number all 0xff. */
    private static byte[] capiV3(int algId, int magic, int bitsP, int bitsQ, int bitsX, int numbers) {
        BlobAssembler out = new BlobAssembler().bytes(new byte[] {7, 3, 0, 0}).u32(algId).u32(magic).u32(bitsP)
                .u32(bitsQ).u32(0).u32(bitsX).bytes(new byte[24]);
        byte[] number = new byte[bitsP / 8];
        Arrays.fill(number, (byte) 0xff);
        for (int i = 0; i < numbers; i++) {
            out.bytes(number);
        }
        return out.toByteArray();
    }

    /** A DH private blob whose p is odd and full size, g = 2, y in range, x full size: only y = g^x mod p fails. */
    private static byte[] dhPrivateUpToTheLastCheck(int cbKey) {
        BigInteger p = BigInteger.ONE.shiftLeft(cbKey * 8).subtract(BigInteger.valueOf(3));
        return new BlobAssembler().u32(DhKeyBlob.DHPV).u32(cbKey).number(p, cbKey).number(BigInteger.TWO, cbKey)
                .number(BigInteger.valueOf(5), cbKey).number(p.subtract(BigInteger.valueOf(7)), cbKey).toByteArray();
    }

    /** An RSA3 blob of the largest modulus, every number 0xff: refused by n = p q after one multiplication. */
    private static byte[] rsaFull(int cbModulus) {
        int cbPrime = cbModulus / 2;
        byte[] modulus = new byte[cbModulus];
        byte[] prime = new byte[cbPrime];
        Arrays.fill(modulus, (byte) 0xff);
        Arrays.fill(prime, (byte) 0xff);
        return new BlobAssembler().u32(RsaKeyBlob.RSA3).u32(cbModulus * 8).u32(3).u32(cbModulus).u32(cbPrime)
                .u32(cbPrime).bytes(new byte[] {1, 0, 1}).bytes(modulus).bytes(prime).bytes(prime).bytes(prime)
                .bytes(prime).bytes(prime).bytes(modulus).toByteArray();
    }

    private static void record(Map<ImportPath, long[]> slowest, ImportPath path, long nanos) {
        long[] max = slowest.computeIfAbsent(path, p -> new long[1]);
        max[0] = Math.max(max[0], nanos);
    }

    private static void print(String what, Map<ImportPath, long[]> slowest) {
        System.out.println("[HostileBlobTest] " + what);
        slowest.forEach((path, max) -> System.out.printf("  %-40s %8.3f ms%n", path, max[0] / 1e6));
    }
}
