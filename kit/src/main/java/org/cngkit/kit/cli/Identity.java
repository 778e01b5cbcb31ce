package org.cngkit.kit.cli;

import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;

/** The checks an implementation must pass before any scenario: it can say its name and its claims. */
final class Identity {
    private Identity() {
    }

    /** What is wrong with the implementation's name() or claims(), or {@code null} when both answer. */
    static String problem(CngProvider provider) {
        String type = provider.getClass().getName();
        try {
            String name = provider.name();
            if (name == null || name.isBlank()) {
                return type + ".name() returned no name";
            }
            Claims claims = provider.claims();
            if (claims == null || claims.profile() == null) {
                return type + ".claims() returned no claims or no Windows profile";
            }
            return null;
        } catch (RuntimeException e) {
            return type + " threw from name() or claims(): " + e;
        }
    }
}
