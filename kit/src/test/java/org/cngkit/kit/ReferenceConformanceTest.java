package org.cngkit.kit;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The whole suite against the implementation named by the system property {@code cngkit.impl} (the build sets
 * it to the bundled reference). This is the same wiring an adopter writes; see README.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.cngkit.kit.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "org.cngkit.kit.report.VerdictPlugin:target/cngkit-report")
class ReferenceConformanceTest {
}
