package org.cngkit.formats;

import java.nio.BufferUnderflowException;

import io.kaitai.struct.ByteBufferKaitaiStream;

/**
 * The stream every blob of an implementation is parsed from. Kaitai's own stream allocates the array for a length
 * field before it looks whether that many bytes are there, so a blob declaring 0x7FFFFFF0 bytes of key cost the
 * kit two gigabytes (or its heap) per parse; this one refuses such a read first, with the numbers.
 */
public final class BlobStream extends ByteBufferKaitaiStream {
    private BlobStream(byte[] blob) {
        super(blob);
    }

    public static BlobStream of(byte[] blob) {
        return new BlobStream(blob);
    }

    @Override
    protected byte[] readBytesNotAligned(long n) {
        long remaining = size() - pos();
        if (n > remaining) {
            throw new DeclaredBeyondEnd(n, remaining, pos());
        }
        return super.readBytesNotAligned(n);
    }

    /** A length field declares more bytes than the blob has left after it. */
    public static final class DeclaredBeyondEnd extends BufferUnderflowException {
        private static final long serialVersionUID = 1L;
        private final String message;

        DeclaredBeyondEnd(long declared, long remaining, long at) {
            this.message = "a field at byte " + at + " declares " + Long.toUnsignedString(declared) + " bytes; "
                    + remaining + " remain";
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}
