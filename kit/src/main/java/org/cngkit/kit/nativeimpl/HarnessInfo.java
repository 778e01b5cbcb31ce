package org.cngkit.kit.nativeimpl;

import org.cngkit.child.LineCodec;
import org.cngkit.spi.WindowsProfile;

/**
 * What the harness says about where it runs ({@code INFO}).
 *
 * @param windowsVersion the version the process sees, {@code major.minor.build} (RtlGetVersion)
 * @param wineVersion    Wine's version, or {@code null} on Windows
 * @param bcryptPath     the {@code bcrypt.dll} the harness loaded
 */
public record HarnessInfo(String windowsVersion, String wineVersion, String bcryptPath) {

    static HarnessInfo ask(NativeHarness harness) {
        NativeHarness.Answer a = harness.call(g -> "INFO").expect(4, "INFO");
        return new HarnessInfo(a.token(1), LineCodec.parseString(a.token(2)), LineCodec.parseString(a.token(3)));
    }

    /**
     * {@code wine-8.0} under Wine, {@code windows-10.0.22631} on Windows: the report's name for it (and its
     * directory, so anything but letters, digits, dots and dashes becomes a dash: {@code wine-8.0-Staging}).
     */
    public String implementationName() {
        String name = wineVersion != null ? "wine-" + wineVersion : "windows-" + windowsVersion;
        return name.replaceAll("[^A-Za-z0-9.-]+", "-").replaceAll("-+$", "");
    }

    /**
     * The profile of the Windows version the process sees: 6.0 Vista, 6.1 Windows 7, 6.2 and 6.3 Windows 8,
     * 10.0 Windows 10, 10.0 from build 26100 Windows 11 24H2. Under Wine this is the prefix's setting (Wine 8.0
     * says 6.1 by default), which says little about bcrypt itself: choose with {@code --profile}.
     */
    public WindowsProfile profile() {
        String[] v = windowsVersion.split("\\.");
        int major = Integer.parseInt(v[0]);
        int minor = v.length > 1 ? Integer.parseInt(v[1]) : 0;
        int build = v.length > 2 ? Integer.parseInt(v[2]) : 0;
        if (major >= 10) {
            return build >= 26100 ? WindowsProfile.WIN11_24H2 : WindowsProfile.WIN10;
        }
        if (major == 6 && minor >= 2) {
            return WindowsProfile.WIN8;
        }
        if (major == 6 && minor == 1) {
            return WindowsProfile.WIN7;
        }
        return WindowsProfile.VISTA;
    }
}
