package dev.versus.cli;

import dev.versus.load.InvalidSnapshotException;
import dev.versus.load.SnapshotReader;
import dev.versus.model.Snapshot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code versus validate}: checks a snapshot against the format and writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a snapshot file and reports every error (up to 50) with its position.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--snapshot", paramLabel = "FILE", required = true, description = "Snapshot to check.")
    Path snapshot;

    @Override
    public Integer call() {
        try {
            Snapshot read = SnapshotReader.read(snapshot);
            System.out.println(snapshot + ": valid (" + read.technologies().size() + " technologies, "
                    + read.categories().size() + " categories)");
            return ExitCodes.OK;
        } catch (InvalidSnapshotException e) {
            System.err.println(e.getMessage());
            return ExitCodes.INVALID_INPUT;
        } catch (IOException e) {
            System.err.println("versus validate: cannot read " + snapshot + ": " + e.getMessage());
            return ExitCodes.INVALID_INPUT;
        }
    }
}
