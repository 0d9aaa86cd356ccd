package dev.versus.build;

import dev.versus.plan.ShardPlan;
import dev.versus.render.SiteRenderer;
import dev.versus.write.Cancellation;
import dev.versus.write.Leftovers;
import dev.versus.write.Manifest;
import dev.versus.write.ManifestFile;
import dev.versus.write.OutputLock;
import dev.versus.write.OutputWriteException;
import dev.versus.write.Progress;
import dev.versus.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The whole build: {@code load -> compare -> plan -> render -> write} (the first three in {@link LoadedSite}). */
public final class SiteBuild {
    private SiteBuild() {
    }

    public static BuildReport run(BuildOptions options) throws BuildFailure {
        return run(options, Progress.SILENT);
    }

    public static BuildReport run(BuildOptions options, Progress progress) throws BuildFailure {
        return run(options, progress, BuildControls.standard());
    }

    /**
     * Builds while holding the output folder's lock, after removing what an interrupted build
     * left beside it, so that one build at a time writes there and each starts from a whole site.
     */
    public static BuildReport run(BuildOptions options, Progress progress, BuildControls controls) throws BuildFailure {
        Path out = followLink(options.out());
        try (OutputLock lock = lock(out, controls)) {
            recover(out, controls);
            return build(options, out, progress, controls.cancellation());
        }
    }

    /**
     * The folder a symbolic link at the output path points to: a link (to a web server's root,
     * say) stays a link and its folder gets the site, since the swap renames the folder itself,
     * and a build through the link and one through the folder take the same lock.
     */
    static Path followLink(Path out) throws BuildFailure {
        Path folder = out;
        try {
            for (int links = 0; Files.isSymbolicLink(folder); links++) {
                if (links == 40) {
                    throw new java.nio.file.FileSystemException(out.toString(), null, "too many levels of symbolic links");
                }
                folder = folder.toAbsolutePath().getParent().resolve(Files.readSymbolicLink(folder)).normalize();
            }
            return folder;
        } catch (IOException e) {
            OutputWriteException failure = new OutputWriteException(out, "following its symbolic link", e);
            throw new BuildFailure("lock", failure.getMessage(), BuildFailure.Kind.ENVIRONMENT, failure);
        }
    }

    private static OutputLock lock(Path out, BuildControls controls) throws BuildFailure {
        try {
            return OutputLock.acquire(out, controls.waiting());
        } catch (OutputLock.Busy busy) {
            // A --wait that a signal ended is a cancel, not a busy folder.
            throw new BuildFailure("lock", busy.getMessage(),
                    controls.cancellation().isCancelled() ? BuildFailure.Kind.CANCELLED : BuildFailure.Kind.BUSY, busy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildFailure("lock", "interrupted while waiting for " + out, BuildFailure.Kind.CANCELLED, e);
        } catch (IOException e) {
            OutputWriteException failure = new OutputWriteException(out, "locking it", e);
            throw new BuildFailure("lock", failure.getMessage(), BuildFailure.Kind.ENVIRONMENT, failure);
        }
    }

    private static void recover(Path out, BuildControls controls) throws BuildFailure {
        try {
            Leftovers.Recovery recovery = Leftovers.recover(out);
            if (!recovery.isEmpty()) {
                controls.notes().accept(recovery.describe(out));
            }
        } catch (IOException e) {
            OutputWriteException failure = new OutputWriteException(out, "removing what an interrupted build left beside it", e);
            throw new BuildFailure("recover", failure.getMessage(), BuildFailure.Kind.ENVIRONMENT, failure);
        }
    }

    private static BuildReport build(BuildOptions options, Path out, Progress progress, Cancellation cancellation)
            throws BuildFailure {
        StageClock clock = new StageClock(cancellation);
        // Read while the site loads: the default site's manifest lists 225,731 files, and reading
        // it took a rebuild that changed nothing over a second on one thread.
        Background<Manifest> previous = Background.start("manifest",
                () -> ManifestFile.readIfPresent(out, Manifest.path(options.shard())));
        LoadedSite site = LoadedSite.load(options, clock);
        Map<String, String> inputs = clock.time("load", () -> BuildInputs.of(options, site.sources(), site.snapshotFile()));
        ShardPlan shard = clock.time("plan", () -> ShardPlan.of(site.plan(), options.shard()));
        SiteRenderer renderer = site.renderer();
        SiteWriter.Result written = clock.time("write",
                () -> SiteWriter.write(shard, renderer, out, options.threads(), progress, inputs, cancellation,
                        previous.get()));
        return new BuildReport(options.out(), written.files(), shard.comparisonCount(), written.bytes(), clock.times(),
                Duration.ofNanos(written.renderNanos()), Duration.ofNanos(written.writeNanos()), options.threads(),
                PeakHeap.bytes(), written.rendered(), written.changes());
    }
}
