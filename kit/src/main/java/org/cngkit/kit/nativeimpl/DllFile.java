package org.cngkit.kit.nativeimpl;

import org.cngkit.child.LineCodec;

/**
 * The {@code bcrypt.dll} a native harness runs on, as the harness reads it ({@code FILEINFO}): its path, its file
 * version, its size and the SHA-256 of its bytes, so a report names the exact binary it certified.
 *
 * @param path    the DLL's path as the harness's process sees it
 * @param version the file version {@code a.b.c.d} from its version resource, or {@code null} when it has none
 * @param size    its size in bytes
 * @param sha256  the SHA-256 of its bytes, lowercase hex
 */
public record DllFile(String path, String version, long size, String sha256) {

    /** Asks the harness; {@code null} when it is older than the {@code FILEINFO} request. */
    public static DllFile ask(NativeHarness harness) {
        NativeHarness.Answer a;
        try {
            a = harness.call(g -> "FILEINFO").expect(5, "FILEINFO");
        } catch (HarnessProtocolError e) {
            return null;
        }
        String sha = a.token(4);
        if (!sha.matches("[0-9a-f]{64}")) {
            throw new HarnessProtocolError("FILEINFO gave no SHA-256: " + sha);
        }
        return new DllFile(LineCodec.parseString(a.token(1)), "-".equals(a.token(2)) ? null : a.token(2),
                Long.parseLong(a.token(3)), sha);
    }
}
