package org.cngkit.kit.tools.convert;

import java.util.List;
import java.util.Optional;
import org.cngkit.kit.spec.BlobType;
import org.cngkit.kit.spec.KeyFamily;
import org.cngkit.kit.tools.inspect.BlobInput;
import org.cngkit.kit.tools.inspect.Inspection;
import org.cngkit.kit.tools.inspect.Inspector;
import org.cngkit.kit.tools.inspect.KeyIdentity;
import org.cngkit.spi.Handle;
import org.cngkit.vectors.BlobCrossCheck;
import org.cngkit.vectors.KeyMaterial;

/**
 * Converts keys between PEM / DER and CNG or CryptoAPI blobs by driving the reference implementation through the SPI:
 * a key file is imported as its richest CNG blob and exported as the type asked for; a blob is imported as what it is
 * and exported as its family's richest blob, whose components the oracle's checker reads back for the DER encoders.
 * Every refusal is the reference's NTSTATUS.
 */
public final class Converter {
    private Converter() {
    }

    /**
     * The key of a PEM or DER file as a blob of {@code target}.
     *
     * @param ecdh whether an EC key is an ECDH key (otherwise ECDSA)
     */
    public static byte[] toBlob(byte[] keyFile, BlobType target, boolean ecdh) throws Refusal {
        ImportBlob source = ImportBlob.of(KeyDocument.read(keyFile), ecdh);
        try (ReferenceBridge reference = new ReferenceBridge()) {
            Handle key = reference.importKeyPair(source.algorithm(), null, source.blobType().wireName(), source.bytes());
            return reference.export(key, target.wireName());
        }
    }

    /** The key of a blob as DER: PKCS#8 for a private blob, SubjectPublicKeyInfo for a public one. */
    public static byte[] toDer(byte[] blob) throws Refusal {
        Inspection inspection = Inspector.inspect(new BlobInput(blob, "binary"), false);
        if (inspection.error() != null) {
            throw new Refusal("the blob is not readable: " + inspection.error());
        }
        BlobType source = inspection.blobTypes().stream()
                .filter(t -> !t.equals("BCRYPT_PUBLIC_KEY_BLOB") && !t.equals("BCRYPT_PRIVATE_KEY_BLOB"))
                .findFirst().map(BlobType::valueOf)
                .orElseThrow(() -> new Refusal("the blob is of no type the kit's oracle reads"));
        if (source.family() == KeyFamily.SYMMETRIC) {
            throw new Refusal("a " + source.name() + " holds a symmetric key, which has no PEM form");
        }
        KeyIdentity identity = inspection.key();
        String algorithm = identity.algorithm();
        boolean curveAgnostic = algorithm.equals("ECDH") || algorithm.equals("ECDSA");
        if (curveAgnostic && !List.of(256, 384, 521).contains(identity.keyBits())) {
            throw new Refusal("the blob's key is on a " + identity.keyBits() + "-bit curve; convert carries the NIST curves "
                    + "P-256, P-384 and P-521 only (the PEM forms of other named curves are not written yet)");
        }
        try (ReferenceBridge reference = new ReferenceBridge()) {
            Handle key = reference.importKeyPair(algorithm, curveAgnostic ? "nistP" + identity.keyBits() : null,
                    source.wireName(), blob);
            Refusal last = null;
            for (BlobType richest : richest(source)) {
                try {
                    byte[] exported = reference.export(key, richest.wireName());
                    Optional<KeyMaterial> material = BlobCrossCheck.checker(richest.name()).material(exported);
                    if (material.isEmpty()) {
                        throw new Refusal("the oracle cannot read the " + richest.name() + " the reference exported");
                    }
                    return KeyEncoding.der(new KeyIdentity(algorithm, identity.keyBits()), material.get());
                } catch (Refusal r) {
                    last = r;
                }
            }
            throw last;
        }
    }

    /** The blob types that carry everything a key of the source's kind has, best first. */
    static List<BlobType> richest(BlobType source) {
        boolean priv = source.mayHoldSecrets();
        return switch (source.family()) {
            case RSA -> List.of(priv ? BlobType.BCRYPT_RSAFULLPRIVATE_BLOB : BlobType.BCRYPT_RSAPUBLIC_BLOB);
            case ECC -> List.of(priv ? BlobType.BCRYPT_ECCPRIVATE_BLOB : BlobType.BCRYPT_ECCPUBLIC_BLOB);
            case DSA -> List.of(priv ? BlobType.BCRYPT_DSA_PRIVATE_BLOB : BlobType.BCRYPT_DSA_PUBLIC_BLOB);
            case DH -> List.of(priv ? BlobType.BCRYPT_DH_PRIVATE_BLOB : BlobType.BCRYPT_DH_PUBLIC_BLOB);
            case MLKEM -> priv ? List.of(BlobType.BCRYPT_MLKEM_PRIVATE_SEED_BLOB, BlobType.BCRYPT_MLKEM_PRIVATE_BLOB)
                    : List.of(BlobType.BCRYPT_MLKEM_PUBLIC_BLOB);
            case PQDSA -> priv ? List.of(BlobType.BCRYPT_PQDSA_PRIVATE_SEED_BLOB, BlobType.BCRYPT_PQDSA_PRIVATE_BLOB)
                    : List.of(BlobType.BCRYPT_PQDSA_PUBLIC_BLOB);
            default -> List.of(source);
        };
    }
}
