package dev.versus.cli;

import dev.versus.build.BuildOptions;
import dev.versus.load.BaseUrls;
import java.net.URI;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of every command that builds the site ({@code build}, {@code serve}), as a picocli mixin. */
final class SiteOptions {

    @Option(names = "--snapshot", paramLabel = "FILE",
            description = "Snapshot to read (default: content/data/snapshot.json.gz).")
    Path snapshot;

    @Option(names = "--content", paramLabel = "DIR", description = "Content folder (default: ./content, else the bundled one).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "Templates folder (default: ./templates, else the bundled one).")
    Path templates;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-output", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--base-url", paramLabel = "URL", defaultValue = "http://localhost:8080/",
            description = "Absolute URL the site is served from; canonical links and sitemaps use it (default: ${DEFAULT-VALUE}).")
    String baseUrl;

    @Option(names = "--threads", paramLabel = "N", description = "Render threads (default: the number of cores).")
    Integer threads;

    /** The build's options, or null (after saying why on stderr) when --base-url is not a usable URL. */
    BuildOptions toBuildOptions(String command) {
        URI base = BaseUrls.parse(baseUrl);
        if (base == null) {
            System.err.println("versus " + command + ": --base-url must be an absolute http(s) URL, got \"" + baseUrl + "\"");
            return null;
        }
        int threadCount = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        return new BuildOptions(snapshot, content, templates, out, base, threadCount);
    }
}
