package dev.versus.build;

import dev.versus.load.SiteSources;
import dev.versus.plan.ShardPlan;
import dev.versus.render.SiteRenderer;
import dev.versus.write.Cancellation;
import dev.versus.write.Changes;
import dev.versus.write.Leftovers;
import dev.versus.write.Manifest;
import dev.versus.write.ManifestFile;
import dev.versus.write.OutputLock;
import dev.versus.write.OutputWriteException;
import dev.versus.write.Progress;
import dev.versus.write.SiteWriter;
import dev.versus.write.UnchangedSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        String manifestPath = Manifest.path(options.shard());
        SiteSources sources = LoadedSite.sources(options, clock);
        Path snapshotFile = LoadedSite.snapshotFile(options, sources, clock);
        // Digested before the load, so that an input edited while the build runs is never
        // recorded as what the pages were made from.
        Map<String, String> inputs = inputsIfReadable(options, sources, snapshotFile, clock);
        BuildReport unchanged = unchanged(options, out, manifestPath, inputs, clock, cancellation);
        if (unchanged != null) {
            return unchanged;
        }
        // Read while the site loads: the default site's manifest lists 225,731 files, and reading
        // it took a rebuild that changed nothing over a second on one thread.
        Background<Manifest> previous = Background.start("manifest", () -> ManifestFile.readIfPresent(out, manifestPath));
        LoadedSite site = LoadedSite.load(options, sources, snapshotFile, clock);
        if (inputs == null) {
            inputs = clock.time("load", () -> BuildInputs.of(options, sources, snapshotFile));
        }
        Map<String, String> digests = inputs;
        ShardPlan shard = clock.time("plan", () -> ShardPlan.of(site.plan(), options.shard()));
        SiteRenderer renderer = site.renderer();
        SiteWriter.Result written = clock.time("write",
                () -> SiteWriter.write(shard, renderer, out, options.threads(), progress, digests, cancellation,
                        previous.get()));
        return new BuildReport(options.out(), written.files(), shard.comparisonCount(), written.bytes(), clock.times(),
                Duration.ofNanos(written.renderNanos()), Duration.ofNanos(written.writeNanos()), options.threads(),
                PeakHeap.bytes(), written.rendered(), written.changes());
    }

    /**
     * The build's input digests, or null when one cannot be read (a missing snapshot, say): the
     * load then reports that input as it reports any other.
     */
    private static Map<String, String> inputsIfReadable(BuildOptions options, SiteSources sources, Path snapshotFile,
            StageClock clock) throws BuildFailure {
        return clock.time("load", () -> {
            try {
                return BuildInputs.of(options, sources, snapshotFile);
            } catch (IOException | java.io.UncheckedIOException e) {
                return null;
            }
        });
    }

    /**
     * The report of a build whose inputs are the previous build's, when every file that build
     * listed is still in place: nothing is loaded, rendered or written. Null when an input
     * differs (or could not be read), a file is missing or changed size, or the manifest does
     * not say how many comparisons it lists: the build then goes the long way and writes what
     * is missing.
     */
    private static BuildReport unchanged(BuildOptions options, Path out, String manifestPath,
            Map<String, String> inputs, StageClock clock, Cancellation cancellation) throws BuildFailure {
        if (inputs == null || !inputs.equals(ManifestFile.readInputsIfPresent(out, manifestPath))) {
            return null;
        }
        ManifestFile.Listing listing = clock.time("load", () -> ManifestFile.listingIfPresent(out, manifestPath));
        boolean inPlace = listing != null && listing.comparisons() >= 0
                && clock.time("write", () -> UnchangedSite.allInPlace(listing, out, cancellation));
        if (!inPlace) {
            return null;
        }
        Changes none = new Changes(List.of(), List.of(), List.of());
        return new BuildReport(options.out(), listing.paths().length, listing.comparisons(), 0, clock.times(),
                Duration.ZERO, Duration.ZERO, options.threads(), PeakHeap.bytes(), 0, none);
    }
}
