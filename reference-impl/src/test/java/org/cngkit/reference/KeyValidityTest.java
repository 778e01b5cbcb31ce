package org.cngkit.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Arrays;

import org.bouncycastle.util.Pack;
import org.cngkit.reference.DsaKey.DsaDomainRecord;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.NtStatus;
import org.junit.jupiter.api.Test;

/**
 * The keys issue #12 found: accepted and then unexportable (STATUS_INTERNAL_ERROR), or degenerate and accepted. Each
 * goes through the CNG reader and the CryptoAPI reader of its family, which share one set of checks, and through
 * {@link ImportExportProperty}: refused at import, or every claimed export succeeds or is a documented refusal.
 */
class KeyValidityTest {
    private static final SecureRandom RANDOM = new SecureRandom(new byte[] {12});
    private static final BigInteger E = BigInteger.valueOf(65537);
    private final ImportExportProperty property = new ImportExportProperty();

    private NtStatus rsa(String type, BigInteger n, BigInteger e, BigInteger p, BigInteger q) {
        return property.check(new ImportPath("RSA", type), type.equals(BlobTypes.LEGACY_RSA_PRIVATE)
                ? capiRsa(n, e, p, q) : cngRsa(n, e, p, q));
    }

    @Test
    void rsaWithEqualPrimesIsRefusedByEveryReader() {
        BigInteger p = BigInteger.probablePrime(256, RANDOM);
        BigInteger n = p.multiply(p);
        for (String type : new String[] {BlobTypes.RSA_PRIVATE, BlobTypes.PRIVATE_KEY, BlobTypes.LEGACY_RSA_PRIVATE}) {
            assertEquals(NtStatus.INVALID_PARAMETER, rsa(type, n, E, p, p), type);
        }
    }

    @Test
    void rsaWithPrimesSharingAFactorIsRefused() {
        BigInteger r = BigInteger.probablePrime(64, RANDOM);
        BigInteger p = r.multiply(BigInteger.probablePrime(192, RANDOM));
        BigInteger q = r.multiply(BigInteger.probablePrime(192, RANDOM));
        assertTrue(p.multiply(q).bitLength() >= 500);
        BigInteger n = p.multiply(q);
        int bits = n.bitLength();
        assertEquals(NtStatus.INVALID_PARAMETER, property.check(new ImportPath("RSA", BlobTypes.RSA_PRIVATE),
                cngRsa(n, E, p, q)), bits + "-bit n with gcd(p, q) = r");
    }

    @Test
    void rsaWithUnequalPrimesImportsAndTheLegacyBlobIsADocumentedRefusal() {
        BigInteger p;
        BigInteger q;
        do {
            p = BigInteger.probablePrime(200, RANDOM);
            q = BigInteger.probablePrime(312, RANDOM);
        } while (p.multiply(q).bitLength() != 512);
        BigInteger n = p.multiply(q);
        assertEquals(NtStatus.SUCCESS, rsa(BlobTypes.RSA_PRIVATE, n, E, p, q), "exports checked by the property");
        RsaKey key = RsaKey.of(512, n, E, p, q, null).value();
        assertEquals(NtStatus.INVALID_PARAMETER, key.blobWriter(BlobTypes.LEGACY_RSA_PRIVATE).orElseThrow()
                .write(null).failure(), "a 312-bit prime does not fit CAPIPRIVATEBLOB's 256-bit field");
        assertTrue(!key.blobWriter(BlobTypes.LEGACY_RSA_PUBLIC).orElseThrow().write(null).isRefused(),
                "the public CryptoAPI blob has no prime fields");
    }

    @Test
    void degenerateRsaModuliAreRefused() {
        // 4- and 6-bit moduli (15 = 3 * 5, 35 = 5 * 7), an even modulus, e = 1 and an even e.
        assertEquals(NtStatus.INVALID_PARAMETER, rsa(BlobTypes.RSA_PRIVATE, BigInteger.valueOf(15), BigInteger.valueOf(3),
                BigInteger.valueOf(3), BigInteger.valueOf(5)));
        assertEquals(NtStatus.INVALID_PARAMETER, rsa(BlobTypes.RSA_PUBLIC, BigInteger.valueOf(35), BigInteger.valueOf(5),
                null, null));
        BigInteger even = BigInteger.ONE.shiftLeft(511).add(BigInteger.TWO);
        assertEquals(NtStatus.INVALID_PARAMETER, rsa(BlobTypes.RSA_PUBLIC, even, E, null, null));
        BigInteger p = BigInteger.probablePrime(256, RANDOM);
        BigInteger q = BigInteger.probablePrime(256, RANDOM);
        BigInteger n = p.multiply(q);
        if (n.bitLength() == 512) {
            assertEquals(NtStatus.INVALID_PARAMETER, rsa(BlobTypes.RSA_PUBLIC, n, BigInteger.ONE, null, null));
            assertEquals(NtStatus.INVALID_PARAMETER, rsa(BlobTypes.RSA_PUBLIC, n, BigInteger.valueOf(65538), null, null));
        }
    }

    @Test
    void dsaOf1024BitsWithA256BitQIsRefusedByTheCryptoApiReaderAsByTheCngOnes() {
        BigInteger q = BigInteger.probablePrime(256, RANDOM);
        BigInteger p;
        do {
            BigInteger k = new BigInteger(1024 - 256, RANDOM).setBit(1024 - 257);
            p = k.multiply(q).add(BigInteger.ONE);
        } while (p.bitLength() != 1024 || !p.isProbablePrime(30));
        BigInteger g = BigInteger.TWO.modPow(p.subtract(BigInteger.ONE).divide(q), p);
        BigInteger x = new BigInteger(255, RANDOM).add(BigInteger.ONE);
        BigInteger y = g.modPow(x, p);
        assertEquals(NtStatus.INVALID_PARAMETER, property.check(new ImportPath("DSA", BlobTypes.LEGACY_DSA_PRIVATE),
                capiDss4(p, q, g, y, x)), "(1024, 256) is no FIPS 186 pair");
        assertTrue(DsaKey.of(1024, p, q, g, y, x, record()).isRefused());
    }

    @Test
    void degenerateDsaDomainsAreRefused() {
        // q = 2 and an 8-bit p (p = 11, q = 5, g = 4 of order 5).
        assertTrue(DsaKey.of(512, BigInteger.ONE.shiftLeft(511).add(BigInteger.ONE), BigInteger.TWO, BigInteger.TWO,
                BigInteger.TWO, null, record()).isRefused());
        assertTrue(DsaKey.of(4, BigInteger.valueOf(11), BigInteger.valueOf(5), BigInteger.valueOf(4),
                BigInteger.valueOf(4), BigInteger.ONE, record()).isRefused());
        assertTrue(DsaKey.sizesAllowed(1024, 160) && DsaKey.sizesAllowed(2048, 224) && DsaKey.sizesAllowed(3072, 256));
        assertTrue(!DsaKey.sizesAllowed(1024, 256) && !DsaKey.sizesAllowed(2048, 160) && !DsaKey.sizesAllowed(8, 4)
                && !DsaKey.sizesAllowed(544, 160) && !DsaKey.sizesAllowed(16384, 16384));
    }

    @Test
    void aLegacyDhKeyOf64BitsIsRefusedAsTheCngReaderRefusesIt() {
        BigInteger p = BigInteger.probablePrime(64, RANDOM);
        BigInteger x = BigInteger.valueOf(12345);
        BigInteger y = BigInteger.TWO.modPow(x, p);
        assertEquals(NtStatus.INVALID_PARAMETER, property.check(new ImportPath("DH", BlobTypes.LEGACY_DH_PRIVATE),
                capiDh4(p, BigInteger.TWO, y, x)));
        assertTrue(DhKey.of(64, p, BigInteger.TWO, y, x).isRefused());
        assertTrue(DhKey.sizeAllowed(512) && DhKey.sizeAllowed(4096) && !DhKey.sizeAllowed(520) && !DhKey.sizeAllowed(64));
    }

    private static DsaDomainRecord record() {
        byte[] none = new byte[20];
        Arrays.fill(none, (byte) 0xff);
        return new DsaDomainRecord(new byte[] {-1, -1, -1, -1}, none, 0, 0);
    }

    /** RSA1 (p null) or RSA2 in the CNG layout, numbers at their minimal length. */
    static byte[] cngRsa(BigInteger n, BigInteger e, BigInteger p, BigInteger q) {
        int cbModulus = (n.bitLength() + 7) / 8;
        int cbExp = BlobAssembler.minimalLength(e);
        int cbP = p == null ? 0 : BlobAssembler.minimalLength(p);
        int cbQ = q == null ? 0 : BlobAssembler.minimalLength(q);
        BlobAssembler blob = new BlobAssembler().u32(p == null ? RsaKeyBlob.RSA1 : RsaKeyBlob.RSA2).u32(n.bitLength())
                .u32(cbExp).u32(cbModulus).u32(cbP).u32(cbQ).number(e, cbExp).number(n, cbModulus);
        if (p != null) {
            blob.number(p, cbP).number(q, cbQ);
        }
        return blob.toByteArray();
    }

    /** A CryptoAPI RSA2 PRIVATEKEYBLOB; d and the CRT values are computed as far as the numbers allow. */
    static byte[] capiRsa(BigInteger n, BigInteger e, BigInteger p, BigInteger q) {
        int bits = n.bitLength() + 15 & ~15;
        int half = bits / 16;
        BigInteger one = BigInteger.ONE;
        BigInteger phi = p.subtract(one).multiply(q.subtract(one));
        BigInteger d = e.gcd(phi).equals(one) ? e.modInverse(phi) : one;
        BigInteger c = q.gcd(p).equals(one) ? q.modInverse(p) : one;
        byte[] head = new byte[] {7, 2, 0, 0};
        BlobAssembler out = new BlobAssembler().bytes(head).u32(0xa400).u32(0x32415352).u32(bits).u32(e.intValue());
        for (BigInteger[] field : new BigInteger[][] {{n, BigInteger.valueOf(bits / 8)}, {p, BigInteger.valueOf(half)},
                {q, BigInteger.valueOf(half)}, {d.mod(p.subtract(one)), BigInteger.valueOf(half)},
                {d.mod(q.subtract(one)), BigInteger.valueOf(half)}, {c, BigInteger.valueOf(half)},
                {d, BigInteger.valueOf(bits / 8)}}) {
            out.bytes(CapiKeyBlob.reversed(new BlobAssembler().number(field[0], field[1].intValue()).toByteArray()));
        }
        return out.toByteArray();
    }

    private static byte[] le(BigInteger value, int width) {
        return CapiKeyBlob.reversed(new BlobAssembler().number(value, width).toByteArray());
    }

    private static byte[] capiDss4(BigInteger p, BigInteger q, BigInteger g, BigInteger y, BigInteger x) {
        int bitsP = p.bitLength();
        int bitsQ = q.bitLength();
        byte[] seed = new byte[24];
        Arrays.fill(seed, (byte) 0xff);
        return new BlobAssembler().bytes(new byte[] {7, 3, 0, 0}).u32(0x2200).u32(0x34535344).u32(bitsP).u32(bitsQ)
                .u32(0).u32(bitsQ).bytes(seed).bytes(le(p, bitsP / 8)).bytes(le(q, bitsQ / 8)).bytes(le(g, bitsP / 8))
                .bytes(le(y, bitsP / 8)).bytes(le(x, bitsQ / 8)).toByteArray();
    }

    private static byte[] capiDh4(BigInteger p, BigInteger g, BigInteger y, BigInteger x) {
        int bits = p.bitLength();
        byte[] seed = new byte[24];
        Arrays.fill(seed, (byte) 0xff);
        byte[] blob = new BlobAssembler().bytes(new byte[] {7, 3, 0, 0}).u32(0xaa02).u32(0x34484400).u32(bits).u32(0)
                .u32(0).u32(bits).bytes(seed).bytes(le(p, bits / 8)).bytes(le(g, bits / 8)).bytes(le(y, bits / 8))
                .bytes(le(x, bits / 8)).toByteArray();
        assertEquals(bits, Pack.littleEndianToInt(blob, 12));
        return blob;
    }
}
