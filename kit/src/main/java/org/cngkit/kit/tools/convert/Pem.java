package org.cngkit.kit.tools.convert;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bouncycastle.asn1.ASN1Sequence;

/** PEM armour of a PKCS#8 or SubjectPublicKeyInfo DER (RFC 7468): 64 base64 characters a line. */
final class Pem {
    private Pem() {
    }

    static String armor(byte[] der) {
        String label = isPrivateKeyInfo(der) ? "PRIVATE KEY" : "PUBLIC KEY";
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    /** PKCS#8 starts with its version INTEGER; SubjectPublicKeyInfo with the algorithm SEQUENCE. */
    private static boolean isPrivateKeyInfo(byte[] der) {
        return !(ASN1Sequence.getInstance(der).getObjectAt(0) instanceof ASN1Sequence);
    }
}
