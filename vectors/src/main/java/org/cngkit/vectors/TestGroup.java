package org.cngkit.vectors;

import java.util.List;

/**
 * One key and the tests that export it.
 *
 * <p>{@code tests} is kept as given (not copied): the loader hands an unmodifiable view whose
 * elements point back to this group.
 *
 * @param tgId      unique within the file
 * @param source    where the key comes from
 * @param algorithm CNG algorithm identifier ({@code pszAlgId}), e.g. {@code AES}, {@code 3DES}
 * @param keyBits   key size in bits; 0 for keys sized by a parameter set (see {@link KeyMaterial#parameterSet()})
 * @param key       the key material
 * @param tests     the tests of this group
 */
public record TestGroup(int tgId, Source source, String algorithm, int keyBits, KeyMaterial key, List<VectorTest> tests) {

    /** The group's key with its algorithm and size, as the layout oracle takes it. */
    public VectorKey vectorKey() {
        return new VectorKey(algorithm, keyBits, key);
    }
}
