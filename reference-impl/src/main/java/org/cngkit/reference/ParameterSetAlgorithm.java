package org.cngkit.reference;

import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Claims;
import org.cngkit.spi.NtStatus;

/**
 * A post-quantum algorithm whose keys are chosen by parameter set and travel in the parameter-set blob layout
 * ({@link ParameterSetKeyBlob}): ML-KEM, ML-DSA, SLH-DSA, LMS, XMSS. What differs between them is data: which
 * kinds of key material have a blob type and a magic (bcrypt.h defines no SLH-DSA seed magic and no LMS or XMSS
 * private magic), the parameter sets, and whether keys can be generated here.
 *
 * <p>Rules of this implementation:
 * <ul>
 *   <li>{@code ParameterSetName} is the only property, on the algorithm handle or on a key pair before it is
 *       finalized; its value is a NUL-terminated UTF-16LE set name (cbInput counts the NUL). An unknown name or a
 *       malformed value is STATUS_INVALID_PARAMETER; another property STATUS_NOT_SUPPORTED.</li>
 *   <li>{@code BCryptGenerateKeyPair}: dwLength must be 0 (the set decides the size, blob-layouts-digest 6.3),
 *       dwFlags 0 or a flag the algorithm allows (ML-KEM: BCRYPT_NO_KEY_VALIDATION); else
 *       STATUS_INVALID_PARAMETER. Algorithms that do not generate here: STATUS_NOT_SUPPORTED.</li>
 *   <li>{@code BCryptFinalizeKeyPair} without a parameter set: STATUS_INVALID_PARAMETER. A generated key keeps
 *       its seed where the algorithm has a seed blob, so it exports all its blob types.</li>
 *   <li>{@code BCryptImportKeyPair}: the blob's magic must be this algorithm's magic for that blob type, its set
 *       one of the algorithm's, and cbKey the set's size for that material; otherwise
 *       STATUS_INVALID_PARAMETER. The ParameterSetName of the algorithm handle plays no part: the blob names its
 *       set. A key imported from a seed holds the seed; one imported from the expanded private key or the public
 *       key does not.</li>
 * </ul>
 */
final class ParameterSetAlgorithm implements KeyPairAlgorithm {
    static final String PARAMETER_SET_NAME = "ParameterSetName";
    /** {@code BCRYPT_NO_KEY_VALIDATION}: skip the FIPS self-tests; BCryptGenerateKeyPair takes it for ML-KEM. */
    static final int BCRYPT_NO_KEY_VALIDATION = 0x00000008;

    /** ML-KEM (FIPS 203), blob-layouts-digest 2.7. */
    static final ParameterSetAlgorithm ML_KEM = new ParameterSetAlgorithm("ML-KEM", blobs(
            BlobTypes.MLKEM_PUBLIC, 0x504B4C4D, BlobTypes.MLKEM_PRIVATE, 0x524B4C4D,
            BlobTypes.MLKEM_PRIVATE_SEED, 0x534B4C4D), MlKemKeys.PARAMETER_SETS, true, BCRYPT_NO_KEY_VALIDATION);

    /** ML-DSA (FIPS 204), blob-layouts-digest 2.8. */
    static final ParameterSetAlgorithm ML_DSA = new ParameterSetAlgorithm("ML-DSA", blobs(
            BlobTypes.PQDSA_PUBLIC, 0x4B505344, BlobTypes.PQDSA_PRIVATE, 0x4B535344,
            BlobTypes.PQDSA_PRIVATE_SEED, 0x53535344), MlDsaKeys.PARAMETER_SETS, true, 0);

    /**
     * SLH-DSA (FIPS 205), blob-layouts-digest 2.8: public and private blobs only. Named by bcrypt.h and the page,
     * not in Windows BCrypt as of 2026 (evidence table): an optional claim of this implementation.
     */
    static final ParameterSetAlgorithm SLH_DSA = new ParameterSetAlgorithm("SLH-DSA", blobs(
            BlobTypes.PQDSA_PUBLIC, 0x4B504853, BlobTypes.PQDSA_PRIVATE, 0x4B534853, null, 0),
            SlhDsaKeys.PARAMETER_SETS, true, 0);

    /**
     * LMS (RFC 8554, SP 800-208) public keys: magic LMPK from bcrypt.h; set names and key bytes are this
     * implementation's choice (see {@link LmsPublicKeys}). Import and export only; an optional claim.
     */
    static final ParameterSetAlgorithm LMS = new ParameterSetAlgorithm("LMS", blobs(
            BlobTypes.PQDSA_PUBLIC, 0x4B504D4C, null, 0, null, 0), LmsPublicKeys.PARAMETER_SETS, false, 0);

    /**
     * XMSS (RFC 8391, SP 800-208) public keys: magic XMPK from bcrypt.h; set names and key bytes are this
     * implementation's choice (see {@link XmssPublicKeys}). Import and export only; an optional claim.
     */
    static final ParameterSetAlgorithm XMSS = new ParameterSetAlgorithm("XMSS", blobs(
            BlobTypes.PQDSA_PUBLIC, 0x4B504D58, null, 0, null, 0), XmssPublicKeys.PARAMETER_SETS, false, 0);

    /** The blob type and magic of one kind of key material. */
    record PartBlob(String blobType, int magic) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final Map<KeyPart, PartBlob> blobs;
    private final Map<String, ParameterSet> sets = new LinkedHashMap<>();
    private final boolean generates;
    private final int generationFlags;

    /**
     * @param blobs           the kinds of material that have a blob type and magic for this algorithm
     * @param sets            the parameter sets, in the order they are claimed
     * @param generates       whether BCryptGenerateKeyPair makes keys of this algorithm
     * @param generationFlags flags BCryptGenerateKeyPair accepts besides 0
     */
    ParameterSetAlgorithm(String id, Map<KeyPart, PartBlob> blobs, List<ParameterSet> sets, boolean generates,
                          int generationFlags) {
        this.id = id;
        this.blobs = new EnumMap<>(blobs);
        sets.forEach(set -> this.sets.put(set.parameterSetName(), set));
        this.generates = generates;
        this.generationFlags = generationFlags;
    }

    /** Public, private and seed blob types with their magics; a {@code null} type leaves that kind out. */
    static Map<KeyPart, PartBlob> blobs(String publicType, int publicMagic, String privateType, int privateMagic,
                                        String seedType, int seedMagic) {
        Map<KeyPart, PartBlob> blobs = new EnumMap<>(KeyPart.class);
        blobs.put(KeyPart.PUBLIC, new PartBlob(publicType, publicMagic));
        if (privateType != null) {
            blobs.put(KeyPart.PRIVATE, new PartBlob(privateType, privateMagic));
        }
        if (seedType != null) {
            blobs.put(KeyPart.SEED, new PartBlob(seedType, seedMagic));
        }
        return blobs;
    }

    @Override
    public String id() {
        return id;
    }

    /** The kind of material {@code blobType} carries for this algorithm, if it is one of its blob types. */
    Optional<KeyPart> partOf(String blobType) {
        for (Map.Entry<KeyPart, PartBlob> entry : blobs.entrySet()) {
            if (entry.getValue().blobType().equals(blobType)) {
                return Optional.of(entry.getKey());
            }
        }
        return Optional.empty();
    }

    /** The blob type of {@code part} for this algorithm, or null when that kind of material has none. */
    String blobType(KeyPart part) {
        PartBlob blob = blobs.get(part);
        return blob == null ? null : blob.blobType();
    }

    int magic(KeyPart part) {
        return blobs.get(part).magic();
    }

    Optional<ParameterSet> parameterSet(String name) {
        return Optional.ofNullable(sets.get(name));
    }

    @Override
    public Optional<KeyBlobReader> keyPairBlobReader(String blobType) {
        return partOf(blobType).map(part -> (blob, unwrappingKey) -> read(part, blob));
    }

    private Outcome<Key> read(KeyPart part, byte[] blob) {
        return ParameterSetKeyBlob.read(blob).then(contents -> {
            Optional<ParameterSet> set = parameterSet(contents.parameterSet());
            if (contents.magic() != magic(part) || set.isEmpty() || contents.key().length != set.get().length(part)) {
                return Outcome.refused(NtStatus.INVALID_PARAMETER);
            }
            return set.get().derive(part, contents.key())
                    .then(material -> Outcome.of(new ParameterSetKey(this, set.get(), material)));
        });
    }

    @Override
    public NtStatus setProperty(KeyProperties properties, String name, byte[] value) {
        if (!PARAMETER_SET_NAME.equals(name)) {
            return NtStatus.NOT_SUPPORTED;
        }
        Outcome<ParameterSet> set = Utf16Name.decode(value, 0, value.length).then(setName -> parameterSet(setName)
                .map(Outcome::of).orElseGet(() -> Outcome.refused(NtStatus.INVALID_PARAMETER)));
        if (set.isRefused()) {
            return set.failure();
        }
        properties.put(PARAMETER_SET_NAME, set.value());
        return NtStatus.SUCCESS;
    }

    @Override
    public NtStatus checkGeneration(int dwLength, int dwFlags) {
        if (!generates) {
            return NtStatus.NOT_SUPPORTED;
        }
        if (dwLength != 0 || (dwFlags & ~generationFlags) != 0) {
            return NtStatus.INVALID_PARAMETER;
        }
        return NtStatus.SUCCESS;
    }

    @Override
    public Outcome<Key> finalizeKeyPair(PendingKeyPair pending) {
        Optional<ParameterSet> set = pending.properties().get(PARAMETER_SET_NAME, ParameterSet.class);
        if (set.isEmpty()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        return Outcome.of(new ParameterSetKey(this, set.get(), set.get().generate(RANDOM)));
    }

    @Override
    public void declare(Claims.Builder claims) {
        String[] types = blobs.values().stream().map(PartBlob::blobType).toArray(String[]::new);
        claims.algorithm(id).parameterSets(sets.keySet().toArray(String[]::new)).exports(types).imports(types).add();
    }

    @Override
    public String toString() {
        return "ParameterSetAlgorithm[" + id + "]";
    }
}
