package org.cngkit.vectors;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES key wrap of RFC 3394 with the default initial value {@code A6A6A6A6A6A6A6A6} (section 2.2.3.1), as the
 * JDK's own provider (SunJCE, {@code AES/KW/NoPadding}, NIST SP 800-38F KW) computes it. The oracle uses the JDK
 * on purpose: the reference implementation wraps with Bouncy Castle, so the two never share code, and every
 * upstream vector (RFC 3394, NIST CAVP, Wycheproof, the blob seen on Windows) checks this class at build time.
 *
 * <p>SP 800-38F needs at least two 64-bit semiblocks of key data. For a single semiblock (an 8-byte key) RFC 3394
 * section 2 allows, and Wycheproof's {@code ShortKey} cases use, one AES block encryption of
 * {@code IV || key}; {@link #unwrap} accepts that form too, so a provider that takes this path can be checked.
 */
public final class AesKeyWrap {
    /** RFC 3394 section 2.2.3.1. */
    private static final byte DEFAULT_IV_BYTE = (byte) 0xA6;
    private static final int SEMIBLOCK = 8;

    private AesKeyWrap() {
    }

    /**
     * {@code keyData} wrapped under {@code kek}: 8 bytes longer than the key data.
     *
     * @throws IllegalArgumentException when the key data is not at least 16 bytes and a multiple of 8, or the
     *                                  KEK is not an AES key
     */
    public static byte[] wrap(byte[] kek, byte[] keyData) {
        if (keyData.length < 2 * SEMIBLOCK || keyData.length % SEMIBLOCK != 0) {
            throw new IllegalArgumentException("RFC 3394 wraps whole semiblocks, at least two: not " + keyData.length + " bytes");
        }
        try {
            Cipher kw = Cipher.getInstance("AES/KW/NoPadding");
            kw.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"));
            return kw.doFinal(keyData);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("the JDK refused to wrap under a " + kek.length + "-byte KEK: " + e.getMessage(), e);
        }
    }

    /**
     * The key data inside {@code wrapped}, or empty when it is not an RFC 3394 wrap under {@code kek} with the
     * default initial value (wrong length, wrong KEK, other initial value, damaged bytes).
     */
    public static Optional<byte[]> unwrap(byte[] kek, byte[] wrapped) {
        if (wrapped.length < 2 * SEMIBLOCK || wrapped.length % SEMIBLOCK != 0) {
            return Optional.empty();
        }
        try {
            if (wrapped.length == 2 * SEMIBLOCK) {
                return singleSemiblock(kek, wrapped);
            }
            Cipher kw = Cipher.getInstance("AES/KW/NoPadding");
            kw.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"));
            return Optional.of(kw.doFinal(wrapped));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    /** One AES block: {@code IV || key} encrypted with the KEK. */
    private static Optional<byte[]> singleSemiblock(byte[] kek, byte[] wrapped) throws GeneralSecurityException {
        Cipher ecb = Cipher.getInstance("AES/ECB/NoPadding");
        ecb.init(Cipher.DECRYPT_MODE, new SecretKeySpec(kek, "AES"));
        byte[] block = ecb.doFinal(wrapped);
        for (int i = 0; i < SEMIBLOCK; i++) {
            if (block[i] != DEFAULT_IV_BYTE) {
                return Optional.empty();
            }
        }
        return Optional.of(Arrays.copyOfRange(block, SEMIBLOCK, 2 * SEMIBLOCK));
    }
}
