package dev.versus.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code java -jar versus.jar}. */
@Command(
        name = "versus",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Builds a static site of technology comparisons from a usage snapshot.",
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, CheckCommand.class, ValidateCommand.class,
                SynthCommand.class, DeriveCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs a command line and returns its exit code; tests call this instead of main. */
    public static int execute(String... args) {
        // Bad flags are usage errors (2); anything a command lets escape is a bug of ours (3).
        CommandLine commandLine = new CommandLine(new Main()).setExitCodeExceptionMapper(
                e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            e.printStackTrace();
            System.err.println(ExitCodes.REPORT_BUG);
            return ExitCodes.INTERNAL;
        });
        return commandLine.execute(args);
    }

    /** Without a command there is nothing to do: say which commands exist. */
    @Override
    public Integer call() {
        System.err.println("versus: a command is required: init, build, serve, check, validate, synth or derive");
        spec.commandLine().usage(System.err);
        return ExitCodes.USAGE;
    }
}
