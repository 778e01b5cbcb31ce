package org.cngkit.kit.tools.inspect;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A blob as a user hands it over: the raw bytes of a file, or the same bytes written as hex or base64 text. The
 * encoding is detected: input of printable text only is read as hex when it is an even number of hex digits
 * (spaces, line breaks, colons and a leading {@code 0x} allowed), otherwise as base64 when it is valid base64;
 * anything else is the blob itself. A binary blob is never mistaken for text: every CNG and CryptoAPI header
 * holds small little-endian numbers, hence zero bytes.
 *
 * @param bytes    the blob
 * @param encoding how the input carried it: {@code binary}, {@code hex} or {@code base64}
 */
public record BlobInput(byte[] bytes, String encoding) {
    private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}|[A-Za-z0-9_-]+={0,2}");

    public BlobInput {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The blob the input carries. */
    public static BlobInput decode(byte[] input) {
        if (!isText(input)) {
            return new BlobInput(input, "binary");
        }
        String text = new String(input, StandardCharsets.US_ASCII).strip();
        String hex = text.replaceFirst("^0[xX]", "").replaceAll("[\\s:]", "");
        if (HEX.matcher(hex).matches()) {
            return new BlobInput(HexFormat.of().parseHex(hex), "hex");
        }
        String base64 = text.replaceAll("\\s", "");
        if (!base64.isEmpty() && BASE64.matcher(base64).matches()) {
            try {
                Base64.Decoder decoder = base64.indexOf('-') >= 0 || base64.indexOf('_') >= 0
                        ? Base64.getUrlDecoder() : Base64.getDecoder();
                return new BlobInput(decoder.decode(base64), "base64");
            } catch (IllegalArgumentException notBase64) {
                // padding in the wrong place: not base64 after all
            }
        }
        return new BlobInput(input, "binary");
    }

    private static boolean isText(byte[] input) {
        if (input.length == 0) {
            return false;
        }
        for (byte b : input) {
            boolean printable = b >= 0x20 && b < 0x7f;
            if (!printable && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }
}
