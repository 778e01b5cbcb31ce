package org.cngkit.vectors.gen;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.cngkit.vectors.gen.DsaKeyBlobWriter.DsaKey;

/**
 * dsa_blob_test.json: DSA keys exported as BCRYPT_DSA_PUBLIC_BLOB, BCRYPT_DSA_PRIVATE_BLOB and the two generic
 * types: V1 blobs for 512- and 1024-bit keys (FIPS 186-2 domains), V2 blobs for 2048 and 3072 bits (FIPS 186-3,
 * N = 256, SHA-256). Domains come from Bouncy Castle's DSAParametersGenerator fed by {@link SeededRandom}; their
 * seed and counter are then checked independently ({@link FipsDomainCheck}).
 */
final class DsaVectors {
    static final String FILE = "dsa_blob_test.json";

    private DsaVectors() {
    }

    static ObjectNode file() {
        VectorFileBuilder file = new VectorFileBuilder();
        file.header(
                "BCryptExportKey on DSA keys: BCRYPT_DSA_PUBLIC_BLOB, BCRYPT_DSA_PRIVATE_BLOB and the generic",
                "BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB. Each group holds one key pair with its domain (p, q, g),",
                "y = g^x mod p, x, and the FIPS 186 generation record of p and q (count, 4 big-endian bytes; seed).",
                "Keys of 512 to 1024 bits take BCRYPT_DSA_KEY_BLOB (V1, digest 2.5): magic DSPB/DSPV, cbKey, Count[4] big-endian,",
                "Seed[20], q[20], p, g, y (cbKey each), x[20]. Longer keys take BCRYPT_DSA_KEY_BLOB_V2 (digest 2.6): magic",
                "DPB2/DPV2, cbKey, hashAlgorithm (1 = SHA-256), standardVersion (1 = FIPS 186-3), cbSeedLength, cbGroupSize,",
                "Count[4], Seed, q, p, g, y, x. Numbers are big-endian, zero-padded to their field.",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_dsa_key_blob",
                "https://learn.microsoft.com/en-us/windows/win32/api/bcrypt/ns-bcrypt-bcrypt_dsa_key_blob_v2",
                "All keys come from the seeded generator (source.ref names the seed); see vectors/PROVENANCE.md.",
                "Written by " + VectorGenerator.class.getName() + "; do not edit by hand.");
        notes(file);
        group(file, key(512), "DSA-512, FIPS 186-2 domain", "seed cngkit/dsa_blob_test/DSA-512/1", "SeededKey", "V1Blob");
        DsaKey dsa1024 = key(1024);
        group(file, dsa1024, "DSA-1024, FIPS 186-2 domain", "seed cngkit/dsa_blob_test/DSA-1024/1", "SeededKey", "V1Blob");
        byte[] unknown = new byte[24];
        Arrays.fill(unknown, (byte) 0xff);
        DsaKey withoutRecord = new DsaKey(dsa1024.p(), dsa1024.q(), dsa1024.g(), dsa1024.y(), dsa1024.x(),
                Arrays.copyOf(unknown, 4), Arrays.copyOfRange(unknown, 4, 24));
        group(file, withoutRecord, "DSA-1024 without its generation record", "seed cngkit/dsa_blob_test/DSA-1024/1",
                "SeededKey", "V1Blob", "UnknownSeed");
        group(file, key(2048), "DSA-2048, FIPS 186-3 domain, N = 256", "seed cngkit/dsa_blob_test/DSA-2048/1",
                "SeededKey", "V2Blob");
        group(file, key(3072), "DSA-3072, FIPS 186-3 domain, N = 256", "seed cngkit/dsa_blob_test/DSA-3072/1",
                "SeededKey", "V2Blob");
        for (int bits : new int[] {1024, 2048}) {
            ShortKey s = shortValues(bits);
            group(file, s.key(), "DSA-" + bits + ", x and y shorter than their fields",
                    "seed " + seedLabel(bits) + " (domain); x from seed " + s.seed(), bits <= 1024 ? "V1Blob" : "V2Blob",
                    "ShortValues");
        }
        return file.build();
    }

    private static void notes(VectorFileBuilder file) {
        file.note("SeededKey", "BASIC",
                "The domain comes from Bouncy Castle 1.87's DSAParametersGenerator (certainty 80; FIPS 186-2 with SHA-1 "
                        + "up to 1024 bits, FIPS 186-3 with SHA-256 and N = 256 above) drawing every random byte from the "
                        + "seeded SHA-256 stream of the seed in source.ref; x = 1 + (s mod (q - 1)), s the first 40 bytes of "
                        + "the stream of the same seed followed by '/x'. The generator recomputes p and q from the recorded "
                        + "seed and counter with its own implementation of the FIPS procedure and tests both for primality.",
                "org.cngkit.vectors.gen.FipsDomainCheck; vectors/PROVENANCE.md");
        file.note("V1Blob", "BASIC",
                "A key of 512 to 1024 bits: BCRYPT_DSA_KEY_BLOB (magics DSPB / DSPV) with the FIPS 186-2 counter as a "
                        + "4-byte big-endian Count and the 20-byte Seed.",
                "nf-bcrypt-bcryptexportkey (DSA rows); blob-layouts digest 2.5 and 8 ('DSA V1 Count/Seed')");
        file.note("V2Blob", "BASIC",
                "A key longer than 1024 bits: BCRYPT_DSA_KEY_BLOB_V2 (magics DPB2 / DPV2, Windows 8 and later) with "
                        + "hashAlgorithm SHA-256 (1), standardVersion FIPS 186-3 (1), cbSeedLength = cbGroupSize = 32, as "
                        + "Windows writes for the 2048- and 3072-bit keys it generates.",
                "nf-bcrypt-bcryptexportkey; blob-layouts digest 2.6 and 8 ('DSA keys Windows generates at 2048/3072 bits')");
        file.note("UnknownSeed", "EDGE_CASE",
                "The same key without its generation record: Count and Seed are all 0xff, the form .NET writes and "
                        + "Windows accepts (it skips the seed check then) and exports again.",
                "blob-layouts digest 2.5 and 8 ('DSA V1 Count/Seed'); dotnet/runtime DSACng.ImportExport.cs");
        file.note("ShortValues", "EDGE_CASE",
                "The domain of the seeded key of the same size, with x = 1 + (s mod (2^(8 (cbGroupSize - 1)) - 1)), s the "
                        + "first 40 bytes of the seeded stream named in source.ref: the first seed (counter 1, 2, ...) whose "
                        + "y = g^x mod p is also at least a byte shorter than p. So x and y both begin with zero bytes in "
                        + "their fields, which a writer that copies minimal-length numbers gets wrong.",
                "blob-layouts digest 2.5 and 2.6 (numbers zero-padded to their field)");
        file.note("GenericBlobType", "FUNCTIONALITY",
                "BCRYPT_PUBLIC_KEY_BLOB / BCRYPT_PRIVATE_KEY_BLOB: the key's own DSA blob, V1 up to 1024 bits and V2 above.",
                "nf-bcrypt-bcryptexportkey; blob-layouts digest 8 ('Generic blobs on DSA')");
    }

    /** The generation record of a domain: the FIPS domain parameter seed (hex) and the counter of the p search. */
    record Record(int bits, String seedHex, int counter) {
    }

    /**
     * The records {@link DsaDomainSearch} found (Bouncy Castle's generator on the seeded stream); the domains are
     * rebuilt from them by {@link FipsDomain} on every run.
     */
    static final List<Record> RECORDS = List.of(
            new Record(512, "b7d0508d0de3bef8c433abcf5871d16558261671", 154),
            new Record(1024, "5112813d0367ae5373e656adfff11863d3abf7f9", 156),
            new Record(2048, "9b4918f75391664be78282b13f2cbb8262e7415dd695d2fd8378f5ce4a14854d", 39),
            new Record(3072, "c68acd752d0f44a6c3c370848b34ad999bd814ca45b2d451b45539ee1de4353e", 1393));

    static String seedLabel(int bits) {
        return "cngkit/dsa_blob_test/DSA-" + bits + "/1";
    }

    /** The key of {@code bits}: its recorded domain rebuilt, x from the seeded stream. */
    static DsaKey key(int bits) {
        Record record = RECORDS.stream().filter(r -> r.bits() == bits).findFirst().orElseThrow();
        byte[] fipsSeed = HexFormat.of().parseHex(record.seedHex());
        BigInteger[] pqg = bits <= 1024 ? FipsDomain.fips186_2(bits, fipsSeed, record.counter())
                : FipsDomain.fips186_3(bits, 256, fipsSeed, record.counter());
        BigInteger p = pqg[0];
        BigInteger q = pqg[1];
        BigInteger g = pqg[2];
        BigInteger x = new BigInteger(1, new SeededBytes(seedLabel(bits) + "/x").next(40)).mod(q.subtract(BigInteger.ONE))
                .add(BigInteger.ONE);
        int counter = record.counter();
        byte[] count = {(byte) (counter >>> 24), (byte) (counter >>> 16), (byte) (counter >>> 8), (byte) counter};
        return new DsaKey(p, q, g, g.modPow(x, p), x, count, fipsSeed);
    }

    /** A key with values shorter than their fields and the name of the stream its x came from. */
    record ShortKey(DsaKey key, String seed) {
    }

    /** The domain of {@link #key(int)} with the first x of the "short" streams that is short and gives a short y. */
    static ShortKey shortValues(int bits) {
        DsaKey domain = key(bits);
        int cbKey = (bits + 7) / 8;
        int cbGroup = (domain.q().bitLength() + 7) / 8;
        BigInteger bound = BigInteger.ONE.shiftLeft(8 * (cbGroup - 1)).subtract(BigInteger.ONE);
        for (int i = 1; ; i++) {
            String seed = seedLabel(bits) + "/short/" + i;
            BigInteger x = new BigInteger(1, new SeededBytes(seed).next(40)).mod(bound).add(BigInteger.ONE);
            BigInteger y = domain.g().modPow(x, domain.p());
            if ((y.bitLength() + 7) / 8 < cbKey) {
                return new ShortKey(new DsaKey(domain.p(), domain.q(), domain.g(), y, x, domain.count(), domain.seed()), seed);
            }
        }
    }

    private static void group(VectorFileBuilder file, DsaKey k, String what, String ref, String... flags) {
        ObjectNode key = VectorFileBuilder.key();
        key.put("p", VectorFileBuilder.hex(k.p()));
        key.put("q", VectorFileBuilder.hex(k.q()));
        key.put("g", VectorFileBuilder.hex(k.g()));
        key.put("y", VectorFileBuilder.hex(k.y()));
        key.put("x", VectorFileBuilder.hex(k.x()));
        key.put("count", HexFormat.of().formatHex(k.count()));
        key.put("seed", HexFormat.of().formatHex(k.seed()));
        List<String> common = List.of(flags);
        byte[] pub = DsaKeyBlobWriter.write(k, false);
        byte[] priv = DsaKeyBlobWriter.write(k, true);
        file.group(VectorFileBuilder.source(VectorGenerator.NAME, VectorGenerator.VERSION, ref), "DSA", k.bits(), key)
                .keyPair(what, common, "BCRYPT_DSA_PUBLIC_BLOB", pub, "BCRYPT_DSA_PRIVATE_BLOB", priv);
    }
}
