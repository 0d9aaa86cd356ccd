package dev.versus.derive;

import dev.versus.model.Snapshot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Derives the default snapshot from the prepared public data (see
 * {@code src/data/SOURCES.md}): every technology with an HTTP Archive count for 2023-01-01,
 * its Wappalyzer catalog facts, its 2022-02-01 count as history, and modeled country and kind-of-site
 * breakdowns ({@link CountryModel}, {@link SiteKindModel}). The site build never runs this; it
 * reads the committed output.
 *
 * <p>Run from the project root: {@code java -jar target/versus.jar derive}, which reads
 * {@code src/data/} and writes {@code content/data/snapshot.json.gz}.
 */
public final class SnapshotDerivation {
    private SnapshotDerivation() {
    }

    /** Writes the snapshot to {@code outFile}, gzip-compressed when its name ends in ".gz". */
    public static void derive(Path dataDir, Path outFile) throws IOException {
        run(dataDir, outFile);
    }

    /**
     * Derives and writes the snapshot and returns what was done, for a caller (such as a
     * {@code derive} subcommand) that prints it. The file is replaced only once fully written.
     */
    public static String run(Path dataDir, Path outFile) throws IOException {
        SnapshotAssembly assembly = new SnapshotAssembly(SourceData.load(dataDir));
        Snapshot snapshot = assembly.snapshot();
        byte[] bytes = SnapshotWriter.bytes(snapshot, outFile.getFileName().toString().endsWith(".gz"));
        Path absolute = outFile.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path partial = absolute.resolveSibling(absolute.getFileName() + ".partial");
        Files.write(partial, bytes);
        Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
        return assembly.summary(snapshot).format() + "bytes written:             " + bytes.length + "\n";
    }

    public static void main(String[] args) throws IOException {
        Path data = null;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--data" -> data = Path.of(args[i + 1]);
                case "--out" -> out = Path.of(args[i + 1]);
                default -> usage(System.err, "unknown option " + args[i]);
            }
        }
        if (data == null || out == null || args.length % 2 != 0) {
            usage(System.err, "both --data and --out are required");
        }
        System.out.print(run(data, out));
    }

    private static void usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("usage: SnapshotDerivation --data DIR --out FILE(.json|.json.gz)");
        System.exit(2);
    }
}
