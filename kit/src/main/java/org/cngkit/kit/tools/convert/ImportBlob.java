package org.cngkit.kit.tools.convert;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.DHKeyParameters;
import org.bouncycastle.crypto.params.DHPrivateKeyParameters;
import org.bouncycastle.crypto.params.DHPublicKeyParameters;
import org.bouncycastle.crypto.params.DSAKeyParameters;
import org.bouncycastle.crypto.params.DSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.DSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.params.SLHDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.SLHDSAPublicKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.cngkit.formats.BcryptDhKeyBlob;
import org.cngkit.formats.BcryptDsaKeyBlob;
import org.cngkit.formats.BcryptDsaKeyBlobV2;
import org.cngkit.formats.BcryptEcckeyBlob;
import org.cngkit.formats.BcryptParameterSetKeyBlob.KeyMagic;
import org.cngkit.formats.BcryptRsakeyBlob;
import org.cngkit.kit.spec.BlobType;

/**
 * A key read from PEM or DER, as the CNG blob the converter imports into the reference: the richest blob of its
 * family (RSAFULLPRIVATEBLOB keeps the file's own d and CRT values; a post-quantum private key goes in as its seed when
 * the file has one). Header constants are the generated parsers' enum values, so they cannot drift from the layouts.
 * DSA and DH files carry no y for a private key: it is g^x mod p. DSA keys carry no generation record here: Count and
 * Seed are all 0xff, which the layouts define as "none".
 *
 * @param algorithm the CNG algorithm to open ({@code RSA}, {@code ECDSA_P256}, {@code ML-KEM}...)
 * @param blobType  the blob type it is imported as
 * @param bytes     the blob
 */
record ImportBlob(String algorithm, BlobType blobType, byte[] bytes) {

    /**
     * @param ecdh whether an EC key is imported as ECDH (otherwise ECDSA): a PEM EC key does not say which
     * @throws Refusal for a key the CNG blobs cannot carry (another curve, an RSA key without CRT values...)
     */
    static ImportBlob of(AsymmetricKeyParameter key, boolean ecdh) throws Refusal {
        if (key instanceof RSAPrivateCrtKeyParameters rsa) {
            return rsa(rsa);
        }
        if (key instanceof RSAKeyParameters rsa) {
            if (rsa.isPrivate()) {
                throw new Refusal("an RSA private key without its primes and CRT values has no CNG blob");
            }
            return rsaPublic(rsa);
        }
        if (key instanceof ECKeyParameters ec) {
            return ecc(ec, ecdh);
        }
        if (key instanceof DSAKeyParameters dsa) {
            return dsa(dsa);
        }
        if (key instanceof DHKeyParameters dh) {
            return dh(dh);
        }
        if (key instanceof MLKEMPrivateKeyParameters k) {
            return k.getSeed() != null
                    ? parameterSet("ML-KEM", BlobType.BCRYPT_MLKEM_PRIVATE_SEED_BLOB, KeyMagic.MLKEM_PRIVATE_SEED, mlKemSet(k.getParameters().getName()), k.getSeed())
                    : parameterSet("ML-KEM", BlobType.BCRYPT_MLKEM_PRIVATE_BLOB, KeyMagic.MLKEM_PRIVATE, mlKemSet(k.getParameters().getName()),
                            concat(k.getS(), k.getT(), k.getRho(), k.getHPK(), k.getNonce()));
        }
        if (key instanceof MLKEMPublicKeyParameters k) {
            return parameterSet("ML-KEM", BlobType.BCRYPT_MLKEM_PUBLIC_BLOB, KeyMagic.MLKEM_PUBLIC, mlKemSet(k.getParameters().getName()), k.getEncoded());
        }
        if (key instanceof MLDSAPrivateKeyParameters k) {
            String set = mlDsaSet(k.getParameters().getName());
            return k.getSeed() != null
                    ? parameterSet("ML-DSA", BlobType.BCRYPT_PQDSA_PRIVATE_SEED_BLOB, KeyMagic.MLDSA_PRIVATE_SEED, set, k.getSeed())
                    : parameterSet("ML-DSA", BlobType.BCRYPT_PQDSA_PRIVATE_BLOB, KeyMagic.MLDSA_PRIVATE, set,
                            concat(k.getRho(), k.getK(), k.getTr(), k.getS1(), k.getS2(), k.getT0()));
        }
        if (key instanceof MLDSAPublicKeyParameters k) {
            return parameterSet("ML-DSA", BlobType.BCRYPT_PQDSA_PUBLIC_BLOB, KeyMagic.MLDSA_PUBLIC, mlDsaSet(k.getParameters().getName()), k.getEncoded());
        }
        if (key instanceof SLHDSAPrivateKeyParameters k) {
            return parameterSet("SLH-DSA", BlobType.BCRYPT_PQDSA_PRIVATE_BLOB, KeyMagic.SLHDSA_PRIVATE, slhDsaSet(k.getParameters().getName()), k.getEncoded());
        }
        if (key instanceof SLHDSAPublicKeyParameters k) {
            return parameterSet("SLH-DSA", BlobType.BCRYPT_PQDSA_PUBLIC_BLOB, KeyMagic.SLHDSA_PUBLIC, slhDsaSet(k.getParameters().getName()), k.getEncoded());
        }
        throw new Refusal("a " + key.getClass().getSimpleName().replace("Parameters", "") + " has no CNG blob the converter writes");
    }

    private static ImportBlob rsa(RSAPrivateCrtKeyParameters k) {
        BigInteger n = k.getModulus();
        int cbModulus = (n.bitLength() + 7) / 8;
        int cbPrime1 = BlobBytes.minimalLength(k.getP());
        int cbPrime2 = BlobBytes.minimalLength(k.getQ());
        byte[] blob = rsaHeader(BcryptRsakeyBlob.Magic.RSA_FULL_PRIVATE, n, k.getPublicExponent(), cbPrime1, cbPrime2)
                .number(k.getP(), cbPrime1).number(k.getQ(), cbPrime2)
                .number(k.getDP(), cbPrime1).number(k.getDQ(), cbPrime2).number(k.getQInv(), cbPrime1)
                .number(k.getExponent(), cbModulus).toByteArray();
        return new ImportBlob("RSA", BlobType.BCRYPT_RSAFULLPRIVATE_BLOB, blob);
    }

    private static ImportBlob rsaPublic(RSAKeyParameters k) {
        return new ImportBlob("RSA", BlobType.BCRYPT_RSAPUBLIC_BLOB,
                rsaHeader(BcryptRsakeyBlob.Magic.RSA_PUBLIC, k.getModulus(), k.getExponent(), 0, 0).toByteArray());
    }

    private static BlobBytes rsaHeader(BcryptRsakeyBlob.Magic magic, BigInteger n, BigInteger e, int cbPrime1, int cbPrime2) {
        int cbModulus = (n.bitLength() + 7) / 8;
        int cbExp = BlobBytes.minimalLength(e);
        return new BlobBytes().u4(magic.id()).u4(n.bitLength()).u4(cbExp).u4(cbModulus).u4(cbPrime1).u4(cbPrime2)
                .number(e, cbExp).number(n, cbModulus);
    }

    private static ImportBlob ecc(ECKeyParameters k, boolean ecdh) throws Refusal {
        int bits = nistCurveBits(k.getParameters());
        boolean priv = k instanceof ECPrivateKeyParameters;
        String kind = ecdh ? "ECDH" : "ECDSA";
        BcryptEcckeyBlob.Magic magic = BcryptEcckeyBlob.Magic.valueOf(kind + (priv ? "_PRIVATE_P" : "_PUBLIC_P") + bits);
        ECPoint q = priv ? k.getParameters().getG().multiply(((ECPrivateKeyParameters) k).getD()).normalize()
                : ((ECPublicKeyParameters) k).getQ().normalize();
        int cbKey = (bits + 7) / 8;
        BlobBytes blob = new BlobBytes().u4(magic.id()).u4(cbKey)
                .number(q.getAffineXCoord().toBigInteger(), cbKey).number(q.getAffineYCoord().toBigInteger(), cbKey);
        if (priv) {
            blob.number(((ECPrivateKeyParameters) k).getD(), cbKey);
        }
        return new ImportBlob(kind + "_P" + bits, priv ? BlobType.BCRYPT_ECCPRIVATE_BLOB : BlobType.BCRYPT_ECCPUBLIC_BLOB,
                blob.toByteArray());
    }

    private static int nistCurveBits(ECDomainParameters domain) throws Refusal {
        for (String name : new String[] {"P-256", "P-384", "P-521"}) {
            X9ECParameters nist = NISTNamedCurves.getByName(name);
            if (nist.getCurve().equals(domain.getCurve()) && nist.getG().equals(domain.getG())) {
                return Integer.parseInt(name.substring(2));
            }
        }
        throw new Refusal("the EC key is on a curve CNG's ECC blobs do not carry (they carry NIST P-256, P-384, P-521)");
    }

    private static ImportBlob dsa(DSAKeyParameters k) {
        BigInteger p = k.getParameters().getP();
        BigInteger q = k.getParameters().getQ();
        BigInteger g = k.getParameters().getG();
        boolean priv = k instanceof DSAPrivateKeyParameters;
        BigInteger x = priv ? ((DSAPrivateKeyParameters) k).getX() : null;
        BigInteger y = priv ? g.modPow(x, p) : ((DSAPublicKeyParameters) k).getY();
        int cbKey = (p.bitLength() + 7) / 8;
        int cbQ = (q.bitLength() + 7) / 8;
        BlobBytes blob = new BlobBytes();
        if (cbKey <= 128 && cbQ == 20) {
            blob.u4((priv ? BcryptDsaKeyBlob.Magic.DSA_PRIVATE : BcryptDsaKeyBlob.Magic.DSA_PUBLIC).id()).u4(cbKey)
                    .bytes(BlobBytes.filled(4, 0xff)).bytes(BlobBytes.filled(20, 0xff)).number(q, 20);
        } else {
            int hash = cbQ <= 20 ? 0 : cbQ <= 32 ? 1 : 2; // SHA-1, SHA-256, SHA-512 by the size of q
            blob.u4((priv ? BcryptDsaKeyBlobV2.Magic.DSA_PRIVATE_V2 : BcryptDsaKeyBlobV2.Magic.DSA_PUBLIC_V2).id()).u4(cbKey)
                    .u4(hash).u4(1).u4(cbQ).u4(cbQ)
                    .bytes(BlobBytes.filled(4, 0xff)).bytes(BlobBytes.filled(cbQ, 0xff)).number(q, cbQ);
        }
        blob.number(p, cbKey).number(g, cbKey).number(y, cbKey);
        if (priv) {
            blob.number(x, cbKey <= 128 && cbQ == 20 ? 20 : cbQ);
        }
        return new ImportBlob("DSA", priv ? BlobType.BCRYPT_DSA_PRIVATE_BLOB : BlobType.BCRYPT_DSA_PUBLIC_BLOB, blob.toByteArray());
    }

    private static ImportBlob dh(DHKeyParameters k) {
        BigInteger p = k.getParameters().getP();
        BigInteger g = k.getParameters().getG();
        boolean priv = k instanceof DHPrivateKeyParameters;
        BigInteger x = priv ? ((DHPrivateKeyParameters) k).getX() : null;
        BigInteger y = priv ? g.modPow(x, p) : ((DHPublicKeyParameters) k).getY();
        int cbKey = (p.bitLength() + 7) / 8;
        BlobBytes blob = new BlobBytes().u4((priv ? BcryptDhKeyBlob.Magic.DH_PRIVATE : BcryptDhKeyBlob.Magic.DH_PUBLIC).id())
                .u4(cbKey).number(p, cbKey).number(g, cbKey).number(y, cbKey);
        if (priv) {
            blob.number(x, cbKey);
        }
        return new ImportBlob("DH", priv ? BlobType.BCRYPT_DH_PRIVATE_BLOB : BlobType.BCRYPT_DH_PUBLIC_BLOB, blob.toByteArray());
    }

    private static ImportBlob parameterSet(String algorithm, BlobType type, KeyMagic magic, String set, byte[] key) {
        byte[] name = (set + "\0").getBytes(StandardCharsets.UTF_16LE);
        byte[] blob = new BlobBytes().u4(magic.id()).u4(name.length).u4(key.length).bytes(name).bytes(key).toByteArray();
        return new ImportBlob(algorithm, type, blob);
    }

    /** {@code 512} from Bouncy Castle's {@code ML-KEM-512}. */
    static String mlKemSet(String bcName) {
        return bcName.substring("ML-KEM-".length());
    }

    /** {@code 44} from {@code ML-DSA-44}. */
    static String mlDsaSet(String bcName) {
        return bcName.substring("ML-DSA-".length());
    }

    /** {@code SHA2-128s} from {@code SLH-DSA-SHA2-128S} (CNG names the variant with a lower-case letter). */
    static String slhDsaSet(String bcName) {
        String set = bcName.substring("SLH-DSA-".length());
        return set.substring(0, set.length() - 1) + set.substring(set.length() - 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] concat(byte[]... parts) {
        BlobBytes out = new BlobBytes();
        for (byte[] part : parts) {
            out.bytes(part);
        }
        return out.toByteArray();
    }
}
