package org.example.acme;

import static io.cucumber.junit.platform.engine.Constants.GLUE_PROPERTY_NAME;
import static io.cucumber.junit.platform.engine.Constants.PLUGIN_PROPERTY_NAME;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeEngines;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The whole of an adopter's wiring: run cngkit's features with cngkit's steps. cngkit certifies the only
 * implementation on the classpath that is not its own reference, here {@link AcmeKeyStore}.
 */
@Suite
@IncludeEngines("cucumber")
@SelectPackages("features")
@ConfigurationParameter(key = GLUE_PROPERTY_NAME, value = "org.cngkit.kit.steps")
@ConfigurationParameter(key = PLUGIN_PROPERTY_NAME, value = "org.cngkit.kit.report.VerdictPlugin:target/cngkit-report")
class AcmeCertificationTest {
}
