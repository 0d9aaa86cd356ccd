package dev.versus.build;

import dev.versus.model.Settings;
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
 */
public record BuildOptions(Path snapshot, Path content, Path templates, Path out, URI baseUrl, int threads,
        Settings settings, Shard shard) {

    public BuildOptions(Path snapshot, Path content, Path templates, Path out, URI baseUrl, int threads) {
        this(snapshot, content, templates, out, baseUrl, threads, Settings.DEFAULTS);
    }

    public BuildOptions(Path snapshot, Path content, Path templates, Path out, URI baseUrl, int threads,
            Settings settings) {
        this(snapshot, content, templates, out, baseUrl, threads, settings, Shard.WHOLE);
    }

    /** The same build, of one shard. */
    public BuildOptions withShard(Shard part) {
        return new BuildOptions(snapshot, content, templates, out, baseUrl, threads, settings, part);
    }
}
