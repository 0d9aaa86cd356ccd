package dev.versus.cli;

import dev.versus.derive.SnapshotDerivation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code versus derive}: rebuilds the default snapshot from the public data files. */
@Command(name = "derive", mixinStandardHelpOptions = true,
        description = "Derives the default snapshot from the public data files in src/data/ (see src/data/SOURCES.md). "
                + "Run from the project root with no options, it rebuilds content/data/snapshot.json.gz byte for byte.")
final class DeriveCommand implements Callable<Integer> {
    /** The files {@link SnapshotDerivation} reads from the data folder. */
    static final List<String> DATA_FILES =
            List.of("technologies.json", "usage_httparchive.json", "top_sites_majestic.csv", "countries.json");

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "src/data",
            description = "Folder with technologies.json, usage_httparchive.json, top_sites_majestic.csv and countries.json "
                    + "(default: ${DEFAULT-VALUE}, relative to the current folder).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "content/data/snapshot.json.gz", description = "Snapshot to write (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        for (String name : DATA_FILES) {
            // Run from another folder, the default src/data is not there: say so rather than fail with a stack trace.
            if (!Files.isRegularFile(data.resolve(name))) {
                System.err.println("versus derive: " + data.resolve(name) + " not found; run derive from the project root "
                        + "(the folder that holds src/data/) or pass --data DIR");
                return ExitCodes.INVALID_INPUT;
            }
        }
        System.out.print(SnapshotDerivation.run(data, out));
        System.out.println("wrote " + out);
        return ExitCodes.OK;
    }
}
