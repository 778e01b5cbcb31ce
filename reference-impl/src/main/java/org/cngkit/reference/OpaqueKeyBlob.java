package org.cngkit.reference;

import java.nio.charset.StandardCharsets;

import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.Arrays;
import org.bouncycastle.util.Pack;
import org.cngkit.spi.NtStatus;

/**
 * {@code BCRYPT_OPAQUE_KEY_BLOB} ({@code "OpaqueKeyBlob"}) as this provider writes it. The page
 * leaves the content to each provider; only this implementation reads it back.
 *
 * <h2>Format, version 1 (all integers little-endian)</h2>
 * <pre>
 * offset        size          field
 *      0        4             magic: bytes 52 4F 50 51 ("ROPQ", reference opaque), u32 0x51504F52
 *      4        u32           format version: 1
 *      8        u32           cbAlgorithmId: byte length of the algorithm id (a)
 *     12        u32           cbKey: byte length of the key (k)
 *     16        a bytes       algorithm id, UTF-16LE without terminating NUL ("AES" = 41 00 45 00 53 00)
 *     16+a      k bytes       the secret, exactly as generated or imported
 *     16+a+k    32 bytes      tag: HMAC-SHA256 over bytes [0, 16+a+k) under {@link #INTEGRITY_KEY}
 * </pre>
 * An AES-128 blob is 16 + 6 + 16 + 32 = 70 bytes.
 *
 * <h2>What the tag is for</h2>
 * The HMAC key is a fixed constant of this provider (SHA-256 of a label), the same in every process
 * and every instance, so a blob moves between processes as the page intends. The tag detects a
 * damaged, truncated or foreign blob (another provider's opaque format); it is <em>not</em>
 * confidentiality or authenticity: the secret is in clear and the constant is public. A blob is
 * also refused when it names another algorithm than the one importing it. The page says opaque
 * blobs need not survive a provider version change; a new format version would be refused here.
 */
final class OpaqueKeyBlob {
    static final int MAGIC = 0x51504F52;
    static final int FORMAT_VERSION_1 = 1;
    static final int HEADER_LENGTH = 16;
    static final int TAG_LENGTH = 32;

    /** SHA-256("org.cngkit.reference OpaqueKeyBlob v1 integrity"), fixed so blobs outlive the process. */
    private static final byte[] INTEGRITY_KEY = sha256("org.cngkit.reference OpaqueKeyBlob v1 integrity");

    private OpaqueKeyBlob() {
    }

    static byte[] write(String algorithmId, byte[] key) {
        byte[] id = algorithmId.getBytes(StandardCharsets.UTF_16LE);
        int bodyLength = HEADER_LENGTH + id.length + key.length;
        byte[] blob = new byte[bodyLength + TAG_LENGTH];
        Pack.intToLittleEndian(MAGIC, blob, 0);
        Pack.intToLittleEndian(FORMAT_VERSION_1, blob, 4);
        Pack.intToLittleEndian(id.length, blob, 8);
        Pack.intToLittleEndian(key.length, blob, 12);
        System.arraycopy(id, 0, blob, HEADER_LENGTH, id.length);
        System.arraycopy(key, 0, blob, HEADER_LENGTH + id.length, key.length);
        byte[] tag = tag(blob, bodyLength);
        System.arraycopy(tag, 0, blob, bodyLength, TAG_LENGTH);
        return blob;
    }

    /**
     * The key bytes of an intact blob written for {@code expectedAlgorithmId}. Anything else (wrong
     * magic or version, inconsistent lengths, a tag that does not match, another algorithm) is
     * refused with STATUS_INVALID_PARAMETER.
     */
    static Outcome<byte[]> read(byte[] blob, String expectedAlgorithmId) {
        if (blob.length < HEADER_LENGTH + TAG_LENGTH
                || Pack.littleEndianToInt(blob, 0) != MAGIC
                || Pack.littleEndianToInt(blob, 4) != FORMAT_VERSION_1) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        long idLength = Integer.toUnsignedLong(Pack.littleEndianToInt(blob, 8));
        long keyLength = Integer.toUnsignedLong(Pack.littleEndianToInt(blob, 12));
        if (HEADER_LENGTH + idLength + keyLength + TAG_LENGTH != blob.length) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        int bodyLength = blob.length - TAG_LENGTH;
        byte[] expectedTag = tag(blob, bodyLength);
        byte[] actualTag = Arrays.copyOfRange(blob, bodyLength, blob.length);
        if (!Arrays.constantTimeAreEqual(expectedTag, actualTag)) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        byte[] expectedId = expectedAlgorithmId.getBytes(StandardCharsets.UTF_16LE);
        byte[] id = Arrays.copyOfRange(blob, HEADER_LENGTH, HEADER_LENGTH + (int) idLength);
        if (!Arrays.areEqual(expectedId, id)) {
            return Outcome.refused(NtStatus.INVALID_PARAMETER);
        }
        int keyOffset = HEADER_LENGTH + (int) idLength;
        return Outcome.of(Arrays.copyOfRange(blob, keyOffset, keyOffset + (int) keyLength));
    }

    private static byte[] tag(byte[] blob, int length) {
        HMac mac = new HMac(SHA256Digest.newInstance());
        mac.init(new KeyParameter(INTEGRITY_KEY));
        mac.update(blob, 0, length);
        byte[] tag = new byte[mac.getMacSize()];
        mac.doFinal(tag, 0);
        return tag;
    }

    private static byte[] sha256(String label) {
        Digest digest = SHA256Digest.newInstance();
        byte[] input = label.getBytes(StandardCharsets.US_ASCII);
        digest.update(input, 0, input.length);
        byte[] out = new byte[digest.getDigestSize()];
        digest.doFinal(out, 0);
        return out;
    }
}
