package org.cngkit.kit.tools.convert;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.RSAPrivateKey;
import org.bouncycastle.asn1.pkcs.RSAPublicKey;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * A key file in the forms OpenSSL and Bouncy Castle 1.87 write: PEM or DER; PKCS#8 ({@code PRIVATE KEY}), SPKI
 * ({@code PUBLIC KEY}, or a certificate's key), PKCS#1 ({@code RSA PRIVATE KEY}, {@code RSA PUBLIC KEY}), SEC 1
 * ({@code EC PRIVATE KEY}), OpenSSL's {@code DSA PRIVATE KEY}; ML-KEM, ML-DSA and SLH-DSA in their PKCS#8 and SPKI
 * forms. Encrypted keys are refused (decrypt them first, e.g. {@code openssl pkey}).
 */
final class KeyDocument {
    private KeyDocument() {
    }

    /** Whether the input looks like a PEM document. */
    static boolean isPem(byte[] input) {
        return new String(input, StandardCharsets.ISO_8859_1).contains("-----BEGIN ");
    }

    /** The key in a PEM or DER file. */
    static AsymmetricKeyParameter read(byte[] input) throws Refusal {
        try {
            Object object = isPem(input) ? pem(input) : der(input);
            if (object instanceof PEMKeyPair pair) {
                return PrivateKeyFactory.createKey(pair.getPrivateKeyInfo());
            }
            if (object instanceof PrivateKeyInfo info) {
                return PrivateKeyFactory.createKey(info);
            }
            if (object instanceof SubjectPublicKeyInfo info) {
                return PublicKeyFactory.createKey(info);
            }
            if (object instanceof X509CertificateHolder certificate) {
                return PublicKeyFactory.createKey(certificate.getSubjectPublicKeyInfo());
            }
            if (object instanceof PEMEncryptedKeyPair || object instanceof PKCS8EncryptedPrivateKeyInfo) {
                throw new Refusal("the key is encrypted; decrypt it first (openssl pkey -in FILE -out PLAIN)");
            }
            throw new Refusal("the file holds no key the converter reads"
                    + (object == null ? "" : " (it holds a " + object.getClass().getSimpleName() + ")"));
        } catch (IOException | IllegalArgumentException | IllegalStateException | ClassCastException e) {
            throw new Refusal("the file is not a key the converter reads: " + e.getMessage());
        }
    }

    private static Object pem(byte[] input) throws IOException {
        try (PEMParser parser = new PEMParser(new StringReader(new String(input, StandardCharsets.US_ASCII)))) {
            return parser.readObject();
        }
    }

    /** Tells the DER structures apart by their shape. */
    private static Object der(byte[] input) throws IOException {
        ASN1Sequence seq = ASN1Sequence.getInstance(input);
        ASN1Encodable first = seq.size() > 0 ? seq.getObjectAt(0) : null;
        ASN1Encodable second = seq.size() > 1 ? seq.getObjectAt(1) : null;
        if (first instanceof ASN1Sequence && seq.size() == 2) {
            return SubjectPublicKeyInfo.getInstance(seq);
        }
        if (first instanceof ASN1Integer && second instanceof ASN1Sequence) {
            return PrivateKeyInfo.getInstance(seq);
        }
        if (first instanceof ASN1Integer && second instanceof ASN1OctetString) {
            ECPrivateKey ec = ECPrivateKey.getInstance(seq);
            return new PEMKeyPair(null, new PrivateKeyInfo(
                    new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, ec.getParametersObject()), ec));
        }
        if (seq.size() == 2 && first instanceof ASN1Integer && second instanceof ASN1Integer) {
            return new SubjectPublicKeyInfo(rsaEncryption(), RSAPublicKey.getInstance(seq));
        }
        if (seq.size() >= 9 && first instanceof ASN1Integer) {
            return new PrivateKeyInfo(rsaEncryption(), RSAPrivateKey.getInstance(seq));
        }
        throw new IllegalArgumentException("a DER structure that is neither PKCS#8, SPKI, PKCS#1 nor SEC 1");
    }

    private static AlgorithmIdentifier rsaEncryption() {
        return new AlgorithmIdentifier(PKCSObjectIdentifiers.rsaEncryption, DERNull.INSTANCE);
    }
}
