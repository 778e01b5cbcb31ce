package org.cngkit.vectors.gen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A NIST CAVP key-wrap response file ({@code KW_AE_*.txt}, {@code KW_AD_*.txt} of kwtestvectors.zip) in its
 * original text form: {@code #} comment lines, {@code [PLAINTEXT LENGTH = n]} section headers, and records of
 * {@code COUNT}, {@code K} (the KEK), {@code P} (key data) and {@code C} (wrapped), where a decrypt record the
 * unwrap must refuse has the line {@code FAIL} instead of {@code P}.
 */
final class CavpKeyWrapFile {
    private static final Pattern SECTION = Pattern.compile("\\[PLAINTEXT LENGTH = (\\d+)]");
    private static final Pattern FIELD = Pattern.compile("(COUNT|K|P|C) = ([0-9A-Fa-f]*)");

    /**
     * One record.
     *
     * @param plaintextBits the section's plaintext length
     * @param count         COUNT
     * @param kek           K
     * @param keyData       P, or {@code null} in a FAIL record
     * @param wrapped       C
     */
    record Record(int plaintextBits, int count, byte[] kek, byte[] keyData, byte[] wrapped) {
        boolean fail() {
            return keyData == null;
        }

        /** Where the record sits in its file, for a vector's {@code source.ref}. */
        String locator(String fileName) {
            return fileName + " [PLAINTEXT LENGTH = " + plaintextBits + "] COUNT = " + count;
        }
    }

    private CavpKeyWrapFile() {
    }

    static List<Record> read(Path file) {
        try {
            return parse(Files.readAllLines(file), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read generator input " + file, e);
        }
    }

    static List<Record> parse(List<String> lines, String origin) {
        List<Record> records = new ArrayList<>();
        int section = -1;
        Integer count = null;
        byte[] kek = null;
        byte[] keyData = null;
        byte[] wrapped = null;
        boolean fail = false;
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.strip();
            Matcher header = SECTION.matcher(line);
            Matcher field = FIELD.matcher(line);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            } else if (header.matches()) {
                section = Integer.parseInt(header.group(1));
            } else if (line.equals("FAIL")) {
                fail = true;
            } else if (field.matches()) {
                switch (field.group(1)) {
                    case "COUNT" -> count = Integer.parseInt(field.group(2));
                    case "K" -> kek = HexFormat.of().parseHex(field.group(2));
                    case "P" -> keyData = HexFormat.of().parseHex(field.group(2));
                    default -> wrapped = HexFormat.of().parseHex(field.group(2));
                }
            } else {
                throw new IllegalStateException(origin + ":" + n + ": not a CAVP key-wrap line: " + line);
            }
            if (count != null && kek != null && wrapped != null && (keyData != null || fail)) {
                if (section < 0) {
                    throw new IllegalStateException(origin + ":" + n + ": record before any [PLAINTEXT LENGTH] section");
                }
                records.add(new Record(section, count, kek, fail ? null : keyData, wrapped));
                count = null;
                kek = null;
                keyData = null;
                wrapped = null;
                fail = false;
            }
        }
        if (count != null || kek != null || wrapped != null) {
            throw new IllegalStateException(origin + ": the last record is incomplete");
        }
        return records;
    }
}
