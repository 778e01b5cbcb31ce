package org.cngkit.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;
import org.cngkit.spi.Handle;
import org.cngkit.spi.HandleOut;
import org.cngkit.spi.NtStatus;
import org.cngkit.spi.ULongOut;
import org.cngkit.spi.WindowsProfile;
import org.junit.jupiter.api.Test;

/** The child server's side of the protocol, on a small implementation written for the test. */
class CallServerTest {
    /** Opens anything, exports "ab" into pbOutput, scribbles on pbInput, throws on DESTROY. */
    static final class Tiny implements CngProvider {
        byte[] lastOutput;

        @Override
        public String name() {
            return "tiny";
        }

        @Override
        public Claims claims() {
            return Claims.builder(WindowsProfile.WIN10).algorithm("AES").keyBits(128).exports("KeyDataBlob").add().build();
        }

        @Override
        public NtStatus openAlgorithmProvider(HandleOut ph, String alg, String impl, int flags) {
            ph.set(Handle.of(77));
            return NtStatus.SUCCESS;
        }

        @Override
        public NtStatus setProperty(Handle h, String p, byte[] in, int cb, int flags) {
            in[0] = 9;
            return NtStatus.SUCCESS;
        }

        @Override
        public NtStatus generateSymmetricKey(Handle a, HandleOut ph, byte[] o, int co, byte[] s, int cs, int f) {
            return NtStatus.NOT_SUPPORTED;
        }

        @Override
        public NtStatus generateKeyPair(Handle a, HandleOut ph, int len, int f) {
            return NtStatus.NOT_SUPPORTED;
        }

        @Override
        public NtStatus finalizeKeyPair(Handle k, int f) {
            return NtStatus.NOT_SUPPORTED;
        }

        @Override
        public NtStatus importKey(Handle a, Handle i, String t, HandleOut ph, byte[] o, int co, byte[] in, int ci, int f) {
            return NtStatus.NOT_SUPPORTED;
        }

        @Override
        public NtStatus importKeyPair(Handle a, Handle i, String t, HandleOut ph, byte[] in, int ci, int f) {
            return NtStatus.NOT_SUPPORTED;
        }

        @Override
        public NtStatus exportKey(Handle k, Handle e, String t, byte[] out, int cb, ULongOut pcb, int f) {
            out[0] = 'a';
            out[1] = 'b';
            pcb.set(2);
            lastOutput = out;
            return NtStatus.SUCCESS;
        }

        @Override
        public NtStatus destroyKey(Handle k) {
            throw new IllegalStateException("no");
        }

        @Override
        public NtStatus closeAlgorithmProvider(Handle a, int f) {
            return NtStatus.SUCCESS;
        }
    }

    @Test
    void everyLineGetsOneAnswer() {
        Tiny tiny = new Tiny();
        CallServer s = new CallServer(tiny);
        assertEquals("ERR empty request", s.answer(""));
        assertTrue(s.answer("NOPE 1").startsWith("ERR unknown request"));
        assertEquals("ERR OPEN takes 4 argument(s), got 1", s.answer("OPEN PTR"));
        assertEquals("OK 00000000 1", s.answer("OPEN PTR 'AES NULL 0"));
        assertTrue(s.answer("DESTROY 5").startsWith("ERR the server issued no handle 5"));
        assertEquals("OK 00000000 0:09", s.answer("SETPROP 1 'x x0102 2 0"), "changes of the input buffer");
        assertEquals("OK 00000000 2 0:6162", s.answer("EXPORT 1 0 'KeyDataBlob x0000 2 7 0"));
        tiny.lastOutput[2] = 1;
        assertEquals("OK 1 2:01", s.answer("LATE"), "a write into the guard after the answer");
        assertEquals("OK 0", s.answer("LATE"));
        assertEquals("THREW 'java.lang.IllegalStateException 'no", s.answer("DESTROY 1"));
        assertEquals("OK win10 1 'AES 1 128 0 1 'KeyDataBlob 0", s.answer("CLAIMS"));
    }

    @Test
    void claimsTravelBothWays() {
        Claims c = Claims.builder(WindowsProfile.WIN11_24H2)
                .algorithm("ML-KEM").parameterSets("512", "768").exports("MLKEMPUBLICBLOB").imports("MLKEMPUBLICBLOB").add()
                .algorithm("odd name,with|marks").keyBits(8, 16).add().build();
        String encoded = ClaimsCodec.encode(c);
        Claims back = ClaimsCodec.decode(("OK " + encoded).split(" "), 1);
        assertEquals(encoded, ClaimsCodec.encode(back));
        assertTrue(back.claimsParameterSet("ML-KEM", "768") && back.claimsKeySize("odd name,with|marks", 16));
    }

    @Test
    void anOverlongLineIsSkippedToItsEnd() throws IOException {
        BoundedLineReader r = new BoundedLineReader(new ByteArrayInputStream(
                "0123456789\nok\r\n\nlast".getBytes(StandardCharsets.US_ASCII)), 5);
        assertTrue(r.next() == BoundedLineReader.TOO_LONG);
        assertEquals("ok", r.next());
        assertEquals("", r.next());
        assertEquals("last", r.next());
        assertEquals(null, r.next());
    }
}
