package org.cngkit.reference;

import java.io.IOException;
import java.util.List;

import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSPublicKeyParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.cngkit.spi.NtStatus;

/**
 * Single-level LMS public keys (RFC 8554, SP 800-208): bcrypt.h defines an LMS public magic and nothing else.
 * Microsoft documents neither the parameter-set names nor the key bytes; this implementation's choice, which the
 * kit's LMS vectors follow:
 * <ul>
 *   <li>the parameter set is the SP 800-208 LMS type name without {@code LMS_}, e.g. {@code SHA256_M32_H10};</li>
 *   <li>the key is the RFC 8554 public key: u32 LMS type, u32 LM-OTS type, I (16 bytes), T[1] (m bytes).</li>
 * </ul>
 * An imported key must carry the LMS type its set names and an LM-OTS type of the same hash and length (SP 800-208
 * pairs them so); HSS keys (with a leading level count) are not accepted. No generation: a stateful private key has
 * no CNG blob.
 */
final class LmsPublicKeys implements KeyDerivation {
    /** u32 LMS type, u32 LM-OTS type, I. */
    private static final int FIXED_PART = 4 + 4 + 16;

    static final List<ParameterSet> PARAMETER_SETS = List.of(
            set("SHA256_M32_H5", 0x05), set("SHA256_M32_H10", 0x06), set("SHA256_M32_H15", 0x07),
            set("SHA256_M32_H20", 0x08), set("SHA256_M32_H25", 0x09),
            set("SHA256_M24_H5", 0x0A), set("SHA256_M24_H10", 0x0B), set("SHA256_M24_H15", 0x0C),
            set("SHA256_M24_H20", 0x0D), set("SHA256_M24_H25", 0x0E),
            set("SHAKE_M32_H5", 0x0F), set("SHAKE_M32_H10", 0x10), set("SHAKE_M32_H15", 0x11),
            set("SHAKE_M32_H20", 0x12), set("SHAKE_M32_H25", 0x13),
            set("SHAKE_M24_H5", 0x14), set("SHAKE_M24_H10", 0x15), set("SHAKE_M24_H15", 0x16),
            set("SHAKE_M24_H20", 0x17), set("SHAKE_M24_H25", 0x18));

    private final LMSigParameters parameters;

    private LmsPublicKeys(LMSigParameters parameters) {
        this.parameters = parameters;
    }

    private static ParameterSet set(String name, int typeCode) {
        LMSigParameters parameters = LMSigParameters.getParametersForType(typeCode);
        return new ParameterSet(name, new ParameterSet.KeySizes(FIXED_PART + parameters.getM(), 0, 0),
                new LmsPublicKeys(parameters));
    }

    @Override
    public Outcome<PqKeyMaterial> derive(KeyPart part, byte[] bytes) {
        if (part != KeyPart.PUBLIC) {
            return Outcome.refused(NtStatus.NOT_SUPPORTED);
        }
        try {
            LMSPublicKeyParameters key = LMSPublicKeyParameters.getInstance(bytes);
            LMOtsParameters ots = key.getOtsParameters();
            boolean matches = key.getSigParameters().getType() == parameters.getType()
                    && ots.getN() == parameters.getM() && ots.getDigestOID().equals(parameters.getDigestOID());
            return matches ? Outcome.of(PqKeyMaterial.publicOnly(key.getEncoded())) : Outcome.refused(NtStatus.INVALID_PARAMETER);
        } catch (IOException | RuntimeException rejectedByBouncyCastle) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
    }
}
