package dev.versus.cli;

import dev.versus.build.BuildControls;
import dev.versus.build.BuildFailure;
import dev.versus.build.BuildOptions;
import dev.versus.build.BuildReport;
import dev.versus.build.SiteBuild;
import dev.versus.plan.Shard;
import dev.versus.write.Cancellation;
import dev.versus.write.Changes;
import dev.versus.write.Manifest;
import dev.versus.write.ManifestFile;
import dev.versus.write.OutputLock;
import dev.versus.write.Progress;
import dev.versus.write.ProgressReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code versus build}: the whole site, into a folder that is swapped in only when complete. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Builds the site from a snapshot, content and templates.",
            // One element per paragraph: picocli wraps each to the terminal and breaks after it.
            "The output folder is always either the previous site or the new one, whole: the new site is assembled"
                + " beside it and swapped in. One build at a time per folder; SIGTERM and Ctrl-C stop a build and"
                + " keep the previous site."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the site was built",
            "1:invalid input: snapshot, content, templates or options (the message says where)",
            "2:usage: an unknown or malformed option",
            "3:a bug in Versus (with a stack trace to report)",
            "4:the environment failed: disk full, permission denied, read-only file system",
            "5:another Versus process is building into the same folder (see --wait)",
            "130:stopped by Ctrl-C (SIGINT); the previous site is kept",
            "143:stopped by SIGTERM; the previous site is kept"})
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
            "Build only part k of N (1 <= k <= N) of the pages, each page going to one part by a hash of its route,"
                + " so that N machines can share a build: copying the N output folders into one gives the whole site.",
            "Each part keeps its manifest as .versus/manifest-k-of-N.json; --stats and progress count the part's"
                + " pages."})
    String shard;

    @Option(names = "--shard-count", paramLabel = "N", description = {
            "Build part JOB_COMPLETION_INDEX + 1 of N: the 0-based index a Kubernetes Indexed Job sets in each pod."
                + " An error when the variable is unset; use --shard k/N elsewhere."})
    String shardCount;

    @Option(names = "--wait", description = "When another Versus process is building into the same folder, wait for it"
            + " instead of exiting with 5.")
    boolean waitForOther;

    /** The output folder, from --out, versus.toml or the default. */
    private Path out;

    @Override
    public Integer call() {
        BuildOptions options;
        try {
            options = site.toBuildOptions("build");
        } catch (SiteOptions.Invalid invalid) {
            System.err.println(invalid.getMessage());
            return invalid.exitCode;
        }
        out = options.out();
        Shard part;
        try {
            part = ShardOption.resolve(shard, shardCount, System.getenv());
        } catch (ShardOption.UsageError e) {
            System.err.println("versus build: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        options = options.withShard(part);
        Cancellation cancellation = new Cancellation();
        try (SignalStop stop = SignalStop.install("build", options.out(), cancellation)) {
            return build(options, part, cancellation);
        }
    }

    private int build(BuildOptions options, Shard part, Cancellation cancellation) {
        try {
            BuildReport report = SiteBuild.run(options, quiet ? Progress.SILENT : ProgressReport.forConsole(),
                    new BuildControls(waiting(cancellation), line -> System.err.println("versus build: " + line), cancellation));
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
            return ExitCodes.ENVIRONMENT;
        } catch (BuildFailure failure) {
            return failed(failure);
        }
    }

    /** Says what went wrong in the way its kind calls for, and gives the kind's exit code. */
    private int failed(BuildFailure failure) {
        switch (failure.kind()) {
            case BUSY -> {
                System.err.println("versus build: " + failure.reason() + "; waiting is possible with --wait");
                return ExitCodes.BUSY;
            }
            case CANCELLED -> {
                // The signal's shutdown hook says which site the folder holds; the JVM sets the exit code.
                return ExitCodes.INTERRUPTED;
            }
            case ENVIRONMENT -> {
                System.err.println("versus build: " + failure.reason());
                System.err.println("Nothing was changed; " + out + " is as it was.");
                return ExitCodes.ENVIRONMENT;
            }
            case INVALID_INPUT -> {
                System.err.println(failure.getMessage());
                System.err.println("Nothing was written; " + out + " is as it was.");
                return ExitCodes.INVALID_INPUT;
            }
            default -> {
                failure.printStackTrace();
                System.err.println(failure.getMessage());
                System.err.println("Nothing was written; " + out + " is as it was.");
                System.err.println(ExitCodes.REPORT_BUG);
                return ExitCodes.INTERNAL;
            }
        }
    }

    /** With --wait, says once that it waits, then polls; without, gives up at once. */
    private OutputLock.Waiting waiting(Cancellation cancellation) {
        if (!waitForOther) {
            return OutputLock.Waiting.NEVER;
        }
        boolean[] told = {false};
        return busy -> {
            if (!told[0]) {
                System.err.println("versus build: waiting: " + busy.getMessage());
                told[0] = true;
            }
            return !cancellation.isCancelled();
        };
    }

    /** The build's own changes, or those since the manifest {@code --since} names. */
    private Changes changesOf(BuildReport report, Shard part) {
        if (since == null) {
            return report.changes();
        }
        Manifest before = ManifestFile.readFileIfPresent(since);
        Manifest after = ManifestFile.readIfPresent(out, Manifest.path(part));
        return Changes.between(before == null ? Manifest.EMPTY : before, after);
    }
}
