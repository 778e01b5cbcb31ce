package org.cngkit.vectors;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cngkit.formats.BcryptDsaKeyBlob;
import org.cngkit.formats.BcryptDsaKeyBlobV2;
import org.cngkit.formats.BcryptKeyBlob;

/**
 * {@code BCRYPT_DSA_PUBLIC_BLOB} and {@code BCRYPT_DSA_PRIVATE_BLOB}: BCRYPT_DSA_KEY_BLOB (magic DSPB / DSPV) for
 * keys of 512 to 1024 bits, BCRYPT_DSA_KEY_BLOB_V2 (DPB2 / DPV2) for longer ones (BCryptExportKey page, DSA rows;
 * blob-layouts digest 2.5 and 2.6). p, g and y take cbKey = the key size in bytes; q and x 20 bytes in V1 and
 * cbGroupSize in V2. Count and Seed must be the key's generation record (all 0xff when unknown). In V2,
 * hashAlgorithm follows the size of q (20 bytes SHA-1, 32 SHA-256, 64 SHA-512, as .NET and Windows' own 2048- and
 * 3072-bit keys have it) and standardVersion is FIPS 186-3.
 */
record DsaKeyBlobChecker(String blobType, boolean privateBlob) implements BlobChecker {

    /** The one magic a DSA key of this size has: V1 up to 1024 bits, V2 above. */
    static BcryptKeyBlob.Magic acceptedMagic(VectorKey key, boolean privateBlob) {
        if (key.keyBits() <= 1024) {
            return privateBlob ? BcryptKeyBlob.Magic.DSA_PRIVATE : BcryptKeyBlob.Magic.DSA_PUBLIC;
        }
        return privateBlob ? BcryptKeyBlob.Magic.DSA_PRIVATE_V2 : BcryptKeyBlob.Magic.DSA_PUBLIC_V2;
    }

    @Override
    public List<BlobMismatch> check(byte[] blob, VectorKey key) {
        Mismatches m = new Mismatches();
        BcryptKeyBlob head = m.parse(blob, BcryptKeyBlob::new, "DSA key blob with a known magic");
        if (head == null) {
            return m.list();
        }
        BcryptKeyBlob.Magic accepted = acceptedMagic(key, privateBlob);
        if (head.magic() != accepted) {
            m.add("magic", accepted.name() + (key.keyBits() <= 1024 ? " (V1 blob" : " (V2 blob") + " for a "
                    + key.keyBits() + "-bit key)", head.magic().name());
            return m.list();
        }
        return checkLayout(blob, key);
    }

    /** Parses a blob whose magic is already acceptable with its version's parser and checks every field. */
    static List<BlobMismatch> checkLayout(byte[] blob, VectorKey key) {
        Mismatches m = new Mismatches();
        if (key.keyBits() <= 1024) {
            BcryptDsaKeyBlob v1 = m.parse(blob, BcryptDsaKeyBlob::new, "BCRYPT_DSA_KEY_BLOB");
            if (v1 != null) {
                checkV1(v1, key, m);
            }
        } else {
            BcryptDsaKeyBlobV2 v2 = m.parse(blob, BcryptDsaKeyBlobV2::new, "BCRYPT_DSA_KEY_BLOB_V2");
            if (v2 != null) {
                checkV2(v2, key, m);
            }
        }
        return m.list();
    }

    private static void checkV1(BcryptDsaKeyBlob parsed, VectorKey key, Mismatches m) {
        KeyMaterial k = key.material();
        int cbKey = (key.keyBits() + 7) / 8;
        m.header("len_modulus", cbKey, parsed.lenModulus());
        m.header("count", new BigInteger(1, k.component("count")).longValue(), parsed.count());
        m.bytes("seed", "seed", k.component("seed"), parsed.seed());
        m.number("q", "q", k.number("q"), parsed.q(), 20);
        domainAndKey(parsed.modulus(), parsed.generator(), parsed.publicValue(), parsed.privateExponent(), 20, key, m);
    }

    private static void checkV2(BcryptDsaKeyBlobV2 parsed, VectorKey key, Mismatches m) {
        KeyMaterial k = key.material();
        int cbKey = (key.keyBits() + 7) / 8;
        int group = Mismatches.minimalLength(k.number("q"));
        m.header("len_modulus", cbKey, parsed.lenModulus());
        String hash = switch (group) {
            case 20 -> "SHA1";
            case 32 -> "SHA256";
            case 64 -> "SHA512";
            default -> "no hash for a " + group + "-byte q";
        };
        if (!parsed.hashAlgorithm().name().equals(hash)) {
            m.add("hash_algorithm", hash + " (by the size of q)", parsed.hashAlgorithm().name());
        }
        if (parsed.standardVersion() != BcryptDsaKeyBlobV2.FipsVersion.FIPS186_3) {
            m.add("standard_version", "FIPS186_3", parsed.standardVersion().name());
        }
        m.header("len_seed", k.component("seed").length, parsed.lenSeed());
        m.header("len_q", group, parsed.lenQ());
        m.header("count", new BigInteger(1, k.component("count")).longValue(), parsed.count());
        m.bytes("seed", "seed", k.component("seed"), parsed.seed());
        m.number("q", "q", k.number("q"), parsed.q(), group);
        domainAndKey(parsed.modulus(), parsed.generator(), parsed.publicValue(), parsed.privateExponent(), group, key, m);
    }

    private static void domainAndKey(byte[] p, byte[] g, byte[] y, byte[] x, int xLength, VectorKey key, Mismatches m) {
        KeyMaterial k = key.material();
        int cbKey = (key.keyBits() + 7) / 8;
        m.number("modulus", "p", k.number("p"), p, cbKey);
        m.number("generator", "g", k.number("g"), g, cbKey);
        m.number("public_value", "y", k.number("y"), y, cbKey);
        if (x != null) {
            m.number("private_exponent", "x", k.number("x"), x, xLength);
        }
        m.noTrailingBytes(x != null ? "private_exponent" : "public_value");
    }

    @Override
    public Optional<KeyMaterial> material(byte[] blob) {
        Mismatches m = new Mismatches();
        BcryptKeyBlob head = m.parse(blob, BcryptKeyBlob::new, "DSA key blob");
        if (head == null) {
            return Optional.empty();
        }
        return switch (head.magic()) {
            case DSA_PUBLIC, DSA_PRIVATE -> Optional.ofNullable(m.parse(blob, BcryptDsaKeyBlob::new, "V1"))
                    .map(v1 -> materialOf(v1.count(), v1.seed(), v1.q(), v1.modulus(), v1.generator(), v1.publicValue(),
                            v1.privateExponent()));
            case DSA_PUBLIC_V2, DSA_PRIVATE_V2 -> Optional.ofNullable(m.parse(blob, BcryptDsaKeyBlobV2::new, "V2"))
                    .map(v2 -> materialOf(v2.count(), v2.seed(), v2.q(), v2.modulus(), v2.generator(), v2.publicValue(),
                            v2.privateExponent()));
            default -> Optional.empty();
        };
    }

    private static KeyMaterial materialOf(long count, byte[] seed, byte[] q, byte[] p, byte[] g, byte[] y, byte[] x) {
        Map<String, byte[]> c = new LinkedHashMap<>();
        c.put("p", KeyRelations.unsigned(p));
        c.put("q", KeyRelations.unsigned(q));
        c.put("g", KeyRelations.unsigned(g));
        c.put("y", KeyRelations.unsigned(y));
        if (x != null) {
            c.put("x", KeyRelations.unsigned(x));
        }
        c.put("count", new byte[] {(byte) (count >>> 24), (byte) (count >>> 16), (byte) (count >>> 8), (byte) count});
        c.put("seed", seed);
        return new KeyMaterial(c);
    }
}
