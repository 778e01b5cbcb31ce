package org.cngkit.vectors.gen;

import java.util.HexFormat;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.DSAParametersGenerator;
import org.bouncycastle.crypto.params.DSAParameterGenerationParameters;
import org.bouncycastle.crypto.params.DSAParameters;

/**
 * Finds the DSA domains of dsa_blob_test.json: Bouncy Castle 1.87's DSAParametersGenerator (certainty 80; FIPS 186-2
 * with SHA-1 up to 1024 bits, FIPS 186-3 with SHA-256 and N = 256 above) drawing every random byte from
 * {@link SeededRandom} on {@code cngkit/dsa_blob_test/DSA-<bits>/1}. The search is slow for 3072 bits, so the
 * generator keeps the records it printed ({@link DsaVectors}) and rebuilds the domains from them ({@link FipsDomain});
 * {@code DsaDomainSearchTest} repeats the search for the smaller sizes. Run {@code main} to print all four.
 */
final class DsaDomainSearch {
    private DsaDomainSearch() {
    }

    /** The generation record of the domain found for {@code bits}. */
    static DsaVectors.Record search(int bits) {
        SeededRandom random = new SeededRandom(DsaVectors.seedLabel(bits));
        DSAParametersGenerator generator;
        if (bits <= 1024) {
            generator = new DSAParametersGenerator();
            generator.init(bits, 80, random);
        } else {
            generator = new DSAParametersGenerator(SHA256Digest.newInstance());
            generator.init(new DSAParameterGenerationParameters(bits, 256, 80, random));
        }
        DSAParameters domain = generator.generateParameters();
        return new DsaVectors.Record(bits, HexFormat.of().formatHex(domain.getValidationParameters().getSeed()),
                domain.getValidationParameters().getCounter());
    }

    public static void main(String[] args) {
        for (int bits : new int[] {512, 1024, 2048, 3072}) {
            System.out.println(search(bits));
        }
    }
}
