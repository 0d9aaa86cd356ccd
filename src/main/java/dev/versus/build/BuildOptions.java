package dev.versus.build;

import dev.versus.model.Settings;
import dev.versus.model.SiteConfig;
import dev.versus.plan.Shard;
import java.net.URI;
import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param snapshot the snapshot file, or null for the content folder's
 * @param content the content folder, or null for ./content or the bundled one
 * @param templates the templates folder, or null for ./templates or the bundled one
 * @param baseUrl absolute, ending in "/"
 * @param shard the part of the site to build, {@link Shard#WHOLE} for all of it
 * @param site versus.toml's settings of the pages: title, links, page kinds, redirect maps (its
 *     paths and base URL are already merged into the other components)
 */
public record BuildOptions(Path snapshot, Path content, Path templates, Path out, URI baseUrl, int threads,
        Settings settings, Shard shard, SiteConfig site) {

    public BuildOptions(Path snapshot, Path content, Path templates, Path out, URI baseUrl, int threads,
            Settings settings, Shard shard) {
        this(snapshot, content, templates, out, baseUrl, threads, settings, shard, SiteConfig.DEFAULTS);
    }

    public BuildOptions(Path snapshot, Path content, Path templates, Path out, URI baseUrl, int threads) {
        this(snapshot, content, templates, out, baseUrl, threads, Settings.DEFAULTS);
    }

    public BuildOptions(Path snapshot, Path content, Path templates, Path out, URI baseUrl, int threads,
            Settings settings) {
        this(snapshot, content, templates, out, baseUrl, threads, settings, Shard.WHOLE);
    }

    /** The same build, of one shard. */
    public BuildOptions withShard(Shard part) {
        return new BuildOptions(snapshot, content, templates, out, baseUrl, threads, settings, part, site);
    }

    /** The same build, with that site configuration. */
    public BuildOptions withSite(SiteConfig config) {
        return new BuildOptions(snapshot, content, templates, out, baseUrl, threads, settings, shard, config);
    }
}
