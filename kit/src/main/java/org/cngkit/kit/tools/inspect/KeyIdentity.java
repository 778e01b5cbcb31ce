package org.cngkit.kit.tools.inspect;

import io.kaitai.struct.KaitaiStruct;
import org.cngkit.formats.BcryptDhKeyBlob;
import org.cngkit.formats.BcryptDsaKeyBlob;
import org.cngkit.formats.BcryptDsaKeyBlobV2;
import org.cngkit.formats.BcryptEcckeyBlob;
import org.cngkit.formats.BcryptKeyDataBlob;
import org.cngkit.formats.BcryptParameterSetKeyBlob;
import org.cngkit.formats.BcryptRsakeyBlob;
import org.cngkit.formats.CapiDssKeyBlob;
import org.cngkit.formats.CapiRsaKeyBlob;
import org.cngkit.formats.CapiVer3KeyBlob;

/**
 * The CNG algorithm and key size a parsed blob declares, as the oracle's {@code VectorKey} takes them: what its
 * header says (BitLength, cbKey, the curve of an ECC magic, the family of a post-quantum magic), never what its
 * numbers turn out to be, so that the relations then test the numbers against the header.
 *
 * @param algorithm CNG algorithm identifier ({@code RSA}, {@code ECDSA_P384}, {@code ECDH} for a curve-agnostic
 *                  magic, {@code ML-KEM}...); {@code symmetric} for a key data blob, whose algorithm it does not say
 * @param keyBits   key size in bits; 0 for a key sized by a parameter set
 */
public record KeyIdentity(String algorithm, int keyBits) {

    static KeyIdentity of(KaitaiStruct parsed) {
        if (parsed instanceof BcryptRsakeyBlob rsa) {
            return new KeyIdentity("RSA", (int) rsa.bitLength());
        }
        if (parsed instanceof BcryptEcckeyBlob ecc) {
            return ecc(ecc);
        }
        if (parsed instanceof BcryptDsaKeyBlob dsa) {
            return new KeyIdentity("DSA", (int) dsa.lenModulus() * 8);
        }
        if (parsed instanceof BcryptDsaKeyBlobV2 dsa) {
            return new KeyIdentity("DSA", (int) dsa.lenModulus() * 8);
        }
        if (parsed instanceof BcryptDhKeyBlob dh) {
            return new KeyIdentity("DH", (int) dh.lenModulus() * 8);
        }
        if (parsed instanceof BcryptKeyDataBlob data) {
            return new KeyIdentity("symmetric", (int) data.lenKeyData() * 8);
        }
        if (parsed instanceof BcryptParameterSetKeyBlob pq) {
            return new KeyIdentity(family(pq.magic()), 0);
        }
        if (parsed instanceof CapiRsaKeyBlob rsa) {
            return new KeyIdentity("RSA", (int) rsa.bitLength());
        }
        if (parsed instanceof CapiDssKeyBlob dss) {
            return new KeyIdentity("DSA", (int) dss.bitLength());
        }
        if (parsed instanceof CapiVer3KeyBlob v3) {
            return new KeyIdentity(v3.isDh() ? "DH" : "DSA", (int) v3.bitLengthP());
        }
        throw new IllegalArgumentException("no key identity known for " + parsed.getClass().getSimpleName());
    }

    /** ECDH_P256 from ECDH_PUBLIC_P256; the curve-agnostic magics give ECDH / ECDSA and the size of cbKey. */
    private static KeyIdentity ecc(BcryptEcckeyBlob ecc) {
        String magic = ecc.magic().name();
        String kind = magic.substring(0, magic.indexOf('_'));
        if (magic.endsWith("_GENERIC")) {
            int cbKey = (int) ecc.lenX();
            return new KeyIdentity(kind, cbKey == 66 ? 521 : cbKey * 8);
        }
        String curve = magic.substring(magic.lastIndexOf('_') + 1);
        return new KeyIdentity(kind + "_" + curve, Integer.parseInt(curve.substring(1)));
    }

    private static String family(BcryptParameterSetKeyBlob.KeyMagic magic) {
        String name = magic.name();
        if (name.startsWith("MLKEM")) {
            return "ML-KEM";
        }
        if (name.startsWith("MLDSA")) {
            return "ML-DSA";
        }
        return name.startsWith("SLHDSA") ? "SLH-DSA" : name.substring(0, name.indexOf('_'));
    }
}
