package org.cngkit.reference;

import java.math.BigInteger;
import java.util.Arrays;

import org.cngkit.reference.DsaKey.DsaDomainRecord;
import org.cngkit.spi.NtStatus;

/**
 * The legacy CryptoAPI key BLOBs of the {@code LEGACY_*} blob types (blob-layouts-digest section 3): an 8-byte
 * BLOBHEADER (bType u8, bVersion u8, reserved u16, aiKeyAlg u32), a key header, then numbers; every field and
 * every number is little-endian, unlike CNG blobs.
 *
 * <p>Choices where the pages are silent (digest 3.5 and section 8):
 * <ul>
 *   <li>RSA (RSA1 / RSA2, bVersion 2) carries CALG_RSA_KEYX, what Windows was seen to write. Reading accepts
 *       CALG_RSA_KEYX and CALG_RSA_SIGN, as Wine does.</li>
 *   <li>LEGACY_DSA_V2_PRIVATE_BLOB is DSS version 2 (DSS2), as observed on Windows; LEGACY_DSA_PUBLIC_BLOB and
 *       LEGACY_DSA_PRIVATE_BLOB are DSS version 3 (DSS3 / DSS4, bitlenJ 0), which is what the one known reading of
 *       Windows output assumes and which, unlike version 2, holds any q. Reading LEGACY_DSA_PRIVATE_BLOB accepts
 *       both versions.</li>
 *   <li>DH is version 3 (DH3 / DH4) with CALG_DH_EPHEM, bitlenQ = bitlenJ = 0 (a CNG DH key knows no q), bitlenX
 *       = bitlenP and an unavailable DSSSEED (counter 0xffffffff, seed all 0xff).</li>
 * </ul>
 */
final class CapiKeyBlob {
    static final int PUBLICKEYBLOB = 6;
    static final int PRIVATEKEYBLOB = 7;
    static final int CALG_RSA_SIGN = 0x2400;
    static final int CALG_RSA_KEYX = 0xa400;
    static final int CALG_DSS_SIGN = 0x2200;
    static final int CALG_DH_SF = 0xaa01;
    static final int CALG_DH_EPHEM = 0xaa02;
    static final int RSA1 = 0x31415352;
    static final int RSA2 = 0x32415352;
    static final int DSS1 = 0x31535344;
    static final int DSS2 = 0x32535344;
    static final int DSS3 = 0x33535344;
    static final int DSS4 = 0x34535344;
    static final int DH3 = 0x33484400;
    static final int DH4 = 0x34484400;
    private static final long NO_COUNTER = 0xffffffffL;

    private CapiKeyBlob() {
    }

    // ------------------------------------------------------------------ writing

    private static Le header(boolean isPrivate, int version, int algId) {
        Le out = new Le();
        out.bytes(new byte[] {(byte) (isPrivate ? PRIVATEKEYBLOB : PUBLICKEYBLOB), (byte) version, 0, 0});
        return out.u32(algId);
    }

    /**
     * Whether {@code key} has an RSAPUBKEY form, judged on the real sizes of its numbers: e fits 32 bits and the
     * modulus fills bitlen / 8 whole bytes; for the private blob, whose five prime-sized fields are bitlen / 16
     * bytes each, bitlen is a multiple of 16 and both primes fit that width (primes of 200 and 312 bits in a
     * 512-bit key do not: the larger one needs 39 bytes of the 32 there are). The CRT values are below their
     * prime, so they fit when the primes do.
     */
    static boolean fitsRsa(RsaKey key, boolean isPrivate) {
        int bits = key.bits();
        if (key.e().bitLength() > 32 || bits % 8 != 0) {
            return false;
        }
        int primeBits = bits / 16 * 8;
        return !isPrivate || bits % 16 == 0 && key.p().bitLength() <= primeBits && key.q().bitLength() <= primeBits;
    }

    static byte[] writeRsa(RsaKey key, boolean isPrivate) {
        int bits = key.bits();
        Le out = header(isPrivate, 2, CALG_RSA_KEYX).u32(isPrivate ? RSA2 : RSA1).u32(bits).u32(key.e().intValue())
                .number(key.n(), bits / 8);
        if (isPrivate) {
            int half = bits / 16;
            out.number(key.p(), half).number(key.q(), half).number(key.dp(), half).number(key.dq(), half)
                    .number(key.qInv(), half).number(key.d(), bits / 8);
        }
        return out.toByteArray();
    }

    /** Whether {@code key} fits DSS version 2: q of at most 160 bits and p of at most 1024. */
    static boolean fitsDssV2(DsaKey key) {
        return key.q().bitLength() <= 160 && key.bits() <= 1024;
    }

    static byte[] writeDssV2(DsaKey key, boolean isPrivate) {
        int cbKey = (key.bits() + 7) / 8;
        Le out = header(isPrivate, 2, CALG_DSS_SIGN).u32(isPrivate ? DSS2 : DSS1).u32(key.bits())
                .number(key.p(), cbKey).number(key.q(), 20).number(key.g(), cbKey);
        if (isPrivate) {
            out.number(key.x(), 20);
        } else {
            out.number(key.y(), cbKey);
        }
        return seed(out, key.record()).toByteArray();
    }

    static byte[] writeDssV3(DsaKey key, boolean isPrivate) {
        int cbKey = (key.bits() + 7) / 8;
        int qBits = key.q().bitLength();
        Le out = header(isPrivate, 3, CALG_DSS_SIGN).u32(isPrivate ? DSS4 : DSS3).u32(key.bits()).u32(qBits).u32(0);
        if (isPrivate) {
            out.u32(qBits);
        }
        seed(out, key.record()).number(key.p(), cbKey).number(key.q(), (qBits + 7) / 8).number(key.g(), cbKey)
                .number(key.y(), cbKey);
        if (isPrivate) {
            out.number(key.x(), (qBits + 7) / 8);
        }
        return out.toByteArray();
    }

    static byte[] writeDh(DhKey key, boolean isPrivate) {
        int cbKey = (key.bits() + 7) / 8;
        Le out = header(isPrivate, 3, CALG_DH_EPHEM).u32(isPrivate ? DH4 : DH3).u32(key.bits()).u32(0).u32(0);
        if (isPrivate) {
            out.u32(key.bits());
        }
        byte[] none = new byte[20];
        Arrays.fill(none, (byte) 0xff);
        out.u32((int) NO_COUNTER).bytes(none).number(key.p(), cbKey).number(key.g(), cbKey).number(key.y(), cbKey);
        if (isPrivate) {
            out.number(key.x(), cbKey);
        }
        return out.toByteArray();
    }

    private static Le seed(Le out, DsaDomainRecord record) {
        byte[] seed = record.seed();
        if (seed.length != 20) {
            byte[] none = new byte[20];
            Arrays.fill(none, (byte) 0xff);
            return out.u32((int) NO_COUNTER).bytes(none);
        }
        return out.u32(new BigInteger(1, record.count()).intValue()).bytes(reversed(seed));
    }

    // ------------------------------------------------------------------ reading

    /**
     * An RSA key from a PRIVATEKEYBLOB (RSA2). Refused with STATUS_INVALID_PARAMETER for another bType, bVersion,
     * ALG_ID or magic, a bitlen outside {@link RsaKey#sizeAllowed} or not a multiple of 16 (checked before any
     * number is read), a size that does not match bitlen, or numbers that are not an RSA key ({@link RsaKey#of},
     * the checks of the CNG readers).
     */
    static Outcome<RsaKey> readRsaPrivate(byte[] blob) {
        LeCursor in = new LeCursor(blob);
        if (!in.header(PRIVATEKEYBLOB, 2, CALG_RSA_KEYX, CALG_RSA_SIGN) || in.u32() != RSA2) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        long bits = in.u32();
        long e = in.u32();
        if (!RsaKey.sizeAllowed(bits) || bits % 16 != 0) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        int half = (int) bits / 16;
        BigInteger n = in.number(bits / 8);
        BigInteger p = in.number(half);
        BigInteger q = in.number(half);
        BigInteger[] crt = {in.number(half), in.number(half), in.number(half), in.number(bits / 8)};
        if (!in.ok()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return RsaKey.of((int) bits, n, BigInteger.valueOf(e), p, q, crt);
    }

    /**
     * A DSA key pair from a DSS version 2 (DSS2) or, when {@code v3Too}, version 3 (DSS4) PRIVATEKEYBLOB. The sizes
     * in the header are bounded before any number is read (version 3: bitlenP and bitlenQ a pair of
     * {@link DsaKey#sizesAllowed}, bitlenJ at most bitlenP, bitlenX from 1 to bitlenQ; version 2: bitlen a
     * FIPS 186-2 size), so a hostile header costs no arithmetic; then the checks of {@link DsaKey#of}, shared with
     * the CNG readers. Anything else: STATUS_INVALID_PARAMETER.
     */
    static Outcome<DsaKey> readDsaPrivate(byte[] blob, boolean v3Too) {
        int version = blob.length > 1 ? blob[1] : 0;
        LeCursor in = new LeCursor(blob);
        if (version == 3 && v3Too) {
            if (!in.header(PRIVATEKEYBLOB, 3, CALG_DSS_SIGN, CALG_DSS_SIGN) || in.u32() != DSS4) {
                return Outcome.refused(NtStatus.INVALID_PARAMETER);
            }
            long bitsP = in.u32();
            long bitsQ = in.u32();
            long bitsJ = in.u32();
            long bitsX = in.u32();
            if (!DsaKey.sizesAllowed(bitsP, bitsQ) || bitsJ > bitsP || bitsX == 0 || bitsX > bitsQ) {
                return Outcome.refused(NtStatus.INVALID_PARAMETER);
            }
            DsaDomainRecord record = in.record(bitsP);
            BigInteger p = in.number((bitsP + 7) / 8);
            BigInteger q = in.number((bitsQ + 7) / 8);
            BigInteger g = in.number((bitsP + 7) / 8);
            in.number((bitsJ + 7) / 8);
            BigInteger y = in.number((bitsP + 7) / 8);
            BigInteger x = in.number((bitsX + 7) / 8);
            if (!in.ok()) {
                return Outcome.refused(NtStatus.INVALID_PARAMETER);
            }
            return DsaKey.of((int) bitsP, p, q, g, y, x, record);
        }
        if (!in.header(PRIVATEKEYBLOB, 2, CALG_DSS_SIGN, CALG_DSS_SIGN) || in.u32() != DSS2) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        long bits = in.u32();
        if (!DsaKey.sizesAllowed(bits, 160)) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        BigInteger p = in.number(bits / 8);
        BigInteger q = in.number(20);
        BigInteger g = in.number(bits / 8);
        BigInteger x = in.number(20);
        DsaDomainRecord record = in.record(bits);
        if (!in.ok() || p.bitLength() != bits) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return DsaKey.of((int) bits, p, q, g, g.modPow(x, p), x, record);
    }

    /**
     * A DH key pair from a version 3 PRIVATEKEYBLOB (DH4); q and j, when present, are read and not kept. The sizes
     * in the header are bounded before any number is read (bitlenP of {@link DhKey#sizeAllowed}, bitlenQ and
     * bitlenJ at most bitlenP, bitlenX from 1 to bitlenP); then the checks of {@link DhKey#of}, shared with the CNG
     * readers. Anything else: STATUS_INVALID_PARAMETER.
     */
    static Outcome<DhKey> readDhPrivate(byte[] blob) {
        LeCursor in = new LeCursor(blob);
        if (!in.header(PRIVATEKEYBLOB, 3, CALG_DH_EPHEM, CALG_DH_SF) || in.u32() != DH4) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        long bitsP = in.u32();
        long bitsQ = in.u32();
        long bitsJ = in.u32();
        long bitsX = in.u32();
        if (!DhKey.sizeAllowed(bitsP) || bitsQ > bitsP || bitsJ > bitsP || bitsX == 0 || bitsX > bitsP) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        in.bytes(24);
        BigInteger p = in.number((bitsP + 7) / 8);
        in.number((bitsQ + 7) / 8);
        BigInteger g = in.number((bitsP + 7) / 8);
        in.number((bitsJ + 7) / 8);
        BigInteger y = in.number((bitsP + 7) / 8);
        BigInteger x = in.number((bitsX + 7) / 8);
        if (!in.ok()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return DhKey.of((int) bitsP, p, g, y, x);
    }

    static byte[] reversed(byte[] in) {
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[in.length - 1 - i];
        }
        return out;
    }

    /** Little-endian output. */
    private static final class Le {
        private final BlobAssembler out = new BlobAssembler();

        Le u32(int value) {
            out.u32(value);
            return this;
        }

        Le bytes(byte[] raw) {
            out.bytes(raw);
            return this;
        }

        /** {@code value} as exactly {@code width} little-endian bytes, zero-padded at the most significant end. */
        Le number(BigInteger value, int width) {
            out.bytes(reversed(new BlobAssembler().number(value, width).toByteArray()));
            return this;
        }

        byte[] toByteArray() {
            return out.toByteArray();
        }
    }

    /** Little-endian input on top of {@link BlobCursor}. */
    private static final class LeCursor {
        private final BlobCursor in;

        LeCursor(byte[] blob) {
            in = new BlobCursor(blob);
        }

        boolean header(int type, int version, int algA, int algB) {
            byte[] head = in.bytes(4);
            long alg = in.u32();
            return head.length == 4 && head[0] == type && head[1] == version && head[2] == 0 && head[3] == 0
                    && (alg == algA || alg == algB);
        }

        long u32() {
            return in.u32();
        }

        byte[] bytes(long length) {
            return in.bytes(length);
        }

        BigInteger number(long length) {
            return new BigInteger(1, reversed(in.bytes(length)));
        }

        /** DSSSEED as the CNG record: counter as 4 big-endian bytes, the seed in FIPS order. */
        DsaDomainRecord record(long bitsP) {
            long counter = in.u32();
            byte[] seed = reversed(in.bytes(20));
            byte[] count = {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter};
            return bitsP <= 1024 ? new DsaDomainRecord(count, seed, 0, 0)
                    : new DsaDomainRecord(count, seed, DsaAlgorithm.SHA256, DsaAlgorithm.FIPS186_3);
        }

        boolean ok() {
            return in.ok();
        }
    }
}
