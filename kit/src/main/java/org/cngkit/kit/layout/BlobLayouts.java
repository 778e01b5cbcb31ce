package org.cngkit.kit.layout;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.kaitai.struct.KaitaiStruct;
import org.cngkit.formats.walk.BcryptDhKeyBlob;
import org.cngkit.formats.walk.BcryptDsaKeyBlob;
import org.cngkit.formats.walk.BcryptDsaKeyBlobV2;
import org.cngkit.formats.walk.BcryptEcckeyBlob;
import org.cngkit.formats.walk.BcryptKeyDataBlob;
import org.cngkit.formats.walk.BcryptParameterSetKeyBlob;
import org.cngkit.formats.walk.BcryptRsakeyBlob;
import org.cngkit.formats.walk.CapiDssKeyBlob;
import org.cngkit.formats.walk.CapiRsaKeyBlob;
import org.cngkit.formats.walk.CapiVer3KeyBlob;
import org.cngkit.kit.spec.BlobType;

/**
 * The .ksy layouts a blob of each type may be in (several where the magic chooses: DSA V1 or V2, a generic
 * PUBLICBLOB of any family, a CryptoAPI DSS version 2 or 3 BLOB). A blob is laid out in the first layout that reads
 * all of it, else in the one that got furthest before stopping. The AES key wrap and the opaque blob have no layout.
 */
public final class BlobLayouts {
    private static final List<Class<? extends KaitaiStruct>> CNG_ASYMMETRIC = List.of(BcryptRsakeyBlob.class,
            BcryptEcckeyBlob.class, BcryptDhKeyBlob.class, BcryptDsaKeyBlob.class, BcryptDsaKeyBlobV2.class,
            BcryptParameterSetKeyBlob.class);
    private static final Map<BlobType, List<Class<? extends KaitaiStruct>>> LAYOUTS = table();

    private BlobLayouts() {
    }

    /** The layouts of a blob type; empty when it has none. */
    static List<Class<? extends KaitaiStruct>> of(BlobType type) {
        return LAYOUTS.getOrDefault(type, List.of());
    }

    /** The .ksy ids of the layouts of a blob type ({@code bcrypt_rsakey_blob}); empty when it has none. */
    public static List<String> ksyIds(BlobType type) {
        return of(type).stream().map(LayoutWalk::layoutId).toList();
    }

    /** The blob laid out in its best-fitting layout, or {@code null} when its type has no layout. */
    static Walk walk(BlobType type, byte[] blob) {
        return best(of(type), type, blob);
    }

    /**
     * The layout of another blob type that reads all of a blob which does not fit its own type's layouts (a CryptoAPI
     * BLOB where a CNG blob was expected), or {@code null} when none does.
     */
    static Walk recognise(BlobType type, byte[] blob) {
        List<Class<? extends KaitaiStruct>> all = LAYOUTS.values().stream().flatMap(List::stream).distinct().toList();
        Walk w = best(all, type, blob);
        return w != null && w.complete(blob.length) ? w : null;
    }

    private static Walk best(List<Class<? extends KaitaiStruct>> layouts, BlobType type, byte[] blob) {
        return layouts.stream().map(layout -> LayoutWalk.walk(layout, blob, type.mayHoldSecrets()))
                .min(Comparator.comparing((Walk w) -> !w.complete(blob.length)).thenComparing(w -> -w.reach()))
                .orElse(null);
    }

    private static Map<BlobType, List<Class<? extends KaitaiStruct>>> table() {
        Map<BlobType, List<Class<? extends KaitaiStruct>>> t = new EnumMap<>(BlobType.class);
        t.put(BlobType.BCRYPT_KEY_DATA_BLOB, List.of(BcryptKeyDataBlob.class));
        t.put(BlobType.BCRYPT_PUBLIC_KEY_BLOB, CNG_ASYMMETRIC);
        t.put(BlobType.BCRYPT_PRIVATE_KEY_BLOB, CNG_ASYMMETRIC);
        for (BlobType rsa : List.of(BlobType.BCRYPT_RSAPUBLIC_BLOB, BlobType.BCRYPT_RSAPRIVATE_BLOB, BlobType.BCRYPT_RSAFULLPRIVATE_BLOB)) {
            t.put(rsa, List.of(BcryptRsakeyBlob.class));
        }
        t.put(BlobType.BCRYPT_ECCPUBLIC_BLOB, List.of(BcryptEcckeyBlob.class));
        t.put(BlobType.BCRYPT_ECCPRIVATE_BLOB, List.of(BcryptEcckeyBlob.class));
        t.put(BlobType.BCRYPT_DH_PUBLIC_BLOB, List.of(BcryptDhKeyBlob.class));
        t.put(BlobType.BCRYPT_DH_PRIVATE_BLOB, List.of(BcryptDhKeyBlob.class));
        t.put(BlobType.BCRYPT_DSA_PUBLIC_BLOB, List.of(BcryptDsaKeyBlob.class, BcryptDsaKeyBlobV2.class));
        t.put(BlobType.BCRYPT_DSA_PRIVATE_BLOB, List.of(BcryptDsaKeyBlob.class, BcryptDsaKeyBlobV2.class));
        for (BlobType pq : List.of(BlobType.BCRYPT_MLKEM_PUBLIC_BLOB, BlobType.BCRYPT_MLKEM_PRIVATE_BLOB,
                BlobType.BCRYPT_MLKEM_PRIVATE_SEED_BLOB, BlobType.BCRYPT_PQDSA_PUBLIC_BLOB, BlobType.BCRYPT_PQDSA_PRIVATE_BLOB,
                BlobType.BCRYPT_PQDSA_PRIVATE_SEED_BLOB)) {
            t.put(pq, List.of(BcryptParameterSetKeyBlob.class));
        }
        t.put(BlobType.LEGACY_RSAPUBLIC_BLOB, List.of(CapiRsaKeyBlob.class));
        t.put(BlobType.LEGACY_RSAPRIVATE_BLOB, List.of(CapiRsaKeyBlob.class));
        t.put(BlobType.LEGACY_DSA_PUBLIC_BLOB, List.of(CapiDssKeyBlob.class, CapiVer3KeyBlob.class));
        t.put(BlobType.LEGACY_DSA_PRIVATE_BLOB, List.of(CapiDssKeyBlob.class, CapiVer3KeyBlob.class));
        t.put(BlobType.LEGACY_DSA_V2_PRIVATE_BLOB, List.of(CapiDssKeyBlob.class));
        t.put(BlobType.LEGACY_DH_PUBLIC_BLOB, List.of(CapiVer3KeyBlob.class));
        t.put(BlobType.LEGACY_DH_PRIVATE_BLOB, List.of(CapiVer3KeyBlob.class));
        return t;
    }
}
