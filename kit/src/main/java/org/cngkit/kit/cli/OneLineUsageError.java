package org.cngkit.kit.cli;

import java.io.PrintWriter;

import picocli.CommandLine;

/**
 * What a command says when picocli cannot parse its arguments (an unknown option, a value that is not a number):
 * one line naming the problem and where the options are described, and exit code 2, instead of the problem followed
 * by the whole usage (over a hundred lines that push the problem off the screen).
 */
public final class OneLineUsageError implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        PrintWriter err = cli.getErr();
        String command = cli.getCommandSpec().qualifiedName();
        err.println(command + ": " + e.getMessage() + " (" + command + " --help lists the options)");
        err.flush();
        return CertifyCommand.USAGE;
    }
}
