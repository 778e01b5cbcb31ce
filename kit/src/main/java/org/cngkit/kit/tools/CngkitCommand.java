package org.cngkit.kit.tools;

import java.io.PrintWriter;
import org.cngkit.kit.cli.CertifyCommand;
import org.cngkit.kit.cli.OneLineUsageError;
import org.cngkit.kit.report.RunStamp;
import org.cngkit.kit.tools.convert.ConvertCommand;
import org.cngkit.kit.tools.inspect.InspectCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code cngkit}: the one entry point of the runnable jar. {@code certify} is the certification CLI unchanged (its
 * options and exit codes are {@link CertifyCommand}'s); {@code inspect} and {@code convert} are the blob tools.
 */
@Command(name = "cngkit", mixinStandardHelpOptions = true, versionProvider = CngkitCommand.Version.class,
        description = {"The cngkit conformance kit for Windows CNG BCryptExportKey, and tools for CNG key blobs.", ""},
        subcommands = {InspectCommand.class, ConvertCommand.class},
        commandListHeading = "%nCommands:%n")
public final class CngkitCommand implements Runnable {
    /** Exit code of a kit error the commands did not catch. */
    static final int KIT_ERROR = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with every subcommand, certify included. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CngkitCommand());
        cli.addSubcommand("certify", new CertifyCommand());
        cli.setParameterExceptionHandler(new OneLineUsageError());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println(commandLine.getCommandName() + ": kit error: " + e);
            err.flush();
            return KIT_ERROR;
        });
        return cli;
    }

    /** Without a command: the usage, as a usage error. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "name a command: certify, inspect or convert");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cngkit " + RunStamp.currentKitVersion()};
        }
    }
}
