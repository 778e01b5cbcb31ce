package org.cngkit.kit.session;

import java.time.Duration;
import java.util.Optional;

import org.cngkit.spi.WindowsProfile;

/**
 * How a certification run is set up. The CLI builds one from its options; a JUnit suite reads the same
 * settings from system properties ({@code cngkit.impl}, {@code cngkit.profile}, {@code cngkit.timeout.ms},
 * {@code cngkit.reveal-secrets}).
 *
 * @param implementation the implementation's name, or {@code null} to pick the only non-reference one
 * @param profile        the Windows profile to certify against instead of the one the implementation claims
 * @param callTimeout    how long one call into the implementation may take
 * @param revealSecrets  print key material in reports (off unless the user asks)
 * @param budget         when the run stops early ({@code cngkit.deadline.s}, {@code cngkit.max-timeouts})
 */
public record Settings(String implementation, Optional<WindowsProfile> profile, Duration callTimeout, boolean revealSecrets,
                       RunBudget budget) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** Settings with the default {@link RunBudget}. */
    public Settings(String implementation, Optional<WindowsProfile> profile, Duration callTimeout, boolean revealSecrets) {
        this(implementation, profile, callTimeout, revealSecrets, RunBudget.defaults());
    }

    public static Settings defaults() {
        return new Settings(null, Optional.empty(), DEFAULT_TIMEOUT, false);
    }

    public static Settings fromSystemProperties() {
        String impl = System.getProperty("cngkit.impl");
        Optional<WindowsProfile> profile = Optional.ofNullable(System.getProperty("cngkit.profile")).map(WindowsProfile::fromId);
        Duration timeout = Optional.ofNullable(System.getProperty("cngkit.timeout.ms"))
                .map(ms -> Duration.ofMillis(Long.parseLong(ms))).orElse(DEFAULT_TIMEOUT);
        boolean reveal = Boolean.getBoolean("cngkit.reveal-secrets");
        Duration deadline = Optional.ofNullable(System.getProperty("cngkit.deadline.s"))
                .map(sec -> Duration.ofSeconds(Long.parseLong(sec))).orElse(RunBudget.DEFAULT_WHOLE_RUN);
        int maxTimeouts = Integer.getInteger("cngkit.max-timeouts", RunBudget.DEFAULT_MAX_CONSECUTIVE_TIMEOUTS);
        return new Settings(impl, profile, timeout, reveal, new RunBudget(deadline, maxTimeouts));
    }
}
