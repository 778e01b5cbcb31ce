package org.cngkit.kit.nativeimpl;

/**
 * A harness or child process that ended before its hello line: the exit code and its last line on standard
 * error say why (a Java child exits 2 when the implementation asked for is not there, 4 when it failed to start).
 */
public final class StartRefused extends HarnessProcessLost {
    private static final long serialVersionUID = 1L;
    private final int exitCode;
    private final String lastWords;

    public StartRefused(String message, int exitCode, String lastWords) {
        super(message);
        this.exitCode = exitCode;
        this.lastWords = lastWords;
    }

    public int exitCode() {
        return exitCode;
    }

    /** The process's last line on standard error, non-printable bytes escaped; empty when it said nothing. */
    public String lastWords() {
        return lastWords;
    }
}
