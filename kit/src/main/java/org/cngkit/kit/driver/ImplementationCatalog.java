package org.cngkit.kit.driver;

import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

import org.cngkit.spi.CngProvider;

/** The implementations that {@link ServiceLoader} finds on the classpath. */
public final class ImplementationCatalog {
    /** The name of the bundled Bouncy Castle implementation. */
    public static final String REFERENCE = "reference";

    private final ClassLoader loader;

    public ImplementationCatalog(ClassLoader loader) {
        this.loader = loader;
    }

    public static ImplementationCatalog ofContext() {
        ClassLoader cl = Thread.currentThread().getContextClassLoader();
        return new ImplementationCatalog(cl != null ? cl : ImplementationCatalog.class.getClassLoader());
    }

    /** A fresh instance of every implementation, in classpath order. */
    public List<CngProvider> all() {
        return ServiceLoader.load(CngProvider.class, loader).stream().map(ServiceLoader.Provider::get).toList();
    }

    public List<String> names() {
        return all().stream().map(CngProvider::name).toList();
    }

    /**
     * The implementation to certify: the one named, or else the only one that is not the bundled reference, or
     * else the reference.
     *
     * @throws IllegalArgumentException when the name is unknown or the choice is ambiguous
     */
    public CngProvider select(String name) {
        List<CngProvider> all = all();
        if (name != null && !name.isBlank()) {
            return all.stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow(() ->
                    new IllegalArgumentException("no implementation named '" + name + "' on the classpath; found: " + namesOf(all)));
        }
        List<CngProvider> others = all.stream().filter(p -> !p.name().equals(REFERENCE)).toList();
        if (others.size() == 1) {
            return others.get(0);
        }
        if (others.size() > 1) {
            throw new IllegalArgumentException("several implementations on the classpath (" + namesOf(others)
                    + "); choose one with --impl NAME or -Dcngkit.impl=NAME");
        }
        return all.stream().filter(p -> p.name().equals(REFERENCE)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("no implementation of org.cngkit.spi.CngProvider on the classpath"));
    }

    private static String namesOf(List<CngProvider> providers) {
        return providers.stream().map(CngProvider::name).collect(Collectors.joining(", "));
    }
}
