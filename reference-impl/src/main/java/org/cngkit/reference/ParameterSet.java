package org.cngkit.reference;

import java.security.SecureRandom;

/**
 * One parameter set of a post-quantum algorithm: the value of the {@code ParameterSetName} property, the size of
 * each kind of key material in its blobs, and how Bouncy Castle derives a whole key from any one of them.
 */
interface ParameterSet {

    /** The {@code ParameterSetName} value without NUL, as the blobs carry it ({@code "512"}, {@code "44"}). */
    String parameterSetName();

    /** cbKey of a blob carrying {@code part}; 0 when keys of this set never carry it. */
    int length(KeyPart part);

    /**
     * The key whose {@code part} is {@code bytes} (already known to be {@link #length(KeyPart)} long), with every
     * other part Bouncy Castle can derive from it. Material Bouncy Castle rejects (an ML-KEM decapsulation key
     * whose H(ek) does not match, an encapsulation key that fails the modulus check) is refused with
     * STATUS_INVALID_PARAMETER.
     */
    Outcome<PqKeyMaterial> derive(KeyPart part, byte[] bytes);

    /** A fresh key (BCryptFinalizeKeyPair); only called for sets of algorithms that generate keys. */
    PqKeyMaterial generate(SecureRandom random);
}
