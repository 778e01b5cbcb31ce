package org.cngkit.kit.steps;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;

/** Per-scenario bookkeeping: what the scenario examined (for the report) and releasing its objects. */
public final class Hooks {
    private final ScenarioWorld world;

    public Hooks(ScenarioWorld world) {
        this.world = world;
    }

    @After
    public void recordAndRelease(Scenario scenario) {
        world.session.recordSubject(scenario.getId(), world.subject());
        world.release();
    }
}
