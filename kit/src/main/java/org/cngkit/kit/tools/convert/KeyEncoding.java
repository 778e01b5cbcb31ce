package org.cngkit.kit.tools.convert;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.function.Function;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.pkcs.DHParameter;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.params.AsymmetricKeyParameter;
import org.bouncycastle.crypto.params.DHParameters;
import org.bouncycastle.crypto.params.DHPrivateKeyParameters;
import org.bouncycastle.crypto.params.DHPublicKeyParameters;
import org.bouncycastle.crypto.params.DSAParameters;
import org.bouncycastle.crypto.params.DSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.DSAPublicKeyParameters;
import org.bouncycastle.crypto.params.ECNamedDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.MLDSAParameters;
import org.bouncycastle.crypto.params.MLDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLDSAPublicKeyParameters;
import org.bouncycastle.crypto.params.MLKEMParameters;
import org.bouncycastle.crypto.params.MLKEMPrivateKeyParameters;
import org.bouncycastle.crypto.params.MLKEMPublicKeyParameters;
import org.bouncycastle.crypto.params.RSAKeyParameters;
import org.bouncycastle.crypto.params.RSAPrivateCrtKeyParameters;
import org.bouncycastle.crypto.params.SLHDSAParameters;
import org.bouncycastle.crypto.params.SLHDSAPrivateKeyParameters;
import org.bouncycastle.crypto.params.SLHDSAPublicKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.bouncycastle.crypto.util.SubjectPublicKeyInfoFactory;
import org.cngkit.kit.tools.inspect.KeyIdentity;
import org.cngkit.vectors.KeyMaterial;

/**
 * Key components, as the oracle's checkers read them from a blob the reference exported, written as PKCS#8 (private)
 * or SubjectPublicKeyInfo (public) DER with Bouncy Castle's encoders. EC keys name their NIST curve by OID.
 */
final class KeyEncoding {
    private KeyEncoding() {
    }

    /** The DER of the key: PKCS#8 when it holds private components, SPKI otherwise. */
    static byte[] der(KeyIdentity identity, KeyMaterial k) throws Refusal {
        AsymmetricKeyParameter key = parameters(identity, k);
        try {
            if (key instanceof DHPrivateKeyParameters || key instanceof DHPublicKeyParameters) {
                return dh(k);
            }
            return key.isPrivate() ? PrivateKeyInfoFactory.createPrivateKeyInfo(key).getEncoded()
                    : SubjectPublicKeyInfoFactory.createSubjectPublicKeyInfo(key).getEncoded();
        } catch (IOException e) {
            throw new Refusal("Bouncy Castle cannot encode the key: " + e.getMessage());
        }
    }

    /**
     * A DH key as OpenSSL writes one: PKCS#3 {@code dhKeyAgreement} with the DHParameter (p, g), and the INTEGER x or
     * y. Bouncy Castle's key-info factories do not write DH keys.
     */
    private static byte[] dh(KeyMaterial k) throws IOException {
        AlgorithmIdentifier algorithm = new AlgorithmIdentifier(PKCSObjectIdentifiers.dhKeyAgreement,
                new DHParameter(k.number("p"), k.number("g"), 0));
        return k.has("x") ? new PrivateKeyInfo(algorithm, new ASN1Integer(k.number("x"))).getEncoded()
                : new SubjectPublicKeyInfo(algorithm, new ASN1Integer(k.number("y"))).getEncoded();
    }

    static AsymmetricKeyParameter parameters(KeyIdentity identity, KeyMaterial k) throws Refusal {
        String algorithm = identity.algorithm();
        if (algorithm.equals("RSA")) {
            return k.has("d")
                    ? new RSAPrivateCrtKeyParameters(k.number("n"), k.number("e"), k.number("d"), k.number("p"), k.number("q"),
                            k.number("dp"), k.number("dq"), k.number("qinv"))
                    : new RSAKeyParameters(false, k.number("n"), k.number("e"));
        }
        if (algorithm.startsWith("ECDH") || algorithm.startsWith("ECDSA")) {
            String curve = "P-" + identity.keyBits();
            X9ECParameters x9 = NISTNamedCurves.getByName(curve);
            ASN1ObjectIdentifier oid = NISTNamedCurves.getOID(curve);
            ECNamedDomainParameters domain = new ECNamedDomainParameters(oid, x9);
            return k.has("d") ? new ECPrivateKeyParameters(k.number("d"), domain)
                    : new ECPublicKeyParameters(x9.getCurve().createPoint(k.number("x"), k.number("y")), domain);
        }
        if (algorithm.equals("DSA")) {
            DSAParameters params = new DSAParameters(k.number("p"), k.number("q"), k.number("g"));
            return k.has("x") ? new DSAPrivateKeyParameters(k.number("x"), params) : new DSAPublicKeyParameters(k.number("y"), params);
        }
        if (algorithm.equals("DH")) {
            DHParameters params = new DHParameters(k.number("p"), k.number("g"));
            return k.has("x") ? new DHPrivateKeyParameters(k.number("x"), params) : new DHPublicKeyParameters(k.number("y"), params);
        }
        String set = k.parameterSet();
        switch (algorithm) {
            case "ML-KEM" -> {
                MLKEMParameters p = byCngName(MLKEMParameters.class, n -> ImportBlob.mlKemSet(n.getName()), set);
                return k.has(KeyMaterial.PUBLIC_KEY) ? new MLKEMPublicKeyParameters(p, k.component(KeyMaterial.PUBLIC_KEY))
                        : new MLKEMPrivateKeyParameters(p, privateEncoding(k));
            }
            case "ML-DSA" -> {
                MLDSAParameters p = byCngName(MLDSAParameters.class, n -> ImportBlob.mlDsaSet(n.getName()), set);
                return k.has(KeyMaterial.PUBLIC_KEY) ? new MLDSAPublicKeyParameters(p, k.component(KeyMaterial.PUBLIC_KEY))
                        : new MLDSAPrivateKeyParameters(p, privateEncoding(k));
            }
            case "SLH-DSA" -> {
                SLHDSAParameters p = byCngName(SLHDSAParameters.class, n -> ImportBlob.slhDsaSet(n.getName()), set);
                return k.has(KeyMaterial.PUBLIC_KEY) ? new SLHDSAPublicKeyParameters(p, k.component(KeyMaterial.PUBLIC_KEY))
                        : new SLHDSAPrivateKeyParameters(p, k.component(KeyMaterial.PRIVATE_KEY));
            }
            default -> throw new Refusal("a " + algorithm + " key has no PEM form the converter writes");
        }
    }

    /** The seed when the blob held one (Bouncy Castle then writes the seed form), else the expanded key. */
    private static byte[] privateEncoding(KeyMaterial k) {
        return k.has(KeyMaterial.SEED) ? k.component(KeyMaterial.SEED) : k.component(KeyMaterial.PRIVATE_KEY);
    }

    /** The Bouncy Castle parameter constant whose CNG name is {@code set}. */
    private static <T> T byCngName(Class<T> type, Function<T, String> cngName, String set) throws Refusal {
        for (Field field : type.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == type) {
                try {
                    T candidate = type.cast(field.get(null));
                    if (cngName.apply(candidate).equals(set)) {
                        return candidate;
                    }
                } catch (IllegalAccessException | RuntimeException e) {
                    // a constant that cannot be read or named is not the one
                }
            }
        }
        throw new Refusal("Bouncy Castle has no " + type.getSimpleName().replace("Parameters", "") + " parameter set \"" + set + "\"");
    }

}
