package org.cngkit.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.function.Supplier;

import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.cngkit.spi.BlobTypes;
import org.cngkit.spi.Handle;

/**
 * Bouncy Castle's own DER encoding of a key of the kind each blob carries: PKCS#8 PrivateKeyInfo (RFC 5208) from
 * {@link PrivateKeyInfoFactory}, SubjectPublicKeyInfo (RFC 5280) from {@link SubjectPublicKeyInfoFactory}. The key is
 * one the reference generated, carried over into Bouncy Castle's parameter objects once; a call builds the ASN.1
 * structure and DER-encodes it, as an export to PKCS#8 does.
 *
 * <p>What Bouncy Castle 1.87 puts in: RSA PKCS#8 the eight numbers of RSAPrivateKey (RFC 8017 A.1.2); EC PKCS#8 the
 * named curve, d and the public point, which the factory recomputes as d G on every call (the CNG blob stores X and Y);
 * ML-KEM / ML-DSA PKCS#8 the parameter objects' preferred form, seed and expanded key both for a key made from its
 * seed.
 */
public enum DerEncoding {
    RSA_SPKI,
    RSA_PKCS8,
    EC_P256_PKCS8,
    MLKEM_768_PKCS8,
    MLDSA_65_PKCS8;

    /** Makes the key through the reference and returns the encoder of its Bouncy Castle form. */
    Supplier<byte[]> prepare() {
        ReferenceCaller caller = new ReferenceCaller();
        switch (this) {
            case RSA_SPKI, RSA_PKCS8 -> {
                Handle key = caller.keyPair("RSA", BlobCase.RSA_BITS);
                PlainBlobParser.Rsa rsa = PlainBlobParser.rsa(caller.export(key, Handle.NULL, BlobTypes.RSA_FULL_PRIVATE));
                BigInteger n = number(rsa.n());
                BigInteger e = number(rsa.e());
                if (this == RSA_SPKI) {
                    RSAKeyParameters publicKey = new RSAKeyParameters(false, n, e);
                    return () -> der(publicInfo(publicKey));
                }
                RSAPrivateCrtKeyParameters privateKey = new RSAPrivateCrtKeyParameters(n, e, number(rsa.d()),
                        number(rsa.p()), number(rsa.q()), number(rsa.dp()), number(rsa.dq()), number(rsa.qInv()));
                return () -> der(privateInfo(privateKey));
            }
            case EC_P256_PKCS8 -> {
                Handle key = caller.keyPair("ECDSA_P256", 256);
                PlainBlobParser.Ecc ecc = PlainBlobParser.ecc(caller.export(key, Handle.NULL, BlobTypes.ECC_PRIVATE));
                ECPrivateKeyParameters privateKey = new ECPrivateKeyParameters(number(ecc.d()),
                        ECNamedDomainParameters.lookup(SECObjectIdentifiers.secp256r1));
                return () -> der(privateInfo(privateKey));
            }
            case MLKEM_768_PKCS8 -> {
                Handle key = caller.keyPair("ML-KEM", "768");
                byte[] seed = PlainBlobParser.parameterSet(caller.export(key, Handle.NULL, BlobTypes.MLKEM_PRIVATE_SEED)).key();
                MLKEMPrivateKeyParameters privateKey = new MLKEMPrivateKeyParameters(MLKEMParameters.ml_kem_768, seed);
                sameExpandedKey(privateKey.getEncoded(), caller.export(key, Handle.NULL, BlobTypes.MLKEM_PRIVATE));
                return () -> der(privateInfo(privateKey));
            }
            case MLDSA_65_PKCS8 -> {
                Handle key = caller.keyPair("ML-DSA", "65");
                byte[] seed = PlainBlobParser.parameterSet(caller.export(key, Handle.NULL, BlobTypes.PQDSA_PRIVATE_SEED)).key();
                MLDSAPrivateKeyParameters privateKey = new MLDSAPrivateKeyParameters(MLDSAParameters.ml_dsa_65, seed);
                sameExpandedKey(privateKey.getEncoded(), caller.export(key, Handle.NULL, BlobTypes.PQDSA_PRIVATE));
                return () -> der(privateInfo(privateKey));
            }
            default -> throw new IllegalStateException(name());
        }
    }

    /** Bouncy Castle's expansion of the seed must be the key the reference's private blob holds. */
    private void sameExpandedKey(byte[] bouncyCastle, byte[] referenceBlob) {
        if (!Arrays.equals(bouncyCastle, PlainBlobParser.parameterSet(referenceBlob).key())) {
            throw new IllegalStateException(name() + ": Bouncy Castle expands the seed to another key than the reference");
        }
    }

    private static BigInteger number(byte[] bigEndian) {
        return new BigInteger(1, bigEndian);
    }

    private static ASN1Object privateInfo(AsymmetricKeyParameter key) {
        try {
            return PrivateKeyInfoFactory.createPrivateKeyInfo(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ASN1Object publicInfo(AsymmetricKeyParameter key) {
        try {
            return SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] der(ASN1Object structure) {
        try {
            return structure.getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
