package org.cngkit.kit.cli;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/** Shows "scenarios done / total" on one terminal line while a run goes on. */
final class Progress implements TestExecutionListener {
    private final long total;
    private final PrintStream out;
    private final AtomicLong done = new AtomicLong();

    Progress(long total, PrintStream out) {
        this.total = total;
        this.out = out;
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (out != null && id.isTest()) {
            long n = done.incrementAndGet();
            out.printf("\r  scenarios %d / %d", n, total);
            if (n == total) {
                out.println();
            }
            out.flush();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            executionFinished(id, null);
        }
    }
}
