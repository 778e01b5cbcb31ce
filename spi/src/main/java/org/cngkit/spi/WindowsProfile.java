package org.cngkit.spi;

/**
 * The Windows release whose {@code BCryptExportKey} behaviour an implementation claims to match.
 * Later profiles include what earlier ones introduced (for example DSA V2 blobs from
 * {@link #WIN8}, ML-KEM and ML-DSA from {@link #WIN11_24H2}).
 */
public enum WindowsProfile {
    VISTA("vista"),
    WIN7("win7"),
    WIN8("win8"),
    WIN10("win10"),
    WIN11_24H2("win11-24h2");

    private final String id;

    WindowsProfile(String id) {
        this.id = id;
    }

    /** The identifier used in tags ({@code @since:win8}) and on the command line. */
    public String id() {
        return id;
    }

    public boolean includes(WindowsProfile earlier) {
        return compareTo(earlier) >= 0;
    }

    public static WindowsProfile fromId(String id) {
        for (WindowsProfile p : values()) {
            if (p.id.equals(id)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown Windows profile '" + id + "'; known: vista, win7, win8, win10, win11-24h2");
    }
}
