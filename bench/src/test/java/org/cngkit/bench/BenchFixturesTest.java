package org.cngkit.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the benchmarks rely on, checked once in the build so they cannot rot unseen: each case's setup (the reference's
 * blob has the layout's size and the floor writes the same bytes), both parsers read the same fields, each Bouncy
 * Castle encoding is the structure it claims, and the ratio table reads JMH's CSV.
 */
class BenchFixturesTest {

    @ParameterizedTest
    @EnumSource(BlobCase.class)
    void theFloorWritesTheReferencesBlobAndBothParsersReadTheSameFields(BlobCase blob) {
        BlobCase.Sample sample = blob.prepare();
        assertEquals(blob.expectedSize(), sample.blob().length);
        if (blob.layout() != null) {
            ParseBenchmark.requireSameFields(blob.layout(), sample.blob());
            assertTrue(blob.layout().kaitaiFields(sample.blob()).size() >= 1);
        }
    }

    /** RFC 8017 rsaEncryption, RFC 5480 id-ecPublicKey, FIPS 203 / 204 OIDs of ML-KEM-768 and ML-DSA-65 (NIST CSOR). */
    @ParameterizedTest
    @EnumSource(DerEncoding.class)
    void eachBouncyCastleEncodingIsTheStructureItNames(DerEncoding encoding) {
        byte[] der = encoding.prepare().get();
        String algorithm = encoding == DerEncoding.RSA_SPKI
                ? SubjectPublicKeyInfo.getInstance(der).getAlgorithm().getAlgorithm().getId()
                : PrivateKeyInfo.getInstance(der).getPrivateKeyAlgorithm().getAlgorithm().getId();
        Map<DerEncoding, String> expected = Map.of(DerEncoding.RSA_SPKI, "1.2.840.113549.1.1.1",
                DerEncoding.RSA_PKCS8, "1.2.840.113549.1.1.1", DerEncoding.EC_P256_PKCS8, "1.2.840.10045.2.1",
                DerEncoding.MLKEM_768_PKCS8, "2.16.840.1.101.3.4.4.2", DerEncoding.MLDSA_65_PKCS8,
                "2.16.840.1.101.3.4.3.18");
        assertEquals(expected.get(encoding), algorithm);
    }

    @Test
    void theRatioTableDividesTheScoresOfOneBlobType(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("jmh.csv");
        Files.writeString(csv, String.join("\n",
                "\"Benchmark\",\"Mode\",\"Threads\",\"Samples\",\"Score\",\"Score Error (99.9%)\",\"Unit\",\"Param: blob\",\"Param: encoding\"",
                "\"org.cngkit.bench.ExportBenchmark.reference\",\"avgt\",1,5,300.0,10.0,\"ns/op\",RSA_FULL_PRIVATE,",
                "\"org.cngkit.bench.ExportBenchmark.floor\",\"avgt\",1,5,200.0,5.0,\"ns/op\",RSA_FULL_PRIVATE,",
                "\"org.cngkit.bench.DerBenchmark.bouncyCastle\",\"avgt\",1,5,1200.0,50.0,\"ns/op\",,RSA_PKCS8",
                "\"org.cngkit.bench.ParseBenchmark.kaitai\",\"avgt\",1,5,90.0,1.0,\"ns/op\",RSA_FULL_PRIVATE,",
                "\"org.cngkit.bench.ParseBenchmark.byteBuffer\",\"avgt\",1,5,30.0,1.0,\"ns/op\",RSA_FULL_PRIVATE,", ""),
                StandardCharsets.UTF_8);
        String table = new RatioTable(RatioTable.read(csv)).markdown();
        String row = table.lines().filter(line -> line.contains("(RSA_FULL_PRIVATE)")).findFirst().orElseThrow();
        assertEquals("| RSAFULLPRIVATEBLOB (RSA_FULL_PRIVATE) | 1179 | 300 | 200 | 1.50x | RSA_PKCS8 | 1,200 | 0.25x "
                + "| 90.0 | 30.0 | 3.00x |", row);
        assertTrue(table.contains("| KeyDataBlob (KEY_DATA_AES_256) | 44 | - | - | - | - | - | - | - | - | - |"), table);
    }
}
