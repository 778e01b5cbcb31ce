package org.cngkit.kit.report;

import java.util.List;

/**
 * Exactly what a run certified and with what: the command line, the kit's git commit, the implementation's class,
 * name and claims, and the files it was made of with their SHA-256, so a certificate can be checked against the
 * binary it speaks of.
 *
 * @param commandLine         how the run was started
 * @param kitCommit           the git commit of the kit's checkout ({@code +dirty} with uncommitted changes), or
 *                            {@code null} when the kit does not run from a checkout
 * @param implementationClass the class of the {@code CngProvider}
 * @param claims              what the implementation claims, one line per algorithm
 * @param artifacts           the implementation's jar(s) / class directory, or the native DLL
 */
public record Provenance(String commandLine, String kitCommit, String implementationClass, List<String> claims,
                         List<Artifact> artifacts) {
}
