package org.cngkit.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import java.util.List;

import org.cngkit.kit.driver.LateWrite;
import org.cngkit.kit.spec.ProfileTags;
import org.cngkit.kit.verdict.NotClaimed;
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
        world.release();
        List<LateWrite> late = world.driver.endScenario();
        Violation unattributed = world.pairs.attributeLateWrites(late);
        world.session.recordSubject(scenario.getId(), world.subject());
        world.session.recordPairs(scenario.getId(), world.pairs.verdicts());
        if (unattributed != null) {
            throw unattributed;
        }
    }
}
