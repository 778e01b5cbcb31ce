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
 * to cbKey = the curve's field length in bytes. The curve is the key's ({@link EccCurveTable#of(VectorKey)}).
 *
 * <p>Acceptable magics: for a per-curve algorithm (ECDH_P256 ...) the magic of its curve; for the curve-agnostic
 * ECDH / ECDSA algorithms the generic magic, or, on a curve with the numbers of P-256, P-384 or P-521 (nistP256,
 * secP256r1, x962P256v1...), also the per-curve magic of that curve (which one Windows writes is UNCONFIRMED;
 * digest section 8).
 *
 * <p>Acceptable cbKey: the field length; on a curve whose order n is longer than its field (secP160r1, secP224k1,
 * wtls9...), also the order's length, so that every d fits (which of the two Windows uses is UNCONFIRMED). On
 * curve25519, X and d are compared as the 32-byte RFC 7748 strings of the key and Y is not examined (unused;
 * digest section 8).
 */
record EccKeyBlobChecker(String blobType, boolean privateBlob) implements BlobChecker {

    /** The magics a key of this algorithm and curve may carry, public or private. */
    static Set<Magic> acceptedMagics(VectorKey key, boolean privateBlob) {
        boolean ecdsa = key.algorithm().startsWith("ECDSA");
        boolean generic = !key.algorithm().contains("_");
        int nistBits = nistBits(key);
        Set<Magic> accepted = EnumSet.noneOf(Magic.class);
        for (Magic magic : Magic.values()) {
            boolean kindMatches = magic.name().startsWith(ecdsa ? "ECDSA_" : "ECDH_");
            boolean sideMatches = magic.name().contains(privateBlob ? "_PRIVATE_" : "_PUBLIC_");
            boolean curveMatches = magic.name().endsWith("_P" + nistBits) || generic && magic.name().endsWith("_GENERIC");
            if (kindMatches && sideMatches && curveMatches) {
                accepted.add(magic);
            }
        }
        return accepted;
    }

    /** 256, 384 or 521 when the key's curve has the numbers of that NIST curve; 0 otherwise. */
    private static int nistBits(VectorKey key) {
        Optional<NamedCurve> curve = EccCurveTable.of(key);
        for (int bits : new int[] {256, 384, 521}) {
            Optional<NamedCurve> nist = EccCurveTable.nist(bits);
            if (curve.isPresent() && nist.isPresent() && curve.get().sameParametersAs(nist.get())) {
                return bits;
            }
        }
        return 0;
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
        Optional<NamedCurve> named = EccCurveTable.of(key);
        if (named.isEmpty()) {
            m.add("len_x", "the cbKey of a known curve", "a key on no curve the kit knows");
            return;
        }
        NamedCurve curve = named.get();
        int cbKey = curve.fieldBytes();
        if (curve.orderBytes() > cbKey && parsed.lenX() == curve.orderBytes()) {
            cbKey = curve.orderBytes();
        }
        m.header("len_x", cbKey, parsed.lenX());
        KeyMaterial k = key.material();
        m.number("x", "x", k.number("x"), parsed.x(), cbKey);
        if (curve.form() != NamedCurve.Form.MONTGOMERY) {
            m.number("y", "y", k.number("y"), parsed.y(), cbKey);
        }
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
