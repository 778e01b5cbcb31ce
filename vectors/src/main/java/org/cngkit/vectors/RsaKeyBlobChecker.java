package org.cngkit.vectors;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cngkit.formats.BcryptRsakeyBlob;
import org.cngkit.formats.BcryptRsakeyBlob.Magic;

/**
 * {@code BCRYPT_RSAPUBLIC_BLOB}, {@code BCRYPT_RSAPRIVATE_BLOB} and {@code BCRYPT_RSAFULLPRIVATE_BLOB}: a
 * BCRYPT_RSAKEY_BLOB with magic RSA1, RSA2 or RSA3 (blob-layouts digest 2.2). Lengths follow the digest's
 * formulas: the public exponent in its minimal length (Windows writes 65537 as 01 00 01), the modulus in
 * (BitLength + 7) / 8 bytes, each prime in its minimal length, the CRT values as long as their prime and the
 * private exponent as long as the modulus.
 *
 * <p>The private exponent is the one value two correct implementations may write differently: CNG-generated
 * keys carry d = e^-1 mod lcm(p-1, q-1), CryptoAPI-era keys d = e^-1 mod (p-1)(q-1). A blob passes when its d
 * is the vector's or any other valid private exponent of the key (e d = 1 mod lcm(p-1, q-1)); Exponent1,
 * Exponent2 and Coefficient are unique and must match exactly.
 */
record RsaKeyBlobChecker(String blobType, Magic magic) implements BlobChecker {

    @Override
    public List<BlobMismatch> check(byte[] blob, VectorKey key) {
        Mismatches m = new Mismatches();
        BcryptRsakeyBlob parsed = m.parse(blob, BcryptRsakeyBlob::new, "BCRYPT_RSAKEY_BLOB");
        if (parsed == null) {
            return m.list();
        }
        if (!m.magic(magic, parsed.magic())) {
            return m.list();
        }
        checkFields(parsed, key, m);
        return m.list();
    }

    /** The fields of a parsed blob whose magic is already known to be this checker's. */
    static void checkFields(BcryptRsakeyBlob parsed, VectorKey key, Mismatches m) {
        KeyMaterial k = key.material();
        BigInteger n = k.number("n");
        BigInteger e = k.number("e");
        int modulusLength = (key.keyBits() + 7) / 8;
        m.header("bit_length", key.keyBits(), parsed.bitLength());
        m.header("len_public_exp", Mismatches.minimalLength(e), parsed.lenPublicExp());
        m.header("len_modulus", modulusLength, parsed.lenModulus());
        m.number("public_exp", "e", e, parsed.publicExp(), Mismatches.minimalLength(e));
        m.number("modulus", "n", n, parsed.modulus(), modulusLength);
        if (!parsed.isPrivate()) {
            m.noTrailingBytes("modulus");
            return;
        }
        BigInteger p = k.number("p");
        BigInteger q = k.number("q");
        m.number("prime1", "p", p, parsed.prime1(), Mismatches.minimalLength(p));
        m.number("prime2", "q", q, parsed.prime2(), Mismatches.minimalLength(q));
        if (!parsed.isFullPrivate()) {
            m.noTrailingBytes("prime2");
            return;
        }
        m.number("exponent1", "dp", k.number("dp"), parsed.exponent1(), Mismatches.minimalLength(p));
        m.number("exponent2", "dq", k.number("dq"), parsed.exponent2(), Mismatches.minimalLength(q));
        m.number("coefficient", "qinv", k.number("qinv"), parsed.coefficient(), Mismatches.minimalLength(p));
        byte[] d = parsed.privateExponent();
        if (d.length != modulusLength) {
            m.add("private_exponent", modulusLength + " bytes", d.length + " bytes");
        } else if (!new BigInteger(1, d).equals(k.number("d"))
                && !KeyRelations.isRsaPrivateExponent(e, new BigInteger(1, d), p, q)) {
            m.add("private_exponent", "key.d or another private exponent of the key (e d = 1 mod lcm(p-1, q-1))",
                    "a number that is neither");
        }
        m.noTrailingBytes("private_exponent");
    }

    @Override
    public Optional<KeyMaterial> material(byte[] blob) {
        Mismatches m = new Mismatches();
        BcryptRsakeyBlob parsed = m.parse(blob, BcryptRsakeyBlob::new, "BCRYPT_RSAKEY_BLOB");
        if (parsed == null || parsed.magic() != magic) {
            return Optional.empty();
        }
        return Optional.of(materialOf(parsed));
    }

    static KeyMaterial materialOf(BcryptRsakeyBlob parsed) {
        Map<String, byte[]> c = new LinkedHashMap<>();
        c.put("n", KeyRelations.unsigned(parsed.modulus()));
        c.put("e", KeyRelations.unsigned(parsed.publicExp()));
        if (parsed.isPrivate()) {
            c.put("p", KeyRelations.unsigned(parsed.prime1()));
            c.put("q", KeyRelations.unsigned(parsed.prime2()));
        }
        if (parsed.isFullPrivate()) {
            c.put("dp", KeyRelations.unsigned(parsed.exponent1()));
            c.put("dq", KeyRelations.unsigned(parsed.exponent2()));
            c.put("qinv", KeyRelations.unsigned(parsed.coefficient()));
            c.put("d", KeyRelations.unsigned(parsed.privateExponent()));
        }
        return new KeyMaterial(c);
    }
}
