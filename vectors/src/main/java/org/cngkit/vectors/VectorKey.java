package org.cngkit.vectors;

/**
 * A key as the layout oracle needs it: the algorithm it belongs to, its size and its material. A test group
 * describes one ({@link TestGroup#vectorKey()}); the kit makes one from key material it read back from an
 * implementation when no vector holds the key (a key the implementation generated).
 *
 * @param algorithm CNG algorithm identifier ({@code pszAlgId}), e.g. {@code RSA}, {@code ECDH_P256}
 * @param keyBits   key size in bits as CNG reports it
 * @param material  the components
 */
public record VectorKey(String algorithm, int keyBits, KeyMaterial material) {
}
