package org.cngkit.vectors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cngkit.formats.BcryptDhKeyBlob;
import org.cngkit.formats.BcryptDhKeyBlob.Magic;

/**
 * {@code BCRYPT_DH_PUBLIC_BLOB} and {@code BCRYPT_DH_PRIVATE_BLOB}: a BCRYPT_DH_KEY_BLOB (blob-layouts digest 2.4)
 * with magic DHPB or DHPV, cbKey = the key size in bytes, then p, g, y (and x), each zero-padded to cbKey.
 */
record DhKeyBlobChecker(String blobType, Magic magic) implements BlobChecker {

    @Override
    public List<BlobMismatch> check(byte[] blob, VectorKey key) {
        Mismatches m = new Mismatches();
        BcryptDhKeyBlob parsed = m.parse(blob, BcryptDhKeyBlob::new, "BCRYPT_DH_KEY_BLOB");
        if (parsed == null) {
            return m.list();
        }
        if (!m.magic(magic, parsed.magic())) {
            return m.list();
        }
        checkFields(parsed, key, m);
        return m.list();
    }

    static void checkFields(BcryptDhKeyBlob parsed, VectorKey key, Mismatches m) {
        KeyMaterial k = key.material();
        int cbKey = (key.keyBits() + 7) / 8;
        m.header("len_modulus", cbKey, parsed.lenModulus());
        m.number("modulus", "p", k.number("p"), parsed.modulus(), cbKey);
        m.number("generator", "g", k.number("g"), parsed.generator(), cbKey);
        m.number("public_value", "y", k.number("y"), parsed.publicValue(), cbKey);
        if (parsed.privateExponent() != null) {
            m.number("private_exponent", "x", k.number("x"), parsed.privateExponent(), cbKey);
            m.noTrailingBytes("private_exponent");
        } else {
            m.noTrailingBytes("public_value");
        }
    }

    @Override
    public Optional<KeyMaterial> material(byte[] blob) {
        BcryptDhKeyBlob parsed = new Mismatches().parse(blob, BcryptDhKeyBlob::new, "BCRYPT_DH_KEY_BLOB");
        return parsed == null ? Optional.empty() : Optional.of(materialOf(parsed));
    }

    static KeyMaterial materialOf(BcryptDhKeyBlob parsed) {
        Map<String, byte[]> c = new LinkedHashMap<>();
        c.put("p", KeyRelations.unsigned(parsed.modulus()));
        c.put("g", KeyRelations.unsigned(parsed.generator()));
        c.put("y", KeyRelations.unsigned(parsed.publicValue()));
        if (parsed.privateExponent() != null) {
            c.put("x", KeyRelations.unsigned(parsed.privateExponent()));
        }
        return new KeyMaterial(c);
    }
}
