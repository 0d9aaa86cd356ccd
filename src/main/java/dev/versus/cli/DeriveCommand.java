package dev.versus.cli;

import dev.versus.derive.SnapshotDerivation;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code versus derive}: rebuilds the default snapshot from the public data files. */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = "Derives the default snapshot from the public data folder (see README).")
final class DeriveCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "Folder with technologies.json, usage_httparchive.json, top_sites_majestic.csv and countries.json.")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "content/data/snapshot.json.gz", description = "Snapshot to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        System.out.print(SnapshotDerivation.run(data, out));
        System.out.println("wrote " + out);
        return ExitCodes.OK;
    }
}
