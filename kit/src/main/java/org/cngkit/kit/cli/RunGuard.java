package org.cngkit.kit.cli;

import java.io.PrintStream;

/**
 * Makes every way out of the JVM during a run other than the run's own end exit non-zero: a shutdown hook that, if
 * the run has not finished, says so and halts with {@link CertifyCommand#NOT_CERTIFIED}. An implementation running
 * in-process that calls {@code System.exit(0)}, or a signal, then cannot look like a certificate; the report left
 * behind is marked INCOMPLETE (see {@code RunJournal}).
 */
final class RunGuard {
    private final Thread hook;
    private volatile boolean finished;

    private RunGuard(PrintStream stderr) {
        this.hook = new Thread(() -> {
            if (!finished) {
                stderr.println("certify: the JVM is exiting before the run finished; its report is incomplete");
                stderr.flush();
                Runtime.getRuntime().halt(CertifyCommand.NOT_CERTIFIED);
            }
        }, "cngkit-run-guard");
    }

    static RunGuard arm(PrintStream stderr) {
        RunGuard g = new RunGuard(stderr);
        Runtime.getRuntime().addShutdownHook(g.hook);
        return g;
    }

    /** The run ended normally with {@code exitCode}: the hook stands down. Returns {@code exitCode}. */
    int done(int exitCode) {
        if (!finished) {
            finished = true;
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is shutting down already
            }
        }
        return exitCode;
    }
}
