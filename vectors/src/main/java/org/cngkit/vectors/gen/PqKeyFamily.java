package org.cngkit.vectors.gen;

/**
 * The post-quantum algorithms whose keys travel in the parameter-set blob layout: the CNG algorithm id, the
 * magic of each kind of key material (as it reads in memory; {@code null} where bcrypt.h defines none) and the
 * blob types that carry them (blob-layouts digest 2.7, 2.8).
 */
enum PqKeyFamily {
    ML_KEM("ML-KEM", "MLKP", "MLKR", "MLKS", "BCRYPT_MLKEM_"),
    ML_DSA("ML-DSA", "DSPK", "DSSK", "DSSS", "BCRYPT_PQDSA_"),
    SLH_DSA("SLH-DSA", "SHPK", "SHSK", null, "BCRYPT_PQDSA_"),
    LMS("LMS", "LMPK", null, null, "BCRYPT_PQDSA_"),
    XMSS("XMSS", "XMPK", null, null, "BCRYPT_PQDSA_");

    private final String algorithm;
    private final String publicMagic;
    private final String privateMagic;
    private final String seedMagic;
    private final String blobPrefix;

    PqKeyFamily(String algorithm, String publicMagic, String privateMagic, String seedMagic, String blobPrefix) {
        this.algorithm = algorithm;
        this.publicMagic = publicMagic;
        this.privateMagic = privateMagic;
        this.seedMagic = seedMagic;
        this.blobPrefix = blobPrefix;
    }

    /** The CNG algorithm identifier, e.g. {@code ML-KEM}. */
    String algorithm() {
        return algorithm;
    }

    String publicBlobType() {
        return blobPrefix + "PUBLIC_BLOB";
    }

    String privateBlobType() {
        return blobPrefix + "PRIVATE_BLOB";
    }

    String seedBlobType() {
        return blobPrefix + "PRIVATE_SEED_BLOB";
    }

    String publicMagic() {
        return publicMagic;
    }

    String privateMagic() {
        return privateMagic;
    }

    String seedMagic() {
        return seedMagic;
    }
}
