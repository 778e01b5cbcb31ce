package org.cngkit.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.java.Scenario;
import org.cngkit.kit.spec.ProfileTags;
import org.cngkit.kit.verdict.NotClaimed;

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

    @After
    public void recordAndRelease(Scenario scenario) {
        world.session.recordSubject(scenario.getId(), world.subject());
        world.release();
    }
}
