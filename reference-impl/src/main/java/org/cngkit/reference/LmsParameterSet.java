package org.cngkit.reference;

import java.io.IOException;
import java.security.SecureRandom;

import org.bouncycastle.crypto.params.LMOtsParameters;
import org.bouncycastle.crypto.params.LMSPublicKeyParameters;
import org.bouncycastle.crypto.params.LMSigParameters;
import org.cngkit.spi.NtStatus;

/**
 * The single-level LMS types of RFC 8554 and SP 800-208, for public keys only (bcrypt.h defines an LMS public magic
 * and nothing else). Microsoft documents neither the parameter-set names nor the key bytes; this implementation's
 * choice, which the kit's LMS vectors follow:
 * <ul>
 *   <li>the parameter set is the SP 800-208 LMS type name without {@code LMS_}, e.g. {@code SHA256_M32_H10};</li>
 *   <li>the key is the RFC 8554 public key: u32 LMS type, u32 LM-OTS type, I (16 bytes), T[1] (m bytes).</li>
 * </ul>
 * An imported key must carry the LMS type its set names and an LM-OTS type of the same hash and length (SP 800-208
 * pairs them so); HSS keys (with a leading level count) are not accepted.
 */
enum LmsParameterSet implements ParameterSet {
    SHA256_M32_H5("SHA256_M32_H5", 0x05),
    SHA256_M32_H10("SHA256_M32_H10", 0x06),
    SHA256_M32_H15("SHA256_M32_H15", 0x07),
    SHA256_M32_H20("SHA256_M32_H20", 0x08),
    SHA256_M32_H25("SHA256_M32_H25", 0x09),
    SHA256_M24_H5("SHA256_M24_H5", 0x0A),
    SHA256_M24_H10("SHA256_M24_H10", 0x0B),
    SHA256_M24_H15("SHA256_M24_H15", 0x0C),
    SHA256_M24_H20("SHA256_M24_H20", 0x0D),
    SHA256_M24_H25("SHA256_M24_H25", 0x0E),
    SHAKE_M32_H5("SHAKE_M32_H5", 0x0F),
    SHAKE_M32_H10("SHAKE_M32_H10", 0x10),
    SHAKE_M32_H15("SHAKE_M32_H15", 0x11),
    SHAKE_M32_H20("SHAKE_M32_H20", 0x12),
    SHAKE_M32_H25("SHAKE_M32_H25", 0x13),
    SHAKE_M24_H5("SHAKE_M24_H5", 0x14),
    SHAKE_M24_H10("SHAKE_M24_H10", 0x15),
    SHAKE_M24_H15("SHAKE_M24_H15", 0x16),
    SHAKE_M24_H20("SHAKE_M24_H20", 0x17),
    SHAKE_M24_H25("SHAKE_M24_H25", 0x18);

    /** u32 LMS type, u32 LM-OTS type, I. */
    private static final int FIXED_PART = 4 + 4 + 16;

    private final String parameterSetName;
    private final LMSigParameters parameters;

    LmsParameterSet(String parameterSetName, int typeCode) {
        this.parameterSetName = parameterSetName;
        this.parameters = LMSigParameters.getParametersForType(typeCode);
    }

    @Override
    public String parameterSetName() {
        return parameterSetName;
    }

    @Override
    public int length(KeyPart part) {
        return part == KeyPart.PUBLIC ? FIXED_PART + parameters.getM() : 0;
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

    /** Never called: LMS keys are not generated here (a stateful private key has no CNG blob). */
    @Override
    public PqKeyMaterial generate(SecureRandom random) {
        throw new UnsupportedOperationException("LMS keys are import-only in this implementation");
    }
}
