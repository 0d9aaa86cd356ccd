package dev.versus.cli;

import dev.versus.build.BuildFailure;
import dev.versus.build.BuildOptions;
import dev.versus.build.BuildReport;
import dev.versus.build.SiteBuild;
import dev.versus.plan.Shard;
import dev.versus.write.Changes;
import dev.versus.write.Manifest;
import dev.versus.write.ManifestFile;
import dev.versus.write.Progress;
import dev.versus.write.ProgressReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code versus build}: the whole site, into a folder that is swapped in only when complete. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site from a snapshot, content and templates.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--quiet", description = "Print nothing on success: no progress, no summary.")
    boolean quiet;

    @Option(names = "--changes", paramLabel = "FILE",
            description = "Write the paths this build created, changed and deleted, one per line with its status.")
    Path changes;

    @Option(names = "--since", paramLabel = "MANIFEST",
            description = "With --changes: list the changes since this copy of an earlier build's .versus/manifest.json"
                    + " (for CI, which keeps the manifest between runs but not the site). A missing file means"
                    + " everything is created.")
    Path since;

    @Option(names = "--stats", description = "Print the time of each stage, pages/s, bytes written and peak heap.")
    boolean stats;

    @Option(names = "--shard", paramLabel = "k/N", description = {
            "Build only part k of N (1 <= k <= N) of the pages, each page going to one part by a hash of its route,",
            "so that N machines can share a build: copying the N output folders into one gives the whole site.",
            "Each part keeps its manifest as .versus/manifest-k-of-N.json. --stats and progress count the part's pages."})
    String shard;

    @Option(names = "--shard-count", paramLabel = "N", description = {
            "Build part JOB_COMPLETION_INDEX + 1 of N: the 0-based index a Kubernetes Indexed Job sets in each pod.",
            "An error when the variable is unset; use --shard k/N elsewhere."})
    String shardCount;

    @Override
    public Integer call() {
        BuildOptions options = site.toBuildOptions("build");
        if (options == null) {
            return ExitCodes.USAGE;
        }
        Shard part;
        try {
            part = ShardOption.resolve(shard, shardCount, System.getenv());
        } catch (ShardOption.UsageError e) {
            System.err.println("versus build: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        options = options.withShard(part);
        try {
            BuildReport report = SiteBuild.run(options, quiet ? Progress.SILENT : ProgressReport.forConsole());
            if (!quiet) {
                System.out.println(report.summary() + (part.isWhole() ? "" : " (shard " + part + ")"));
            }
            if (stats) {
                System.out.print(report.stats());
            }
            if (changes != null) {
                changesOf(report, part).writeTo(changes);
            }
            return ExitCodes.OK;
        } catch (java.io.IOException e) {
            System.err.println("versus build: cannot write " + changes + ": " + e.getMessage());
            return ExitCodes.INTERNAL;
        } catch (BuildFailure failure) {
            System.err.println(failure.getMessage());
            System.err.println("Nothing was written; " + site.out + " is as it was.");
            return failure.isInvalidInput() ? ExitCodes.INVALID_INPUT : ExitCodes.INTERNAL;
        }
    }

    /** The build's own changes, or those since the manifest {@code --since} names. */
    private Changes changesOf(BuildReport report, Shard part) {
        if (since == null) {
            return report.changes();
        }
        Manifest before = ManifestFile.readFileIfPresent(since);
        Manifest after = ManifestFile.readIfPresent(site.out, Manifest.path(part));
        return Changes.between(before == null ? Manifest.EMPTY : before, after);
    }
}
