package org.cngkit.bench;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading each blob the reference exported: the generated Kaitai parser (ksy-formats) against a plain ByteBuffer
 * parse of the same fields ({@link PlainBlobParser}). The key wrap blob has no layout to parse and is not here.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class ParseBenchmark {
    @Param({"RSA_PUBLIC", "RSA_PRIVATE", "RSA_FULL_PRIVATE", "CAPI_RSA_PRIVATE", "ECC_P256_PRIVATE",
            "MLKEM_768_PRIVATE", "MLDSA_65_PRIVATE", "KEY_DATA_AES_256"})
    public BlobCase blob;

    private BlobLayout layout;
    private byte[] bytes;

    @Setup(Level.Trial)
    public void setUp() {
        layout = blob.layout();
        bytes = blob.prepare().blob();
        requireSameFields(layout, bytes);
    }

    @Benchmark
    public Object kaitai() {
        return layout.kaitai(bytes);
    }

    @Benchmark
    public Object byteBuffer() {
        return layout.plain(bytes);
    }

    /** Both parsers must read the same field bytes out of {@code blob}, or timing them side by side means nothing. */
    static void requireSameFields(BlobLayout layout, byte[] blob) {
        List<byte[]> kaitai = layout.kaitaiFields(blob);
        List<byte[]> plain = layout.plainFields(blob);
        boolean same = kaitai.size() == plain.size();
        for (int i = 0; same && i < kaitai.size(); i++) {
            same = Arrays.equals(kaitai.get(i), plain.get(i));
        }
        if (!same) {
            throw new IllegalStateException(layout + ": the Kaitai and ByteBuffer parsers read different fields");
        }
    }
}
