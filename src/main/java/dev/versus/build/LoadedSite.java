package dev.versus.build;

import dev.versus.compare.Catalog;
import dev.versus.load.ContentReader;
import dev.versus.load.SiteSources;
import dev.versus.load.SnapshotReader;
import dev.versus.load.TemplateAssets;
import dev.versus.model.SiteContent;
import dev.versus.model.Snapshot;
import dev.versus.plan.SitePlan;
import dev.versus.render.SiteRenderer;
import dev.versus.render.freemarker.Templates;
import dev.versus.write.Cancellation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Everything a build has before it writes: {@code load -> compare -> plan} and the renderer,
 * ready to render any page. The build writes every page from it; the preview server renders the
 * pages asked for, and after an edit loads again only the part the edit touched.
 *
 * @param snapshotFile the snapshot that was read (the flag's, or the content folder's)
 * @param times the time each stage took, by stage name, in order
 */
public record LoadedSite(BuildOptions options, SiteSources sources, Path snapshotFile, Catalog catalog,
        SiteContent content, SitePlan plan, SiteRenderer renderer, Map<String, Duration> times) {

    /** The inputs an edit can change, each read again only when it changed. */
    public enum Part {
        /** The snapshot file: read and checked again, then compared, planned and rendered anew. */
        SNAPSHOT,
        /** The content folder: Markdown pages and editors' texts. */
        CONTENT,
        /** The templates and the assets beside them. */
        TEMPLATES
    }

    public static LoadedSite load(BuildOptions options) throws BuildFailure {
        return load(options, new Cancellation());
    }

    public static LoadedSite load(BuildOptions options, Cancellation cancellation) throws BuildFailure {
        return load(options, new StageClock(cancellation));
    }

    /** The content folder's pages and texts, and the messages of the site's languages. */
    private static SiteContent readContent(BuildOptions options, SiteSources sources)
            throws java.io.IOException, dev.versus.load.InvalidContentException {
        return ContentReader.read(sources.content(), SiteSources.bundled("content"), options.site().languages());
    }

    /**
     * Loads the site. The content and the templates need no snapshot, so they are read and
     * compiled on threads of their own while the snapshot is read; the renderer is made while
     * the site is planned. Failures still come in the order of the stages: the snapshot's first.
     */
    static LoadedSite load(BuildOptions options, StageClock clock) throws BuildFailure {
        SiteSources sources = sources(options, clock);
        return load(options, sources, snapshotFile(options, sources, clock), clock);
    }

    /** The folders the build reads: the ones given, the working folder's, or the bundled ones. */
    static SiteSources sources(BuildOptions options, StageClock clock) throws BuildFailure {
        return clock.time("load", () -> SiteSources.resolve(options.content(), options.templates()));
    }

    /** The snapshot the build reads: the flag's, or the content folder's. */
    static Path snapshotFile(BuildOptions options, SiteSources sources, StageClock clock) throws BuildFailure {
        return clock.time("load", () -> options.snapshot() != null ? options.snapshot() : sources.defaultSnapshot());
    }

    /** Loads the site from the sources and snapshot file already resolved. */
    static LoadedSite load(BuildOptions options, SiteSources sources, Path snapshotFile, StageClock clock)
            throws BuildFailure {
        Background<SiteContent> reading = Background.start("content", () -> readContent(options, sources));
        Background<Templates> compiling = Background.start("templates",
                () -> SiteRenderer.compileTemplates(sources.templateLayers()));
        Snapshot snapshot = clock.time("load", () -> SnapshotReader.read(snapshotFile));
        SiteContent content = clock.time("load", reading::get);
        Catalog catalog = clock.time("compare", () -> Catalog.of(snapshot, options.settings()));
        return planned(options, sources, snapshotFile, catalog, content, compiling, clock);
    }

    /**
     * The site again after an edit, reading only the parts that changed and reusing the rest:
     * a template edit reads no snapshot, a snapshot edit no content. Planning and the renderer
     * are always made again, since each part feeds them.
     */
    public LoadedSite reload(Set<Part> changed) throws BuildFailure {
        StageClock clock = new StageClock(new Cancellation());
        Set<Part> parts = changed.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(changed);
        Background<Templates> compiling = parts.contains(Part.TEMPLATES)
                ? Background.start("templates", () -> SiteRenderer.compileTemplates(sources.templateLayers()))
                : Background.done(renderer.templates());
        Catalog newCatalog = catalog;
        if (parts.contains(Part.SNAPSHOT)) {
            Snapshot snapshot = clock.time("load", () -> SnapshotReader.read(snapshotFile));
            newCatalog = clock.time("compare", () -> Catalog.of(snapshot, options.settings()));
        }
        SiteContent newContent = content;
        if (parts.contains(Part.CONTENT)) {
            newContent = clock.time("load", () -> readContent(options, sources));
        }
        return planned(options, sources, snapshotFile, newCatalog, newContent, compiling, clock);
    }

    private static LoadedSite planned(BuildOptions options, SiteSources sources, Path snapshotFile, Catalog catalog,
            SiteContent content, Background<Templates> compiling, StageClock clock) throws BuildFailure {
        Background<SiteRenderer> making = Background.start("renderer", () -> SiteRenderer.create(compiling.get(), catalog,
                options.baseUrl(), content, options.site()));
        if (content.messages() != null) {
            clock.time("load", () -> {
                dev.versus.load.MessageNames.check(content.messages(), catalog.snapshot());
                return null;
            });
        }
        SitePlan plan = clock.time("plan", () -> SitePlan.of(catalog, content,
                TemplateAssets.read(sources.templateLayers()), options.site().pages(), options.site().redirects(),
                options.site().languages()));
        SiteRenderer renderer = clock.time("render", making::get);
        return new LoadedSite(options, sources, snapshotFile, catalog, content, plan, renderer,
                java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clock.times())));
    }
}
