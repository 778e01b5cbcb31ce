package org.cngkit.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.List;

import org.cngkit.kit.driver.LateWrite;
import org.cngkit.kit.nativeimpl.HarnessProcessLost;
import org.cngkit.kit.nativeimpl.NativeProvider;
import org.cngkit.kit.spec.ProfileTags;
import org.cngkit.kit.verdict.NotClaimed;
import org.cngkit.kit.verdict.Outcome;
import org.cngkit.kit.verdict.Violation;

/**
 * Per-scenario bookkeeping: the Windows profile gate before it, what the scenario examined (for the report) and
 * releasing its objects after it.
 */
public final class Hooks {
    private final ScenarioWorld world;

    public Hooks(ScenarioWorld world) {
        this.world = world;
    }

    /** After the run's stop (deadline, or too many TIMEOUTs in a row; see RunBudget) every scenario is NOT_RUN. */
    @Before(order = -1)
    public void runBudget() {
        world.session.stopReason().ifPresent(reason -> {
            throw new Violation(Outcome.NOT_RUN, reason, "the scenario run", "not run");
        });
    }

    /**
     * An implementation in another process whose last process crashed or hung gets a fresh one before the scenario,
     * outside the time limit of its first call.
     */
    @Before(order = 1)
    public void freshProcess() {
        if (world.driver.provider() instanceof NativeProvider remote) {
            try {
                remote.ready();
            } catch (HarnessProcessLost e) {
                throw new Violation(Outcome.CRASHED, "a fresh process for the implementation did not start",
                        "a process that answers", e.getMessage(), e);
            }
        }
    }

    /** A scenario tagged for other Windows releases than this run's is NOT_CLAIMED, with the reason (see {@link ProfileTags}). */
    @Before(order = 0)
    public void profileGate(Scenario scenario) {
        world.scenarioTags(scenario.getSourceTagNames());
        ProfileTags.of(scenario.getSourceTagNames())
                .exclusion(world.session.claims().profile(), world.session.declaredProfile())
                .ifPresent(reason -> {
                    throw new NotClaimed(reason);
                });
    }

    @Before(order = 1)
    public void watchBuffers() {
        world.driver.beginScenario();
    }

    /**
     * Releases what the scenario opened, then checks every buffer of the scenario once more: a write after its call
     * returned fails the pair whose blob type it belongs to, or else the scenario (verdict OVERRUN).
     */
    @After
    public void recordAndRelease(Scenario scenario) {
        try {
            world.release();
            List<LateWrite> late = world.driver.endScenario();
            Violation unattributed = world.pairs.attributeLateWrites(late);
            world.session.recordSubject(scenario.getId(), world.subject());
            world.session.recordPairs(scenario.getId(), world.pairs.verdicts());
            if (unattributed != null) {
                throw unattributed;
            }
        } finally {
            world.session.release(world.driver);
        }
    }
}
