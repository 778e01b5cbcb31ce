package org.cngkit.kit.report;

/**
 * A file a certificate speaks of: the implementation's jar or class directory, or a native DLL.
 *
 * @param kind    {@code jar}, {@code class directory} or {@code bcrypt.dll}
 * @param path    where it was
 * @param version its file version (a DLL's version resource), or {@code null}
 * @param sha256  the SHA-256 of its bytes (of a class directory: of its files' paths and bytes, in path order)
 */
public record Artifact(String kind, String path, String version, String sha256) {
}
