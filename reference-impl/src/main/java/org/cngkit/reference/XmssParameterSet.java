package org.cngkit.reference;

import java.security.SecureRandom;

import org.bouncycastle.crypto.params.XMSSParameters;
import org.bouncycastle.crypto.params.XMSSPublicKeyParameters;
import org.bouncycastle.util.Pack;
import org.cngkit.spi.NtStatus;

/**
 * The XMSS parameter sets of RFC 8391 (OIDs 1-12) and SP 800-208 (OIDs 13-21), for public keys only (bcrypt.h
 * defines an XMSS public magic and nothing else). Microsoft documents neither the parameter-set names nor the key
 * bytes; this implementation's choice, which the kit's XMSS vectors follow:
 * <ul>
 *   <li>the parameter set is the RFC 8391 / SP 800-208 name without {@code XMSS-}, e.g. {@code SHA2_10_256};</li>
 *   <li>the key is the RFC 8391 public key: u32 OID (big-endian), root (n bytes), SEED (n bytes).</li>
 * </ul>
 * An imported key must carry its set's OID. XMSS^MT is not covered.
 */
enum XmssParameterSet implements ParameterSet {
    SHA2_10_256("SHA2_10_256", 1),
    SHA2_16_256("SHA2_16_256", 2),
    SHA2_20_256("SHA2_20_256", 3),
    SHA2_10_512("SHA2_10_512", 4),
    SHA2_16_512("SHA2_16_512", 5),
    SHA2_20_512("SHA2_20_512", 6),
    SHAKE_10_256("SHAKE_10_256", 7),
    SHAKE_16_256("SHAKE_16_256", 8),
    SHAKE_20_256("SHAKE_20_256", 9),
    SHAKE_10_512("SHAKE_10_512", 10),
    SHAKE_16_512("SHAKE_16_512", 11),
    SHAKE_20_512("SHAKE_20_512", 12),
    SHA2_10_192("SHA2_10_192", 13),
    SHA2_16_192("SHA2_16_192", 14),
    SHA2_20_192("SHA2_20_192", 15),
    SHAKE256_10_256("SHAKE256_10_256", 16),
    SHAKE256_16_256("SHAKE256_16_256", 17),
    SHAKE256_20_256("SHAKE256_20_256", 18),
    SHAKE256_10_192("SHAKE256_10_192", 19),
    SHAKE256_16_192("SHAKE256_16_192", 20),
    SHAKE256_20_192("SHAKE256_20_192", 21);

    private final String parameterSetName;
    private final int oid;
    private final XMSSParameters parameters;

    XmssParameterSet(String parameterSetName, int oid) {
        this.parameterSetName = parameterSetName;
        this.oid = oid;
        this.parameters = XMSSParameters.lookupByOID(oid);
    }

    @Override
    public String parameterSetName() {
        return parameterSetName;
    }

    @Override
    public int length(KeyPart part) {
        return part == KeyPart.PUBLIC ? 4 + 2 * parameters.getTreeDigestSize() : 0;
    }

    @Override
    public Outcome<PqKeyMaterial> derive(KeyPart part, byte[] bytes) {
        if (part != KeyPart.PUBLIC) {
            return Outcome.refused(NtStatus.NOT_SUPPORTED);
        }
        if (Pack.bigEndianToInt(bytes, 0) != oid) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        try {
            XMSSPublicKeyParameters key = new XMSSPublicKeyParameters.Builder(parameters).withPublicKey(bytes).build();
            return Outcome.of(PqKeyMaterial.publicOnly(key.toByteArray()));
        } catch (RuntimeException rejectedByBouncyCastle) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
    }

    /** Never called: XMSS keys are not generated here (a stateful private key has no CNG blob). */
    @Override
    public PqKeyMaterial generate(SecureRandom random) {
        throw new UnsupportedOperationException("XMSS keys are import-only in this implementation");
    }
}
