package org.cngkit.reference;

import java.math.BigInteger;
import java.util.Set;

import org.cngkit.spi.NtStatus;

/**
 * {@code BCRYPT_RSAKEY_BLOB} (blob-layouts-digest section 2.2), the layout of {@code RSAPUBLICBLOB},
 * {@code RSAPRIVATEBLOB}, {@code RSAFULLPRIVATEBLOB} and of RSA keys under the generic blob types.
 *
 * <pre>
 * offset  size      field
 *      0  u32 LE    Magic: RSA1 0x31415352, RSA2 0x32415352, RSA3 0x33415352 ("RSA1".. in memory)
 *      4  u32 LE    BitLength of the modulus
 *      8  u32 LE    cbPublicExp    (written: the exponent's minimal length; 65537 takes 3 bytes)
 *     12  u32 LE    cbModulus      ((BitLength + 7) / 8)
 *     16  u32 LE    cbPrime1       (0 in RSA1; written: the prime's minimal length)
 *     20  u32 LE    cbPrime2       (0 in RSA1)
 *     24  then, big-endian: PublicExponent, Modulus, [Prime1, Prime2,
 *         [Exponent1 (cbPrime1), Exponent2 (cbPrime2), Coefficient (cbPrime1), PrivateExponent (cbModulus)]]
 * </pre>
 */
final class RsaKeyBlob {
    static final int RSA1 = 0x31415352;
    static final int RSA2 = 0x32415352;
    static final int RSA3 = 0x33415352;

    private RsaKeyBlob() {
    }

    static byte[] write(RsaKey key, int magic) {
        int cbModulus = (key.bits() + 7) / 8;
        int cbExp = BlobAssembler.minimalLength(key.e());
        boolean withPrimes = magic != RSA1;
        int cbPrime1 = withPrimes ? BlobAssembler.minimalLength(key.p()) : 0;
        int cbPrime2 = withPrimes ? BlobAssembler.minimalLength(key.q()) : 0;
        BlobAssembler blob = new BlobAssembler().u32(magic).u32(key.bits()).u32(cbExp).u32(cbModulus)
                .u32(cbPrime1).u32(cbPrime2)
                .number(key.e(), cbExp).number(key.n(), cbModulus);
        if (withPrimes) {
            blob.number(key.p(), cbPrime1).number(key.q(), cbPrime2);
        }
        if (magic == RSA3) {
            blob.number(key.dp(), cbPrime1).number(key.dq(), cbPrime2).number(key.qInv(), cbPrime1)
                    .number(key.d(), cbModulus);
        }
        return blob.toByteArray();
    }

    /**
     * The key a blob with one of the {@code accepted} magics describes. Every size is bounded before a number is
     * read: STATUS_INVALID_PARAMETER when the magic is another, BitLength is outside {@link RsaKey#sizeAllowed},
     * cbModulus is not (BitLength + 7) / 8, cbPublicExp or a prime length is 0 or longer than the modulus, or a
     * public blob declares primes. A header whose lengths do not add up to cbInput is NTE_BAD_DATA, as Windows
     * answers for an RSA public blob (blob-layouts-digest 5 and 6.2, Wine's test_RSA, which passes on Windows);
     * the private layouts answer the same by analogy. Numbers that are not an RSA key: see {@link RsaKey#of}.
     */
    static Outcome<RsaKey> read(byte[] blob, Set<Integer> accepted) {
        BlobCursor in = new BlobCursor(blob);
        int magic = (int) in.u32();
        long bits = in.u32();
        long cbExp = in.u32();
        long cbModulus = in.u32();
        long cbPrime1 = in.u32();
        long cbPrime2 = in.u32();
        boolean withPrimes = magic != RSA1;
        if (!accepted.contains(magic) || !RsaKey.sizeAllowed(bits) || cbModulus != (bits + 7) / 8
                || cbExp == 0 || cbExp > cbModulus || cbPrime1 > cbModulus || cbPrime2 > cbModulus
                || withPrimes != (cbPrime1 > 0 && cbPrime2 > 0) || (!withPrimes && (cbPrime1 | cbPrime2) != 0)) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        long expected = 24 + cbExp + cbModulus + cbPrime1 + cbPrime2
                + (magic == RSA3 ? 2 * cbPrime1 + cbPrime2 + cbModulus : 0);
        if (expected != blob.length) {
            return Outcome.refused(NtStatus.NTE_BAD_DATA);
        }
        BigInteger e = in.number(cbExp);
        BigInteger n = in.number(cbModulus);
        BigInteger p = withPrimes ? in.number(cbPrime1) : null;
        BigInteger q = withPrimes ? in.number(cbPrime2) : null;
        BigInteger[] crt = null;
        if (magic == RSA3) {
            crt = new BigInteger[] {in.number(cbPrime1), in.number(cbPrime2), in.number(cbPrime1), in.number(cbModulus)};
        }
        if (!in.ok()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return RsaKey.of((int) bits, n, e, p, q, crt);
    }
}
