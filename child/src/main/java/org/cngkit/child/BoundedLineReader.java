package org.cngkit.child;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads {@code \n}-terminated lines of the protocol (a {@code \r} before the end is dropped), never holding more
 * than a bound: a line over it is skipped to its end and returned as {@link #TOO_LONG}, so a peer that writes
 * hundreds of megabytes without a newline costs the reader no more than the bound. Bytes are read as ISO-8859-1,
 * one char per byte, so a caller can show any garbage escaped ({@link LineCodec#abbreviate}).
 *
 * <p>Reads the stream in blocks into a buffer of its own and scans them for the newline: a request carries
 * buffers of up to megabytes in hex, and a read per byte would cost more than the call it carries.
 */
public final class BoundedLineReader {
    /** Returned (compare by identity) for a line longer than the bound. */
    public static final String TOO_LONG = new String("too long");

    private final InputStream in;
    private final int max;
    private final byte[] block = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1 << 12];
    private int length;

    /** {@code in} need not be buffered: this reader reads blocks. */
    public BoundedLineReader(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, {@link #TOO_LONG} for one over the bound, {@code null} at the end of input. */
    public String next() throws IOException {
        length = 0;
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                int n = in.read(block, 0, block.length);
                if (n <= 0) {
                    if (!any) {
                        return null;
                    }
                    break;
                }
                position = 0;
                limit = n;
            }
            any = true;
            int start = position;
            int end = start;
            while (end < limit && block[end] != '\n') {
                end++;
            }
            int take = end - start;
            if (!tooLong) {
                if (take > max - length) {
                    tooLong = true;
                } else {
                    append(start, take);
                }
            }
            if (end < limit) {
                position = end + 1;
                break;
            }
            position = limit;
        }
        if (tooLong) {
            return TOO_LONG;
        }
        int n = length > 0 && line[length - 1] == '\r' ? length - 1 : length;
        return new String(line, 0, n, StandardCharsets.ISO_8859_1);
    }

    private void append(int from, int count) {
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.max(length + count, Math.min(line.length * 2, Math.max(max, 1))));
        }
        System.arraycopy(block, from, line, length, count);
        length += count;
    }
}
