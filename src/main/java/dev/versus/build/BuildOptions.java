package dev.versus.build;

import dev.versus.model.Settings;
import java.net.URI;
import java.nio.file.Path;

/**
 * What to build and where.
 *
 * @param snapshot the snapshot file, or null for the content folder's
 * @param content the content folder, or null for ./content or the bundled one
 * @param templates the templates folder, or null for ./templates or the bundled one
 * @param baseUrl absolute, ending in "/"
 */
public record BuildOptions(Path snapshot, Path content, Path templates, Path out, URI baseUrl, int threads,
        Settings settings) {

    public BuildOptions(Path snapshot, Path content, Path templates, Path out, URI baseUrl, int threads) {
        this(snapshot, content, templates, out, baseUrl, threads, Settings.DEFAULTS);
    }
}
