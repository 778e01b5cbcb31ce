package org.cngkit.kit.report;

/**
 * How a verdict names the curve of an ECC key that was put on a named curve: its algorithm is
 * {@code <algorithm>/<ECCCurveName>} ({@code ECDH/brainpoolP256r1}). The summary counts such a verdict under its
 * algorithm in the blob-type matrix and under its curve in the curve table.
 */
public final class SummaryCurve {
    /** Between the algorithm id and the curve name. */
    public static final String SEPARATOR = "/";

    private SummaryCurve() {
    }

    /** The algorithm id of a verdict's algorithm ({@code ECDH} of {@code ECDH/brainpoolP256r1}). */
    static String algorithm(String verdictAlgorithm) {
        int at = verdictAlgorithm.indexOf(SEPARATOR);
        return at < 0 ? verdictAlgorithm : verdictAlgorithm.substring(0, at);
    }

    /** The curve of a verdict's algorithm, or {@code null} when it names none. */
    static String curve(String verdictAlgorithm) {
        int at = verdictAlgorithm.indexOf(SEPARATOR);
        return at < 0 ? null : verdictAlgorithm.substring(at + 1);
    }
}
