package org.cngkit.child;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.cngkit.spi.CngProvider;

/**
 * Which implementation on the child's classpath to serve: the one named, else the only one that is not the bundled
 * reference, else the reference (the rule of {@code certify --impl}). Implementations are created one at a time,
 * and a named one stops the search, so an unrelated implementation whose constructor fails only matters when the
 * choice needs it.
 */
public final class ProviderChoice {
    /** The name of the bundled Bouncy Castle implementation. */
    public static final String REFERENCE = "reference";

    /** Why no implementation can be served; {@link #usage()} tells a caller's mistake from the implementation's. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final boolean usage;

        Refused(boolean usage, String message) {
            super(message);
            this.usage = usage;
        }

        /** True when the caller chose badly (unknown or ambiguous name); false when an implementation failed. */
        public boolean usage() {
            return usage;
        }
    }

    private ProviderChoice() {
    }

    public static CngProvider select(String name, ClassLoader loader) {
        List<CngProvider> all = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        Iterator<CngProvider> it = ServiceLoader.load(CngProvider.class, loader).iterator();
        while (true) {
            CngProvider p;
            try {
                if (!it.hasNext()) {
                    break;
                }
                p = it.next();
            } catch (ServiceConfigurationError e) {
                failures.add(describe(e));
                continue;
            }
            String its;
            try {
                its = p.name();
            } catch (RuntimeException e) {
                failures.add(p.getClass().getName() + ".name() threw " + e);
                continue;
            }
            if (name != null && name.equals(its)) {
                return p;
            }
            all.add(p);
        }
        if (!failures.isEmpty()) {
            throw new Refused(false, String.join("; ", failures));
        }
        if (name != null) {
            throw new Refused(true, "no implementation named '" + name + "' on the classpath; found: " + namesOf(all));
        }
        List<CngProvider> others = all.stream().filter(p -> !REFERENCE.equals(p.name())).toList();
        if (others.size() == 1) {
            return others.get(0);
        }
        if (others.size() > 1) {
            throw new Refused(true, "several implementations on the classpath (" + namesOf(others) + "); choose one with --impl NAME");
        }
        return all.stream().findFirst().orElseThrow(() ->
                new Refused(true, "no implementation of org.cngkit.spi.CngProvider on the classpath"));
    }

    /** A ServiceLoader failure in one line: which class, and what its constructor threw. */
    private static String describe(ServiceConfigurationError e) {
        Throwable cause = e.getCause();
        String message = e.getMessage() == null ? "" : e.getMessage().replace("org.cngkit.spi.CngProvider: ", "");
        return cause == null ? message : message + ": " + cause;
    }

    private static String namesOf(List<CngProvider> providers) {
        return providers.isEmpty() ? "none" : providers.stream().map(CngProvider::name).collect(Collectors.joining(", "));
    }
}
