package org.cngkit.reference;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.bouncycastle.crypto.agreement.DHStandardGroups;
import org.bouncycastle.crypto.generators.DSAParametersGenerator;
import org.bouncycastle.crypto.params.DHParameters;
import org.bouncycastle.crypto.params.DSAParameters;

/**
 * The group a DH key pair gets when it is finalized without {@code DHParameters}. Windows finalizes such a pair with
 * STATUS_SUCCESS (512 and 1024 bits observed, issue #12; the digest's section 8 does not record which group Windows
 * supplies, so none is copied from it). The reference's choice: the well-known MODP group of that size where one
 * exists (RFC 2409 groups 1 and 2 for 768 and 1024 bits, RFC 3526 groups 5, 14, 15 and 16 for 1536, 2048, 3072 and
 * 4096), otherwise, up to 1024 bits, a FIPS 186-2 domain (a 160-bit q, g of order q) that Bouncy Castle generates for the
 * first pair of that size a process finalizes and every later one of that size shares: the numbers are public, and a
 * group is made once, not once per key (generating one takes tens of milliseconds). Other sizes have no group here: finalize refuses them with STATUS_INVALID_PARAMETER, as
 * it did before for every size.
 */
final class SuppliedDhGroup {
    private static final Map<Integer, DHParameters> WELL_KNOWN = Map.of(
            768, DHStandardGroups.rfc2409_768,
            1024, DHStandardGroups.rfc2409_1024,
            1536, DHStandardGroups.rfc3526_1536,
            2048, DHStandardGroups.rfc3526_2048,
            3072, DHStandardGroups.rfc3526_3072,
            4096, DHStandardGroups.rfc3526_4096);
    private static final int GENERATED_UP_TO = 1024;
    private static final Map<Integer, BigInteger[]> GENERATED = new ConcurrentHashMap<>();

    private SuppliedDhGroup() {
    }

    /** p and g of a group of exactly {@code bits} bits, or empty when the reference has none of that size. */
    static Optional<BigInteger[]> of(int bits, SecureRandom random) {
        DHParameters known = WELL_KNOWN.get(bits);
        if (known != null) {
            return Optional.of(new BigInteger[] {known.getP(), known.getG()});
        }
        if (bits > GENERATED_UP_TO || !DhKey.sizeAllowed(bits)) {
            return Optional.empty();
        }
        BigInteger[] group = GENERATED.computeIfAbsent(bits, size -> {
            DSAParametersGenerator generator = new DSAParametersGenerator();
            generator.init(size, 80, random);
            DSAParameters domain = generator.generateParameters();
            return new BigInteger[] {domain.getP(), domain.getG()};
        });
        return Optional.of(group.clone());
    }
}
