package dev.versus.cli;

import dev.versus.build.BuildFailure;
import dev.versus.build.BuildOptions;
import dev.versus.build.BuildReport;
import dev.versus.build.SiteBuild;
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

    @Option(names = "--stats", description = "Print the time of each stage, pages/s, bytes written and peak heap.")
    boolean stats;

    @Override
    public Integer call() {
        BuildOptions options = site.toBuildOptions("build");
        if (options == null) {
            return ExitCodes.USAGE;
        }
        try {
            BuildReport report = SiteBuild.run(options, quiet ? Progress.SILENT : ProgressReport.forConsole());
            if (!quiet) {
                System.out.println(report.summary());
            }
            if (stats) {
                System.out.print(report.stats());
            }
            if (changes != null) {
                report.changes().writeTo(changes);
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
}
