package org.cngkit.child;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads {@code \n}-terminated lines of the protocol (a {@code \r} before the end is dropped), never holding more
 * than a bound: a line over it is skipped to its end and returned as {@link #TOO_LONG}, so a peer that writes
 * hundreds of megabytes without a newline costs the reader no more than the bound. Bytes are read as ISO-8859-1,
 * one char per byte, so a caller can show any garbage escaped ({@link LineCodec#abbreviate}).
 */
public final class BoundedLineReader {
    /** Returned (compare by identity) for a line longer than the bound. */
    public static final String TOO_LONG = new String("too long");

    private final InputStream in;
    private final int max;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(1 << 12);

    /** {@code in} should be buffered; reads are byte by byte. */
    public BoundedLineReader(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line, {@link #TOO_LONG} for one over the bound, {@code null} at the end of input. */
    public String next() throws IOException {
        line.reset();
        boolean tooLong = false;
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            if (line.size() < max) {
                line.write(c);
            } else {
                tooLong = true;
            }
        }
        if (c == -1 && line.size() == 0 && !tooLong) {
            return null;
        }
        if (tooLong) {
            return TOO_LONG;
        }
        String s = line.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
}
