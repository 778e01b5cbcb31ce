package org.cngkit.kit.hostile;

/** Names itself like a path, so that {@code reports/<name>} would land outside {@code reports/}. */
public final class PathLikeName extends Hostile {
    @Override
    public String name() {
        return "../../hostile-escaped";
    }

    @Override
    void misbehave() {
    }
}
