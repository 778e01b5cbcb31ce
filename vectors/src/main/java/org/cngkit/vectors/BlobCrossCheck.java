package org.cngkit.vectors;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.cngkit.formats.BcryptDhKeyBlob;
import org.cngkit.formats.BcryptRsakeyBlob;

/**
 * The layout oracle: parses a blob with the generated Kaitai parser of its blob type and compares
 * every field with the key material (a wrapped key is unwrapped instead: see
 * {@link AesWrapKeyBlobChecker}). Used at build time on every expected blob of every vector
 * file (so a vector cannot disagree with its .ksy layout) and by the kit on the blobs an
 * implementation returns.
 *
 * <p>One {@link BlobChecker} per blob type constant. To support a new layout, write its .ksy in
 * ksy-formats, a checker here, and add it to {@link #CHECKERS}. Asking about a blob type that
 * has no checker throws: a blob must never pass unchecked.
 */
public final class BlobCrossCheck {
    private static final Map<String, BlobChecker> CHECKERS = register(
            new KeyDataBlobChecker(),
            new AesWrapKeyBlobChecker(),
            new RsaKeyBlobChecker("BCRYPT_RSAPUBLIC_BLOB", BcryptRsakeyBlob.Magic.RSA_PUBLIC),
            new RsaKeyBlobChecker("BCRYPT_RSAPRIVATE_BLOB", BcryptRsakeyBlob.Magic.RSA_PRIVATE),
            new RsaKeyBlobChecker("BCRYPT_RSAFULLPRIVATE_BLOB", BcryptRsakeyBlob.Magic.RSA_FULL_PRIVATE),
            new EccKeyBlobChecker("BCRYPT_ECCPUBLIC_BLOB", false),
            new EccKeyBlobChecker("BCRYPT_ECCPRIVATE_BLOB", true),
            new DsaKeyBlobChecker("BCRYPT_DSA_PUBLIC_BLOB", false),
            new DsaKeyBlobChecker("BCRYPT_DSA_PRIVATE_BLOB", true),
            new DhKeyBlobChecker("BCRYPT_DH_PUBLIC_BLOB", BcryptDhKeyBlob.Magic.DH_PUBLIC),
            new DhKeyBlobChecker("BCRYPT_DH_PRIVATE_BLOB", BcryptDhKeyBlob.Magic.DH_PRIVATE),
            new GenericKeyBlobChecker("BCRYPT_PUBLIC_KEY_BLOB", false),
            new GenericKeyBlobChecker("BCRYPT_PRIVATE_KEY_BLOB", true),
            ParameterSetKeyBlobChecker.MLKEM_PUBLIC,
            ParameterSetKeyBlobChecker.MLKEM_PRIVATE,
            ParameterSetKeyBlobChecker.MLKEM_PRIVATE_SEED,
            ParameterSetKeyBlobChecker.PQDSA_PUBLIC,
            ParameterSetKeyBlobChecker.PQDSA_PRIVATE,
            ParameterSetKeyBlobChecker.PQDSA_PRIVATE_SEED,
            LegacyKeyBlobChecker.RSA_PUBLIC,
            LegacyKeyBlobChecker.RSA_PRIVATE,
            LegacyKeyBlobChecker.DSA_PUBLIC,
            LegacyKeyBlobChecker.DSA_PRIVATE,
            LegacyKeyBlobChecker.DSA_V2_PRIVATE,
            LegacyKeyBlobChecker.DH_PUBLIC,
            LegacyKeyBlobChecker.DH_PRIVATE);

    private BlobCrossCheck() {
    }

    /**
     * Mismatches between the test's expected blob and its group's key material.
     *
     * @throws IllegalArgumentException if the test has no expected blob, or its blob type has
     *                                  no checker
     */
    public static List<BlobMismatch> check(VectorTest test) {
        if (!test.expected().hasBlob()) {
            throw new IllegalArgumentException("tcId " + test.tcId() + " (" + test.blobType() + ") has no expected blob to check");
        }
        return check(test.blobType(), test.group().vectorKey(), test.expected().blob());
    }

    /**
     * Mismatches between {@code blob} and the encoding of {@code key} in {@code blobType};
     * empty when they agree.
     *
     * @param blobType bcrypt.h constant name, e.g. {@code BCRYPT_KEY_DATA_BLOB}
     * @throws IllegalArgumentException if no checker handles {@code blobType}
     */
    public static List<BlobMismatch> check(String blobType, VectorKey key, byte[] blob) {
        Objects.requireNonNull(blob, "blob");
        return checker(blobType).check(blob, key);
    }

    /** Whether a checker handles this blob type. */
    public static boolean supports(String blobType) {
        return CHECKERS.containsKey(blobType);
    }

    /** The blob types that have a checker, sorted. */
    public static Set<String> blobTypes() {
        return CHECKERS.keySet();
    }

    /**
     * The checker of a blob type.
     *
     * @throws IllegalArgumentException if there is none
     */
    public static BlobChecker checker(String blobType) {
        BlobChecker checker = CHECKERS.get(blobType);
        if (checker == null) {
            throw new IllegalArgumentException(unsupportedMessage(blobType));
        }
        return checker;
    }

    static String unsupportedMessage(String blobType) {
        return "no layout checker for blob type '" + blobType + "' (checkers exist for " + CHECKERS.keySet() + ")";
    }

    private static Map<String, BlobChecker> register(BlobChecker... checkers) {
        Map<String, BlobChecker> map = new TreeMap<>();
        for (BlobChecker checker : checkers) {
            if (map.put(checker.blobType(), new TimedChecker(checker)) != null) {
                throw new IllegalStateException("two checkers for " + checker.blobType());
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
