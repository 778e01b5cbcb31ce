package org.cngkit.reference;

import java.security.SecureRandom;

/** How Bouncy Castle makes the keys of one parameter set. */
interface KeyDerivation {

    /**
     * The key whose {@code part} is {@code bytes}, with every other part Bouncy Castle can derive from it. Material
     * Bouncy Castle rejects (an ML-KEM decapsulation key whose H(ek) does not match, an encapsulation key that fails
     * the modulus check, an LMS key of another type) is refused with STATUS_INVALID_PARAMETER.
     */
    Outcome<PqKeyMaterial> derive(KeyPart part, byte[] bytes);

    /** A fresh key; the default refuses, for algorithms whose keys are import-only here. */
    default PqKeyMaterial generate(SecureRandom random) {
        throw new UnsupportedOperationException("keys of this parameter set are not generated here");
    }
}
