package org.cngkit.vectors;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cngkit.formats.BcryptDhKeyBlob;
import org.cngkit.formats.BcryptDsaKeyBlob;
import org.cngkit.formats.BcryptDsaKeyBlobV2;
import org.cngkit.formats.BcryptEcckeyBlob;
import org.cngkit.formats.BcryptKeyBlob;
import org.cngkit.formats.BcryptRsakeyBlob;

/**
 * {@code BCRYPT_PUBLIC_KEY_BLOB} and {@code BCRYPT_PRIVATE_KEY_BLOB}: the key's own layout, whose first u4
 * (BCRYPT_KEY_BLOB's Magic) names it (blob-layouts digest 2.0). The generic parser reads the magic; the blob
 * must carry one of the magics this key may export under the generic type, and then pass the field checks of
 * that layout.
 *
 * <p>Acceptable magics, where the page is silent, follow the digest's "Evidence of real Windows behaviour":
 * RSA public RSA1; RSA private RSA2 (seen from Windows) or RSA3 (not excluded by the page, which only says the
 * private blob need not contain the public key); ECC as for the ECC blob types ({@link EccKeyBlobChecker}); DSA
 * V1 up to 1024 bits and V2 above ({@link DsaKeyBlobChecker}); DH public DHPB, private DHPV.
 */
record GenericKeyBlobChecker(String blobType, boolean privateBlob) implements BlobChecker {

    /** The magics a key of this algorithm may carry in this generic blob type. */
    Set<BcryptKeyBlob.Magic> acceptedMagics(VectorKey key) {
        if (key.algorithm().startsWith("RSA")) {
            return privateBlob ? Set.of(BcryptKeyBlob.Magic.RSA_PRIVATE, BcryptKeyBlob.Magic.RSA_FULL_PRIVATE)
                    : Set.of(BcryptKeyBlob.Magic.RSA_PUBLIC);
        }
        if (key.algorithm().equals("DH")) {
            return Set.of(privateBlob ? BcryptKeyBlob.Magic.DH_PRIVATE : BcryptKeyBlob.Magic.DH_PUBLIC);
        }
        if (key.algorithm().equals("DSA")) {
            return Set.of(DsaKeyBlobChecker.acceptedMagic(key, privateBlob));
        }
        if (key.algorithm().startsWith("ECD")) {
            return EccKeyBlobChecker.acceptedMagics(key, privateBlob).stream()
                    .map(m -> BcryptKeyBlob.Magic.byId(m.id())).collect(Collectors.toSet());
        }
        throw new IllegalArgumentException("no generic blob layout known for algorithm " + key.algorithm());
    }

    @Override
    public List<BlobMismatch> check(byte[] blob, VectorKey key) {
        Mismatches m = new Mismatches();
        BcryptKeyBlob head = m.parse(blob, BcryptKeyBlob::new, "BCRYPT_KEY_BLOB with a known magic");
        if (head == null) {
            return m.list();
        }
        Set<BcryptKeyBlob.Magic> accepted = acceptedMagics(key);
        if (!accepted.contains(head.magic())) {
            m.add("magic", "one of " + accepted.stream().map(Enum::name).sorted().collect(Collectors.joining(", ")),
                    head.magic().name());
            return m.list();
        }
        BcryptKeyBlob parsed = m.parse(blob, GenericKeyBlobChecker::parseWhole, "blob of the layout its magic names");
        if (parsed == null) {
            return m.list();
        }
        // The generic parser has read the whole blob with the layout its magic names; the field checks parse it
        // once more with that layout's own parser, which also tells where the structure ends.
        Mismatches layout = new Mismatches();
        if (parsed.key() instanceof BcryptRsakeyBlob) {
            BcryptRsakeyBlob rsa = layout.parse(blob, BcryptRsakeyBlob::new, "BCRYPT_RSAKEY_BLOB");
            if (rsa != null) {
                RsaKeyBlobChecker.checkFields(rsa, key, layout);
            }
        } else if (parsed.key() instanceof BcryptDhKeyBlob) {
            BcryptDhKeyBlob dh = layout.parse(blob, BcryptDhKeyBlob::new, "BCRYPT_DH_KEY_BLOB");
            if (dh != null) {
                DhKeyBlobChecker.checkFields(dh, key, layout);
            }
        } else if (parsed.key() instanceof BcryptDsaKeyBlob || parsed.key() instanceof BcryptDsaKeyBlobV2) {
            return DsaKeyBlobChecker.checkLayout(blob, key);
        } else if (parsed.key() instanceof BcryptEcckeyBlob) {
            BcryptEcckeyBlob ecc = layout.parse(blob, BcryptEcckeyBlob::new, "BCRYPT_ECCKEY_BLOB");
            if (ecc != null) {
                EccKeyBlobChecker.checkFields(ecc, key, layout);
            }
        }
        return layout.list();
    }

    /** The generic blob with its {@code key} instance parsed, so a malformed body fails here. */
    private static BcryptKeyBlob parseWhole(io.kaitai.struct.KaitaiStream io) {
        BcryptKeyBlob parsed = new BcryptKeyBlob(io);
        parsed.key();
        return parsed;
    }

    @Override
    public Optional<KeyMaterial> material(byte[] blob) {
        Mismatches m = new Mismatches();
        BcryptKeyBlob parsed = m.parse(blob, GenericKeyBlobChecker::parseWhole, "BCRYPT_KEY_BLOB");
        if (parsed != null && parsed.key() instanceof BcryptRsakeyBlob rsa) {
            return Optional.of(RsaKeyBlobChecker.materialOf(rsa));
        }
        if (parsed != null && parsed.key() instanceof BcryptEcckeyBlob ecc) {
            return Optional.of(EccKeyBlobChecker.materialOf(ecc));
        }
        if (parsed != null && parsed.key() instanceof BcryptDhKeyBlob dh) {
            return Optional.of(DhKeyBlobChecker.materialOf(dh));
        }
        if (parsed != null && (parsed.key() instanceof BcryptDsaKeyBlob || parsed.key() instanceof BcryptDsaKeyBlobV2)) {
            return new DsaKeyBlobChecker(blobType, privateBlob).material(blob);
        }
        return Optional.empty();
    }
}
