package org.cngkit.reference;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bouncycastle.math.ec.rfc7748.X25519;
import org.bouncycastle.util.BigIntegers;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Claims;
import org.cngkit.spi.NtStatus;

/**
 * The ECDH and ECDSA algorithm identifiers: one per NIST curve ({@code ECDH_P256} ...), whose dwLength must be the
 * curve's size, and the curve-agnostic {@code ECDH} / {@code ECDSA} (Windows 10), whose curve is set through the
 * {@code ECCCurveName} property on the algorithm handle or on the key pair before it is finalized: every curve of
 * {@link EccCurve} (ECDSA: all but curve25519).
 */
enum EccAlgorithm implements SizedKeyPairAlgorithm {
    ECDH_P256("ECDH_P256", false, NistCurve.P256),
    ECDH_P384("ECDH_P384", false, NistCurve.P384),
    ECDH_P521("ECDH_P521", false, NistCurve.P521),
    ECDSA_P256("ECDSA_P256", true, NistCurve.P256),
    ECDSA_P384("ECDSA_P384", true, NistCurve.P384),
    ECDSA_P521("ECDSA_P521", true, NistCurve.P521),
    ECDH("ECDH", false, null),
    ECDSA("ECDSA", true, null);

    /** {@code BCRYPT_ECC_CURVE_NAME}. */
    static final String CURVE_NAME_PROPERTY = "ECCCurveName";

    /** ECCPUBLICBLOB / ECCPRIVATEBLOB and the generic types. */
    static final KeyPairBlobTypes BLOB_TYPES = new KeyPairBlobTypes(BlobTypes.ECC_PUBLIC, BlobTypes.ECC_PRIVATE);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String id;
    private final boolean ecdsa;
    private final NistCurve curve;

    EccAlgorithm(String id, boolean ecdsa, NistCurve curve) {
        this.id = id;
        this.ecdsa = ecdsa;
        this.curve = curve;
    }

    @Override
    public String id() {
        return id;
    }

    boolean isEcdsa() {
        return ecdsa;
    }

    /** The curve of a per-curve algorithm; empty for ECDH and ECDSA. */
    Optional<NistCurve> curve() {
        return Optional.ofNullable(curve);
    }

    @Override
    public Optional<KeyBlobReader> keyPairBlobReader(String blobType) {
        return reader(blobType, Optional.empty());
    }

    /** As {@link #keyPairBlobReader(String)}, with the curve set on the algorithm handle, if any. */
    @Override
    public Optional<KeyBlobReader> keyPairBlobReader(AlgorithmProvider provider, String blobType) {
        return reader(blobType, provider.properties().get(CURVE_NAME_PROPERTY, EccCurve.class));
    }

    private Optional<KeyBlobReader> reader(String blobType, Optional<EccCurve> curveProperty) {
        return BLOB_TYPES.reader(blobType, (blob, isPrivate) -> EccKeyBlob.read(blob, this, curveProperty, isPrivate));
    }

    /** The curve's size for a per-curve algorithm; the field size of every curve offered for ECDH / ECDSA. */
    @Override
    public Set<Integer> keyLengths() {
        return curve != null ? Set.of(curve.bits())
                : curves().map(EccCurve::bits).collect(Collectors.toUnmodifiableSet());
    }

    /** The curves ECCCurveName may name: every curve offered for ECDH, all but curve25519 for ECDSA. */
    private Stream<EccCurve> curves() {
        return EccCurve.all().stream().filter(c -> !(ecdsa && c.isCurve25519()));
    }

    @Override
    public List<String> blobTypes() {
        return BLOB_TYPES.all();
    }

    /** The sizes and blob types; ECDH / ECDSA also claim their curves (as parameter sets: ECCCurveName values). */
    @Override
    public void declare(Claims.Builder claims) {
        claims.algorithm(id()).keyBits(keyLengths().stream().mapToInt(Integer::intValue).toArray())
                .parameterSets(curve != null ? new String[0] : curves().map(EccCurve::name).toArray(String[]::new))
                .exports(blobTypes().toArray(String[]::new))
                .imports(importBlobTypes().toArray(String[]::new))
                .add();
    }

    /** A per-curve algorithm takes exactly its curve's size; ECDH / ECDSA take 0 or a curve's size; no flags. */
    @Override
    public NtStatus checkGeneration(int dwLength, int dwFlags) {
        boolean fits = curve != null ? dwLength == curve.bits() : dwLength == 0 || keyLengths().contains(dwLength);
        return fits && dwFlags == 0 ? NtStatus.SUCCESS : NtStatus.INVALID_PARAMETER;
    }

    /**
     * ECCCurveName only, and only on ECDH / ECDSA (a per-curve algorithm has its curve): STATUS_NOT_SUPPORTED
     * otherwise, for a name this provider does not offer (names are case-sensitive) and for curve25519 on ECDSA;
     * STATUS_INVALID_PARAMETER for a value that is not a NUL-terminated UTF-16 name ({@link Utf16Name}).
     */
    @Override
    public NtStatus setProperty(KeyProperties properties, String name, byte[] value) {
        if (!CURVE_NAME_PROPERTY.equals(name) || curve != null) {
            return NtStatus.NOT_SUPPORTED;
        }
        Outcome<String> curveName = Utf16Name.decode(value, 0, value.length);
        if (curveName.isRefused()) {
            return curveName.failure();
        }
        Optional<EccCurve> named = curves().filter(c -> c.name().equals(curveName.value())).findFirst();
        if (named.isEmpty()) {
            return NtStatus.NOT_SUPPORTED;
        }
        properties.put(CURVE_NAME_PROPERTY, named.get());
        return NtStatus.SUCCESS;
    }

    /**
     * The curve is the algorithm's, or the ECCCurveName of the key pair; ECDH / ECDSA without one, or with one
     * whose size differs from a non-zero dwLength, is STATUS_INVALID_PARAMETER. d is drawn below the curve's
     * {@link EccCurve#privateBound()}; on curve25519 it is an X25519 private key (RFC 7748).
     */
    @Override
    public Outcome<Key> finalizeKeyPair(PendingKeyPair pending) {
        Optional<EccCurve> chosen = curve().map(EccCurve::of)
                .or(() -> pending.properties().get(CURVE_NAME_PROPERTY, EccCurve.class));
        if (chosen.isEmpty() || pending.length() != 0 && pending.length() != chosen.get().bits()) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        EccCurve c = chosen.get();
        if (c.isCurve25519()) {
            byte[] k = new byte[X25519.SCALAR_SIZE];
            X25519.generatePrivateKey(RANDOM, k);
            return EccKey.of(this, c, BigInteger.ZERO, BigInteger.ZERO, new BigInteger(1, k)).then(Outcome::of);
        }
        BigInteger d = BigIntegers.createRandomInRange(BigInteger.ONE, c.privateBound().subtract(BigInteger.ONE), RANDOM);
        return Outcome.of(EccKey.generated(this, c, d));
    }
}
