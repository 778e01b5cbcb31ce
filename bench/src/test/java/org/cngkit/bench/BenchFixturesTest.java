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
    void theRatioTableDividesTheFiguresOfOneBlobType(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("jmh.json");
        Files.writeString(json, "[" + String.join(",",
                run("ExportBenchmark.reference", "blob", "RSA_FULL_PRIVATE", 300, "[310.0, 290.0], [300.0]"),
                run("ExportBenchmark.floor", "blob", "RSA_FULL_PRIVATE", 200, "[200.0, 145.0]"),
                run("DerBenchmark.bouncyCastle", "encoding", "RSA_PKCS8", 1200, "[1200.0, 1160.0]"),
                run("ParseBenchmark.kaitai", "blob", "RSA_FULL_PRIVATE", 90, "[90.0, 87.0]"),
                run("ParseBenchmark.byteBuffer", "blob", "RSA_FULL_PRIVATE", 30, "[30.0, 29.0]")) + "]",
                StandardCharsets.UTF_8);
        String[] tables = new RatioTable(RatioTable.read(json)).markdown().split("JMH score");
        assertEquals("| RSAFULLPRIVATEBLOB (RSA_FULL_PRIVATE) | 1179 | 290 | 145 | 2.00x | RSA_PKCS8 | 1,160 | 0.25x "
                + "| 87.0 | 29.0 | 3.00x |", row(tables[0], "(RSA_FULL_PRIVATE)"));
        assertEquals("| RSAFULLPRIVATEBLOB (RSA_FULL_PRIVATE) | 1179 | 300 | 200 | 1.50x | RSA_PKCS8 | 1,200 | 0.25x "
                + "| 90.0 | 30.0 | 3.00x |", row(tables[1], "(RSA_FULL_PRIVATE)"));
        assertEquals("| KeyDataBlob (KEY_DATA_AES_256) | 44 | - | - | - | - | - | - | - | - | - |",
                row(tables[0], "(KEY_DATA_AES_256)"));
    }

    /** One benchmark as JMH 1.37 writes it in its JSON result (the fields RatioTable reads). */
    private static String run(String benchmark, String param, String value, double score, String rawData) {
        return "{\"benchmark\": \"org.cngkit.bench." + benchmark + "\", \"mode\": \"avgt\", \"params\": {\"" + param
                + "\": \"" + value + "\"}, \"primaryMetric\": {\"score\": " + score + ", \"scoreError\": 1.5, "
                + "\"scoreUnit\": \"ns/op\", \"rawData\": [" + rawData + "]}}";
    }

    private static String row(String table, String blob) {
        return table.lines().filter(line -> line.contains(blob)).findFirst().orElseThrow();
    }
}
