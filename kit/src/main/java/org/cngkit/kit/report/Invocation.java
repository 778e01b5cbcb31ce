package org.cngkit.kit.report;

/**
 * The command line of this run, as the user typed it: {@code certify}'s {@code main} records its arguments; a JUnit
 * suite, which has no such line, is named by the JVM's main command.
 */
public final class Invocation {
    private static volatile String commandLine;

    private Invocation() {
    }

    /** Records the command and its arguments (each argument quoted when it holds a space). */
    public static void record(String command, String... args) {
        StringBuilder line = new StringBuilder(command);
        for (String a : args) {
            line.append(' ').append(a.isEmpty() || a.matches(".*[\\s\"'].*") ? "'" + a.replace("'", "'\\''") + "'" : a);
        }
        commandLine = line.toString();
    }

    static String commandLine() {
        String line = commandLine;
        return line != null ? line : "JVM " + System.getProperty("sun.java.command", "(unknown main class)");
    }
}
