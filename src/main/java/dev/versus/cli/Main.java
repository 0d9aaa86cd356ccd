package dev.versus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar versus.jar}. */
@Command(
        name = "versus",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a static site of technology comparisons from a usage snapshot.",
        subcommands = {BuildCommand.class, ValidateCommand.class, DeriveCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of main. */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main())
                .setExitCodeExceptionMapper(e -> ExitCodes.INTERNAL);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        commandLine.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: build, validate or derive");
    }
}
