package org.cngkit.kit.cli;

import java.util.regex.Pattern;

import org.cngkit.spi.Claims;
import org.cngkit.spi.CngProvider;

/**
 * The checks an implementation must pass before any scenario: it can say its name and its claims, and its name is
 * safe as a folder name (the report lands in {@code reports/<name>}, never outside).
 */
final class Identity {
    /** An implementation name: letters, digits, '.', '-', '_', not starting with '.'. */
    static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}");
    static final String SAFE_NAME_RULE = "an implementation name is 1 to 100 letters, digits, '.', '-' or '_', not starting with '.'";

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
            if (!SAFE_NAME.matcher(name).matches()) {
                return type + ".name() returned " + org.cngkit.child.LineCodec.abbreviate(name) + ": " + SAFE_NAME_RULE;
            }
            Claims claims = provider.claims();
            if (claims == null || claims.profile() == null) {
                return type + ".claims() returned no claims or no Windows profile";
            }
            return null;
        } catch (RuntimeException | LinkageError e) {
            return type + " threw from name() or claims(): " + String.valueOf(e).replace('\n', ' ');
        }
    }
}
