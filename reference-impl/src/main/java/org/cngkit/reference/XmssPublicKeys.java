package org.cngkit.reference;

import java.util.List;

import org.bouncycastle.crypto.params.XMSSParameters;
import org.bouncycastle.crypto.params.XMSSPublicKeyParameters;
import org.bouncycastle.util.Pack;
import org.cngkit.spi.NtStatus;

/**
 * XMSS public keys of RFC 8391 (OIDs 1-12) and SP 800-208 (OIDs 13-21): bcrypt.h defines an XMSS public magic and
 * nothing else. Microsoft documents neither the parameter-set names nor the key bytes; this implementation's choice,
 * which the kit's XMSS vectors follow:
 * <ul>
 *   <li>the parameter set is the RFC 8391 / SP 800-208 name without {@code XMSS-}, e.g. {@code SHA2_10_256};</li>
 *   <li>the key is the RFC 8391 public key: u32 OID (big-endian), root (n bytes), SEED (n bytes).</li>
 * </ul>
 * An imported key must carry its set's OID. XMSS^MT is not covered. No generation: a stateful private key has no
 * CNG blob (and Bouncy Castle's seed expansion differs from SP 800-208's, shared/vectors-upstream/SURVEY.md 5).
 */
final class XmssPublicKeys implements KeyDerivation {
    static final List<ParameterSet> PARAMETER_SETS = List.of(
            set("SHA2_10_256", 1), set("SHA2_16_256", 2), set("SHA2_20_256", 3),
            set("SHA2_10_512", 4), set("SHA2_16_512", 5), set("SHA2_20_512", 6),
            set("SHAKE_10_256", 7), set("SHAKE_16_256", 8), set("SHAKE_20_256", 9),
            set("SHAKE_10_512", 10), set("SHAKE_16_512", 11), set("SHAKE_20_512", 12),
            set("SHA2_10_192", 13), set("SHA2_16_192", 14), set("SHA2_20_192", 15),
            set("SHAKE256_10_256", 16), set("SHAKE256_16_256", 17), set("SHAKE256_20_256", 18),
            set("SHAKE256_10_192", 19), set("SHAKE256_16_192", 20), set("SHAKE256_20_192", 21));

    private final int oid;
    private final XMSSParameters parameters;

    private XmssPublicKeys(int oid, XMSSParameters parameters) {
        this.oid = oid;
        this.parameters = parameters;
    }

    private static ParameterSet set(String name, int oid) {
        XMSSParameters parameters = XMSSParameters.lookupByOID(oid);
        return new ParameterSet(name, new ParameterSet.KeySizes(4 + 2 * parameters.getTreeDigestSize(), 0, 0),
                new XmssPublicKeys(oid, parameters));
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
}
