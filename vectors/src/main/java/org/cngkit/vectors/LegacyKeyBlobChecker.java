package org.cngkit.vectors;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cngkit.formats.CapiBlobHeader;
import org.cngkit.formats.CapiBlobHeader.AlgId;
import org.cngkit.formats.CapiBlobHeader.BlobType;
import org.cngkit.formats.CapiDssKeyBlob;
import org.cngkit.formats.CapiDssSeed;
import org.cngkit.formats.CapiRsaKeyBlob;
import org.cngkit.formats.CapiVer3KeyBlob;

/**
 * The seven {@code LEGACY_*} blob types: CryptoAPI key BLOBs (blob-layouts digest section 3), in which every
 * header field and every number is little-endian, the opposite of CNG's own blobs. Numbers are reversed into
 * big-endian and compared with the key material like the CNG checkers do.
 *
 * <p>What the pages leave open is accepted as a set (digest 3.5 and section 8, "Evidence of real Windows
 * behaviour"):
 * <ul>
 *   <li>RSA: bVersion 2; aiKeyAlg CALG_RSA_KEYX (what Windows was seen to write) or CALG_RSA_SIGN.</li>
 *   <li>LEGACY_DSA_V2_PRIVATE_BLOB: DSS version 2 only (DSS2, bVersion 2, CALG_DSS_SIGN).
 *       LEGACY_DSA_PUBLIC_BLOB / LEGACY_DSA_PRIVATE_BLOB: DSS version 2 (DSS1 / DSS2, bVersion 2) or version 3
 *       (DSS3 / DSS4, bVersion 3), CALG_DSS_SIGN. In version 3, j is absent or (p - 1) / q.</li>
 *   <li>DSSSEED of a DSA blob: the key's counter (little-endian u4) and seed (byte-reversed); 0xffffffff and
 *       all-0xff when the key has no generation record.</li>
 *   <li>DH: version 3 (DH3 / DH4, bVersion 3), aiKeyAlg CALG_DH_EPHEM or CALG_DH_SF, q and j absent or the
 *       group's q and (p - 1) / q, DSSSEED not checked, x as long as bitlenX says.</li>
 * </ul>
 */
record LegacyKeyBlobChecker(String blobType, Family family, boolean privateBlob) implements BlobChecker {

    /** The key family and the header versions a blob type may carry. */
    enum Family {
        RSA, DSA, DSA_V2, DH
    }

    static final LegacyKeyBlobChecker RSA_PUBLIC = new LegacyKeyBlobChecker("LEGACY_RSAPUBLIC_BLOB", Family.RSA, false);
    static final LegacyKeyBlobChecker RSA_PRIVATE = new LegacyKeyBlobChecker("LEGACY_RSAPRIVATE_BLOB", Family.RSA, true);
    static final LegacyKeyBlobChecker DSA_PUBLIC = new LegacyKeyBlobChecker("LEGACY_DSA_PUBLIC_BLOB", Family.DSA, false);
    static final LegacyKeyBlobChecker DSA_PRIVATE = new LegacyKeyBlobChecker("LEGACY_DSA_PRIVATE_BLOB", Family.DSA, true);
    static final LegacyKeyBlobChecker DSA_V2_PRIVATE = new LegacyKeyBlobChecker("LEGACY_DSA_V2_PRIVATE_BLOB", Family.DSA_V2, true);
    static final LegacyKeyBlobChecker DH_PUBLIC = new LegacyKeyBlobChecker("LEGACY_DH_PUBLIC_BLOB", Family.DH, false);
    static final LegacyKeyBlobChecker DH_PRIVATE = new LegacyKeyBlobChecker("LEGACY_DH_PRIVATE_BLOB", Family.DH, true);

    private static final Set<AlgId> RSA_ALGS = Set.of(AlgId.RSA_KEYX, AlgId.RSA_SIGN);
    private static final Set<AlgId> DH_ALGS = Set.of(AlgId.DH_EPHEM, AlgId.DH_SF);
    private static final long NO_SEED = 0xffffffffL;

    @Override
    public List<BlobMismatch> check(byte[] blob, VectorKey key) {
        Mismatches m = new Mismatches();
        switch (family) {
            case RSA -> {
                CapiRsaKeyBlob parsed = m.parse(blob, CapiRsaKeyBlob::new, "CryptoAPI RSA key BLOB");
                if (parsed != null) {
                    checkRsa(parsed, key, m);
                }
            }
            case DSA, DSA_V2 -> {
                int version = blob.length > 1 ? blob[1] & 0xff : -1;
                if (version == 3 && family == Family.DSA) {
                    CapiVer3KeyBlob parsed = m.parse(blob, CapiVer3KeyBlob::new, "CryptoAPI DSS version 3 key BLOB");
                    if (parsed != null) {
                        checkVer3(parsed, key, m);
                    }
                } else if (version == 2) {
                    CapiDssKeyBlob parsed = m.parse(blob, CapiDssKeyBlob::new, "CryptoAPI DSS version 2 key BLOB");
                    if (parsed != null) {
                        checkDssV2(parsed, key, m);
                    }
                } else {
                    m.add("version", family == Family.DSA ? "2 (DSS1 / DSS2) or 3 (DSS3 / DSS4)" : "2 (DSS version 2 blob)",
                            version < 0 ? "a blob shorter than its header" : Integer.toString(version));
                }
            }
            case DH -> {
                CapiVer3KeyBlob parsed = m.parse(blob, CapiVer3KeyBlob::new, "CryptoAPI Diffie-Hellman version 3 key BLOB");
                if (parsed != null) {
                    checkVer3(parsed, key, m);
                }
            }
            default -> throw new IllegalStateException(family.name());
        }
        return m.list();
    }

    private void checkHeader(CapiBlobHeader h, int version, Set<AlgId> algs, Mismatches m) {
        BlobType type = privateBlob ? BlobType.PRIVATE_KEY : BlobType.PUBLIC_KEY;
        if (h.blobType() != type) {
            m.add("b_type", type.name() + " (" + type.id() + ")", h.blobType().name() + " (" + h.blobType().id() + ")");
        }
        m.header("version", version, h.version());
        if (h.keyAlgorithm() == null || !algs.contains(h.keyAlgorithm())) {
            m.add("ai_key_alg", "one of " + algs, h.keyAlgorithm() == null ? "an ALG_ID of no key pair family"
                    : h.keyAlgorithm().name());
        }
    }

    private void checkRsa(CapiRsaKeyBlob parsed, VectorKey key, Mismatches m) {
        checkHeader(parsed.header(), 2, RSA_ALGS, m);
        CapiRsaKeyBlob.Magic magic = privateBlob ? CapiRsaKeyBlob.Magic.RSA_PRIVATE : CapiRsaKeyBlob.Magic.RSA_PUBLIC;
        if (!m.magic(magic, parsed.magic())) {
            return;
        }
        KeyMaterial k = key.material();
        BigInteger e = k.number("e");
        m.header("bit_length", key.keyBits(), parsed.bitLength());
        if (e.bitLength() > 32) {
            m.add("public_exp", "no blob: the key's e does not fit the 32-bit pubexp", Long.toString(parsed.publicExp()));
        } else if (parsed.publicExp() != e.longValue()) {
            m.add("public_exp", e.toString(), Long.toString(parsed.publicExp()));
        }
        int modulus = key.keyBits() / 8;
        int half = key.keyBits() / 16;
        le(m, "modulus", "n", k.number("n"), parsed.modulus(), modulus);
        if (!privateBlob) {
            m.noTrailingBytes("modulus");
            return;
        }
        BigInteger p = k.number("p");
        BigInteger q = k.number("q");
        le(m, "prime1", "p", p, parsed.prime1(), half);
        le(m, "prime2", "q", q, parsed.prime2(), half);
        le(m, "exponent1", "dp", k.number("dp"), parsed.exponent1(), half);
        le(m, "exponent2", "dq", k.number("dq"), parsed.exponent2(), half);
        le(m, "coefficient", "qinv", k.number("qinv"), parsed.coefficient(), half);
        byte[] d = parsed.privateExponent();
        BigInteger given = new BigInteger(1, reverse(d));
        if (d.length != modulus) {
            m.add("private_exponent", modulus + " bytes", d.length + " bytes");
        } else if (!given.equals(k.number("d")) && !KeyRelations.isRsaPrivateExponent(e, given, p, q)) {
            m.add("private_exponent", "key.d or another private exponent of the key (e d = 1 mod lcm(p-1, q-1))",
                    "a number that is neither");
        }
        m.noTrailingBytes("private_exponent");
    }

    private void checkDssV2(CapiDssKeyBlob parsed, VectorKey key, Mismatches m) {
        checkHeader(parsed.header(), 2, Set.of(AlgId.DSS_SIGN), m);
        CapiDssKeyBlob.Magic magic = privateBlob ? CapiDssKeyBlob.Magic.DSS_PRIVATE : CapiDssKeyBlob.Magic.DSS_PUBLIC;
        if (!m.magic(magic, parsed.magic())) {
            return;
        }
        KeyMaterial k = key.material();
        int cbKey = (key.keyBits() + 7) / 8;
        m.header("bit_length", key.keyBits(), parsed.bitLength());
        if (k.number("q").bitLength() > 160) {
            m.add("q", "no DSS version 2 blob: the key's q has more than 160 bits", "a blob");
            return;
        }
        le(m, "modulus", "p", k.number("p"), parsed.modulus(), cbKey);
        le(m, "q", "q", k.number("q"), parsed.q(), 20);
        le(m, "generator", "g", k.number("g"), parsed.generator(), cbKey);
        if (privateBlob) {
            le(m, "private_exponent", "x", k.number("x"), parsed.privateExponent(), 20);
        } else {
            le(m, "public_value", "y", k.number("y"), parsed.publicValue(), cbKey);
        }
        checkDssSeed(parsed.seed(), k, m);
        m.noTrailingBytes("seed");
    }

    private void checkVer3(CapiVer3KeyBlob parsed, VectorKey key, Mismatches m) {
        boolean dh = family == Family.DH;
        checkHeader(parsed.header(), 3, dh ? DH_ALGS : Set.of(AlgId.DSS_SIGN), m);
        CapiVer3KeyBlob.Magic magic = dh
                ? (privateBlob ? CapiVer3KeyBlob.Magic.DH_PRIVATE_V3 : CapiVer3KeyBlob.Magic.DH_PUBLIC_V3)
                : (privateBlob ? CapiVer3KeyBlob.Magic.DSS_PRIVATE_V3 : CapiVer3KeyBlob.Magic.DSS_PUBLIC_V3);
        if (!m.magic(magic, parsed.magic())) {
            return;
        }
        KeyMaterial k = key.material();
        BigInteger p = k.number("p");
        int cbKey = (key.keyBits() + 7) / 8;
        m.header("bit_length_p", key.keyBits(), parsed.bitLengthP());
        le(m, "modulus", "p", p, parsed.modulus(), cbKey);
        BigInteger q = null;
        if (dh) {
            if (parsed.bitLengthQ() != 0) {
                q = new BigInteger(1, reverse(parsed.q()));
                BigInteger g = k.number("g");
                if (q.signum() == 0 || p.subtract(BigInteger.ONE).mod(q).signum() != 0 || !g.modPow(q, p).equals(BigInteger.ONE)) {
                    m.add("q", "absent (bitlenQ 0) or the order of g, a divisor of p - 1", "another number");
                }
            }
        } else {
            q = k.number("q");
            m.header("bit_length_q", q.bitLength(), parsed.bitLengthQ());
            le(m, "q", "q", q, parsed.q(), Mismatches.minimalLength(q));
            checkDssSeed(parsed.seed(), k, m);
        }
        le(m, "generator", "g", k.number("g"), parsed.generator(), cbKey);
        if (parsed.bitLengthJ() != 0) {
            BigInteger j = new BigInteger(1, reverse(parsed.j()));
            if (q == null || !j.equals(p.subtract(BigInteger.ONE).divide(q))) {
                m.add("j", "absent (bitlenJ 0) or (p - 1) / q", "another number");
            }
        }
        le(m, "public_value", "y", k.number("y"), parsed.publicValue(), cbKey);
        if (privateBlob) {
            BigInteger x = k.number("x");
            long bitsX = parsed.bitLengthX();
            if (bitsX < x.bitLength()) {
                m.add("bit_length_x", "at least " + x.bitLength() + " (the bits of x)", Long.toString(bitsX));
            } else {
                le(m, "private_exponent", "x", x, parsed.privateExponent(), (int) ((bitsX + 7) / 8));
            }
            m.noTrailingBytes("private_exponent");
        } else {
            m.noTrailingBytes("public_value");
        }
    }

    private static void checkDssSeed(CapiDssSeed seed, KeyMaterial k, Mismatches m) {
        long counter = new BigInteger(1, k.component("count")).longValue();
        m.header("seed.counter", counter, seed.counter());
        byte[] expected = k.component("seed");
        if (expected.length != 20) {
            m.add("seed.seed", "a key with a 20-byte seed", "a key with a " + expected.length + "-byte seed");
        } else {
            m.bytes("seed.seed (byte-reversed)", "seed", expected, reverse(seed.seed()));
        }
    }

    /** A little-endian number of exactly {@code length} bytes that must equal {@code expected}. */
    private static void le(Mismatches m, String field, String component, BigInteger expected, byte[] actual, int length) {
        m.number(field, component, expected, reverse(actual), length);
    }

    static byte[] reverse(byte[] in) {
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[in.length - 1 - i];
        }
        return out;
    }

    @Override
    public Optional<KeyMaterial> material(byte[] blob) {
        Mismatches m = new Mismatches();
        Map<String, byte[]> c = new LinkedHashMap<>();
        int version = blob.length > 1 ? blob[1] & 0xff : -1;
        if (family == Family.RSA) {
            CapiRsaKeyBlob r = m.parse(blob, CapiRsaKeyBlob::new, "RSA");
            if (r == null || r.isPrivate() != privateBlob) {
                return Optional.empty();
            }
            put(c, "n", r.modulus());
            c.put("e", KeyRelations.unsigned(BigInteger.valueOf(r.publicExp()).toByteArray()));
            if (r.isPrivate()) {
                put(c, "p", r.prime1());
                put(c, "q", r.prime2());
                put(c, "dp", r.exponent1());
                put(c, "dq", r.exponent2());
                put(c, "qinv", r.coefficient());
                put(c, "d", r.privateExponent());
            }
        } else if (family != Family.DH && version == 2) {
            CapiDssKeyBlob d = m.parse(blob, CapiDssKeyBlob::new, "DSS");
            if (d == null || d.isPrivate() != privateBlob) {
                return Optional.empty();
            }
            put(c, "p", d.modulus());
            put(c, "q", d.q());
            put(c, "g", d.generator());
            if (d.isPrivate()) {
                put(c, "x", d.privateExponent());
            } else {
                put(c, "y", d.publicValue());
            }
            seed(c, d.seed());
        } else if (version == 3 && family != Family.DSA_V2) {
            CapiVer3KeyBlob v = m.parse(blob, CapiVer3KeyBlob::new, "version 3");
            if (v == null || v.isPrivate() != privateBlob || v.isDh() != (family == Family.DH)) {
                return Optional.empty();
            }
            put(c, "p", v.modulus());
            if (v.bitLengthQ() != 0) {
                put(c, "q", v.q());
            }
            put(c, "g", v.generator());
            put(c, "y", v.publicValue());
            if (v.isPrivate()) {
                put(c, "x", v.privateExponent());
            }
            if (!v.isDh()) {
                seed(c, v.seed());
            }
        } else {
            return Optional.empty();
        }
        return Optional.of(new KeyMaterial(c));
    }

    private static void put(Map<String, byte[]> c, String name, byte[] littleEndian) {
        c.put(name, KeyRelations.unsigned(reverse(littleEndian)));
    }

    private static void seed(Map<String, byte[]> c, CapiDssSeed seed) {
        long n = seed.counter();
        c.put("count", new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
        c.put("seed", reverse(seed.seed()));
    }
}
