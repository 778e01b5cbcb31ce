package org.cngkit.vectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The DH layout checks: sizes, padding of a short x, magics. */
class DhKeyBlobCheckerTest {
    private static final TestGroup MODP2048 = VectorGroups.group("dh_blob_test.json", 4);

    private static byte[] expected(String blobType) {
        return VectorGroups.expected(MODP2048, blobType);
    }

    private static List<String> fields(String blobType, byte[] blob) {
        return VectorGroups.fields(blobType, MODP2048.vectorKey(), blob);
    }

    @Test
    void theBlobsHaveTheDigestsSizesAndAPaddedX() {
        byte[] priv = expected("BCRYPT_DH_PRIVATE_BLOB");
        assertEquals("44485056" + "00010000", HexFormat.of().formatHex(priv, 0, 8));
        assertEquals(8 + 4 * 256, priv.length);
        assertEquals(8 + 3 * 256, expected("BCRYPT_DH_PUBLIC_BLOB").length);
        byte[] xField = Arrays.copyOfRange(priv, 8 + 3 * 256, priv.length);
        assertEquals(0, xField[0]);
        assertEquals(List.of(), fields("BCRYPT_PRIVATE_KEY_BLOB", priv));
    }

    @Test
    void anUnpaddedXOrAWrongMagicIsReported() {
        byte[] priv = expected("BCRYPT_DH_PRIVATE_BLOB");
        assertEquals(List.of("structure"), fields("BCRYPT_DH_PRIVATE_BLOB", Arrays.copyOf(priv, priv.length - 200)));
        assertEquals(List.of("magic"), fields("BCRYPT_DH_PUBLIC_BLOB", priv));
        assertEquals(List.of("magic"), fields("BCRYPT_PUBLIC_KEY_BLOB", priv));
        byte[] otherY = priv.clone();
        otherY[8 + 3 * 256 - 1] ^= 1;
        assertEquals(List.of("public_value"), fields("BCRYPT_DH_PRIVATE_BLOB", otherY));
    }
}
