package org.cngkit.vectors;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cngkit.formats.BcryptEcckeyBlob;
import org.cngkit.formats.BcryptEcckeyBlob.Magic;

/**
 * {@code BCRYPT_ECCPUBLIC_BLOB} and {@code BCRYPT_ECCPRIVATE_BLOB}: a BCRYPT_ECCKEY_BLOB (blob-layouts digest
 * 2.3) whose magic says ECDH or ECDSA, public or private, and the curve, followed by X, Y (and d), each zero-padded
 * to cbKey = the curve's field length in bytes.
 *
 * <p>Acceptable magics: for a per-curve algorithm (ECDH_P256 ...) the magic of its curve; for the curve-agnostic
 * ECDH / ECDSA algorithms with ECCCurveName set, the generic magic or the per-curve magic of that curve (which one
 * Windows writes is UNCONFIRMED; digest section 8), cbKey being the curve's in both cases.
 */
record EccKeyBlobChecker(String blobType, boolean privateBlob) implements BlobChecker {

    /** The magics a key of this algorithm and size may carry, public or private. */
    static Set<Magic> acceptedMagics(VectorKey key, boolean privateBlob) {
        boolean ecdsa = key.algorithm().startsWith("ECDSA");
        boolean generic = !key.algorithm().contains("_");
        Set<Magic> accepted = EnumSet.noneOf(Magic.class);
        for (Magic magic : Magic.values()) {
            boolean kindMatches = magic.name().startsWith(ecdsa ? "ECDSA_" : "ECDH_");
            boolean sideMatches = magic.name().contains(privateBlob ? "_PRIVATE_" : "_PUBLIC_");
            boolean curveMatches = magic.name().endsWith("_P" + key.keyBits()) || generic && magic.name().endsWith("_GENERIC");
            if (kindMatches && sideMatches && curveMatches) {
                accepted.add(magic);
            }
        }
        return accepted;
    }

    @Override
    public List<BlobMismatch> check(byte[] blob, VectorKey key) {
        Mismatches m = new Mismatches();
        BcryptEcckeyBlob parsed = m.parse(blob, BcryptEcckeyBlob::new, "BCRYPT_ECCKEY_BLOB");
        if (parsed == null) {
            return m.list();
        }
        Set<Magic> accepted = acceptedMagics(key, privateBlob);
        if (!accepted.contains(parsed.magic())) {
            m.add("magic", "one of " + accepted.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                    parsed.magic().name());
            return m.list();
        }
        checkFields(parsed, key, m);
        return m.list();
    }

    /** The fields after a magic already found acceptable. */
    static void checkFields(BcryptEcckeyBlob parsed, VectorKey key, Mismatches m) {
        int cbKey = (key.keyBits() + 7) / 8;
        KeyMaterial k = key.material();
        m.header("len_x", cbKey, parsed.lenX());
        m.number("x", "x", k.number("x"), parsed.x(), cbKey);
        m.number("y", "y", k.number("y"), parsed.y(), cbKey);
        if (parsed.isPrivate()) {
            m.number("d", "d", k.number("d"), parsed.d(), cbKey);
            m.noTrailingBytes("d");
        } else {
            m.noTrailingBytes("y");
        }
    }

    @Override
    public Optional<KeyMaterial> material(byte[] blob) {
        BcryptEcckeyBlob parsed = new Mismatches().parse(blob, BcryptEcckeyBlob::new, "BCRYPT_ECCKEY_BLOB");
        return parsed == null || parsed.isPrivate() != privateBlob ? Optional.empty() : Optional.of(materialOf(parsed));
    }

    static KeyMaterial materialOf(BcryptEcckeyBlob parsed) {
        Map<String, byte[]> c = new LinkedHashMap<>();
        c.put("x", KeyRelations.unsigned(parsed.x()));
        c.put("y", KeyRelations.unsigned(parsed.y()));
        if (parsed.isPrivate()) {
            c.put("d", KeyRelations.unsigned(parsed.d()));
        }
        return new KeyMaterial(c);
    }
}
