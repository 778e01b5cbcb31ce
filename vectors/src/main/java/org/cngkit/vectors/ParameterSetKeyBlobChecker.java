package org.cngkit.vectors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cngkit.formats.BcryptParameterSetKeyBlob;
import org.cngkit.formats.BcryptParameterSetKeyBlob.KeyMagic;

/**
 * The six post-quantum blob types. They share one layout, BCRYPT_PARAMETER_SET_KEY_BLOB (blob-layouts digest
 * 2.7 and 2.8): magic, cbParameterSet, cbKey, the UTF-16LE parameter set with its NUL, the key bytes. The parser
 * checks that the magic is known, that the name ends in a NUL and fills cbParameterSet, that the set is one of
 * the magic's algorithm and that cbKey is the set's size; this checker that the magic belongs to the blob type,
 * that the set and the key bytes are the vector's, and that nothing follows the key.
 *
 * <p>One instance per blob type: which magics the type allows and which key component it carries.
 */
final class ParameterSetKeyBlobChecker implements BlobChecker {
    static final ParameterSetKeyBlobChecker MLKEM_PUBLIC = new ParameterSetKeyBlobChecker(
            "BCRYPT_MLKEM_PUBLIC_BLOB", KeyMaterial.PUBLIC_KEY, Set.of(KeyMagic.MLKEM_PUBLIC));
    static final ParameterSetKeyBlobChecker MLKEM_PRIVATE = new ParameterSetKeyBlobChecker(
            "BCRYPT_MLKEM_PRIVATE_BLOB", KeyMaterial.PRIVATE_KEY, Set.of(KeyMagic.MLKEM_PRIVATE));
    static final ParameterSetKeyBlobChecker MLKEM_PRIVATE_SEED = new ParameterSetKeyBlobChecker(
            "BCRYPT_MLKEM_PRIVATE_SEED_BLOB", KeyMaterial.SEED, Set.of(KeyMagic.MLKEM_PRIVATE_SEED));
    static final ParameterSetKeyBlobChecker PQDSA_PUBLIC = new ParameterSetKeyBlobChecker(
            "BCRYPT_PQDSA_PUBLIC_BLOB", KeyMaterial.PUBLIC_KEY,
            Set.of(KeyMagic.MLDSA_PUBLIC, KeyMagic.SLHDSA_PUBLIC, KeyMagic.LMS_PUBLIC, KeyMagic.XMSS_PUBLIC));
    static final ParameterSetKeyBlobChecker PQDSA_PRIVATE = new ParameterSetKeyBlobChecker(
            "BCRYPT_PQDSA_PRIVATE_BLOB", KeyMaterial.PRIVATE_KEY, Set.of(KeyMagic.MLDSA_PRIVATE, KeyMagic.SLHDSA_PRIVATE));
    static final ParameterSetKeyBlobChecker PQDSA_PRIVATE_SEED = new ParameterSetKeyBlobChecker(
            "BCRYPT_PQDSA_PRIVATE_SEED_BLOB", KeyMaterial.SEED, Set.of(KeyMagic.MLDSA_PRIVATE_SEED));

    private static final int HEADER_SIZE = 12;

    private final String blobType;
    private final String component;
    private final Set<KeyMagic> magics;

    private ParameterSetKeyBlobChecker(String blobType, String component, Set<KeyMagic> magics) {
        this.blobType = blobType;
        this.component = component;
        this.magics = magics;
    }

    @Override
    public String blobType() {
        return blobType;
    }

    /**
     * @throws IllegalArgumentException if {@code key} has no parameter set or lacks the component this blob
     *                                  type carries (a vector that cannot have this blob)
     */
    @Override
    public List<BlobMismatch> check(byte[] blob, VectorKey key) {
        String set = key.material().parameterSet();
        if (set == null) {
            throw new IllegalArgumentException(blobType + " needs a key with a parameter set; " + key.material() + " has none");
        }
        byte[] material = key.material().component(component);
        int lenParameterSet = set.getBytes(StandardCharsets.UTF_16LE).length + 2;
        Mismatches m = new Mismatches();
        BcryptParameterSetKeyBlob parsed = m.parse(blob, BcryptParameterSetKeyBlob::new,
                blobType + " (BCRYPT_PARAMETER_SET_KEY_BLOB)",
                (HEADER_SIZE + lenParameterSet + material.length) + " bytes (12-byte header + " + lenParameterSet
                        + "-byte parameter set + " + material.length + "-byte key." + component + ")");
        if (parsed == null) {
            return m.list();
        }
        if (!magics.contains(parsed.magic())) {
            m.add("magic", describe(magics), describe(Set.of(parsed.magic())));
        }
        m.header("len_parameter_set", lenParameterSet, parsed.lenParameterSet());
        if (!parsed.set().equals(set)) {
            m.add("parameter_set", "\"" + set + "\"", "\"" + parsed.set() + "\"");
        }
        m.header("len_key", material.length, parsed.lenKey());
        m.bytes("key", component, material, parsed.key());
        m.noTrailingBytes("key");
        return m.list();
    }

    /** The key bytes as this type's component, with the blob's parameter set; empty for another type's magic. */
    @Override
    public Optional<KeyMaterial> material(byte[] blob) {
        BcryptParameterSetKeyBlob parsed = new Mismatches().parse(blob, BcryptParameterSetKeyBlob::new, blobType);
        if (parsed == null || !magics.contains(parsed.magic())) {
            return Optional.empty();
        }
        return Optional.of(new KeyMaterial(Map.of(component, parsed.key()), parsed.set()));
    }

    /** Magics as they read in memory, e.g. {@code "MLKP"}. */
    private static String describe(Set<KeyMagic> magics) {
        return magics.stream().map(ParameterSetKeyBlobChecker::ascii).sorted()
                .collect(Collectors.joining(" or "));
    }

    private static String ascii(KeyMagic magic) {
        long id = magic.id();
        byte[] bytes = {(byte) id, (byte) (id >>> 8), (byte) (id >>> 16), (byte) (id >>> 24)};
        return "\"" + new String(bytes, StandardCharsets.US_ASCII) + "\"";
    }
}
