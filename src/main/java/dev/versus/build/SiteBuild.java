package dev.versus.build;

import dev.versus.compare.Catalog;
import dev.versus.load.ContentReader;
import dev.versus.load.InvalidContentException;
import dev.versus.load.InvalidSnapshotException;
import dev.versus.load.SiteSources;
import dev.versus.load.SnapshotReader;
import dev.versus.load.TemplateAssets;
import dev.versus.model.Snapshot;
import dev.versus.plan.SiteContent;
import dev.versus.plan.PlanException;
import dev.versus.plan.ShardPlan;
import dev.versus.plan.SitePlan;
import dev.versus.render.RenderException;
import dev.versus.render.SiteRenderer;
import dev.versus.write.ParallelPages;
import dev.versus.write.Progress;
import dev.versus.write.SiteWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The whole build: {@code load -> compare -> plan -> render -> write}. */
public final class SiteBuild {
    private SiteBuild() {
    }

    public static BuildReport run(BuildOptions options) throws BuildFailure {
        return run(options, Progress.SILENT);
    }

    public static BuildReport run(BuildOptions options, Progress progress) throws BuildFailure {
        StageClock clock = new StageClock();
        SiteSources sources = clock.time("load", () -> SiteSources.resolve(options.content(), options.templates()));
        Path snapshotFile = clock.time("load", () -> snapshotFile(options, sources));
        Snapshot snapshot = clock.time("load", () -> SnapshotReader.read(snapshotFile));
        Map<String, String> inputs = clock.time("load", () -> BuildInputs.of(options, sources, snapshotFile));
        SiteContent content = clock.time("load", () -> ContentReader.read(sources.content()));
        Catalog catalog = clock.time("compare", () -> Catalog.of(snapshot, options.settings()));
        SitePlan plan = clock.time("plan", () -> SitePlan.of(catalog, content, TemplateAssets.read(sources.templates())));
        ShardPlan shard = clock.time("plan", () -> ShardPlan.of(plan, options.shard()));
        SiteRenderer renderer = clock.time("render", () -> SiteRenderer.create(sources.templates(), catalog, options.baseUrl(), content));
        SiteWriter.Result written = clock.time("write",
                () -> SiteWriter.write(shard, renderer, options.out(), options.threads(), progress, inputs));
        return new BuildReport(options.out(), written.files(), shard.comparisonCount(), written.bytes(), clock.times(),
                Duration.ofNanos(written.renderNanos()), Duration.ofNanos(written.writeNanos()), options.threads(),
                PeakHeap.bytes(), written.rendered(), written.changes());
    }

    private static Path snapshotFile(BuildOptions options, SiteSources sources) throws IOException {
        return options.snapshot() != null ? options.snapshot() : sources.defaultSnapshot();
    }

    /**
     * Whether a failure is the input's fault (exit 1) rather than Versus's (exit 3): bad
     * snapshots, content, templates or missing input files are; a disk that cannot be written
     * is not.
     */
    static boolean isInvalidInput(String stage, Throwable failure) {
        Throwable cause = failure instanceof ParallelPages.PageFailure ? failure.getCause() : failure;
        return cause instanceof InvalidSnapshotException
                || cause instanceof InvalidContentException
                || cause instanceof PlanException
                || cause instanceof RenderException
                || cause instanceof IOException && stage.equals("load");
    }
}
