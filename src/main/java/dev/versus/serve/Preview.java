package dev.versus.serve;

import dev.versus.build.BuildFailure;
import dev.versus.build.BuildOptions;
import dev.versus.build.LoadedSite;
import dev.versus.build.LoadedSite.Part;
import dev.versus.load.SiteSources;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.Collectors;

/**
 * {@code versus serve}: the site rendered on request, with the inputs watched. Nothing is built
 * first, so the first page is ready as soon as the snapshot is read and compared, whatever the
 * size of the site. After an edit the changed part is loaded again, the open pages are rendered
 * (so their reload is instant, and an error in them is seen now) and then told to reload.
 */
public final class Preview implements AutoCloseable {
    /** The open pages rendered before a reload at most; more tabs than this reload and render on request. */
    static final int OPEN_PAGES_RENDERED = 16;
    /** How long the optimizing compiler waits for the first page at most (see {@link StartupCompilation}). */
    static final long FIRST_PAGE_WAIT_MILLIS = 5_000;

    private final LiveSite site;
    private final SiteServer server;
    private final LiveReload live;
    private final PrintStream log;
    private InputWatcher watcher;

    private Preview(LiveSite site, SiteServer server, LiveReload live, PrintStream log) {
        this.site = site;
        this.server = server;
        this.live = live;
        this.log = log;
    }

    /**
     * Listens on {@code address:port}, then loads the site; requests that come meanwhile wait for
     * the load. Without {@code watch} pages get no reload script and nothing is watched.
     *
     * @throws java.net.BindException when the port is taken or the address is not this machine's
     */
    public static Preview start(BuildOptions options, InetAddress address, int port, boolean watch, long cacheBytes,
            PrintStream log) throws IOException {
        StartupCompilation startup = StartupCompilation.begin();
        LiveReload live = watch ? new LiveReload() : null;
        LiveSite site = new LiveSite(options, cacheBytes, siteTemplates(options), log);
        site.tell(live);
        // Jetty starts on another thread while the site loads: requests that come first wait for the load.
        FutureTask<SiteServer> starting = new FutureTask<>(
                () -> SiteServer.start(site, address, port, live, ServerLimits.DEFAULT));
        Thread starter = new Thread(starting, "versus-serve-start");
        starter.setDaemon(true);
        starter.start();
        boolean loaded = site.load(Set.of());
        site.afterFirstPage(startup::end, FIRST_PAGE_WAIT_MILLIS);
        Preview preview = new Preview(site, started(starting), live, log);
        if (!loaded) {
            preview.server.buildFailed(site.failure());
        }
        if (watch) {
            preview.watch(options);
        }
        return preview;
    }

    private static SiteServer started(FutureTask<SiteServer> starting) throws IOException {
        try {
            return starting.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("the server did not start", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while the server started");
        }
    }

    private void watch(BuildOptions options) throws IOException {
        LoadedSite loaded = site.site();
        Path content = loaded != null ? loaded.sources().content() : sources(options).content();
        Path snapshot = loaded != null ? loaded.snapshotFile() : options.snapshot();
        watcher = InputWatcher.start(snapshot, content, siteTemplates(options), options.out(), this::changed, log);
    }

    /** An edit: load the part again, render the open pages, then reload them or show the error. */
    void changed(Set<Part> parts) {
        long start = System.nanoTime();
        String what = parts.stream().map(part -> part.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.joining(", "));
        if (!site.load(parts)) {
            log.println("versus serve: " + what + " changed; the site did not load, so the last good version is served:");
            log.println(site.failure());
            server.buildFailed(site.failure());
            return;
        }
        String error = site.renderOpenPages(live.openPages(OPEN_PAGES_RENDERED));
        if (error != null) {
            log.println("versus serve: " + what + " changed; a page failed, so its last good version is served:");
            log.println(error);
            server.buildFailed(error);
            return;
        }
        log.println("versus serve: " + what + " changed; reloaded in " + (System.nanoTime() - start) / 1_000_000
                + " ms");
        server.siteRebuilt();
    }

    /** Why the latest load failed, or null when the site loaded. */
    public String failure() {
        return site.failure();
    }

    /** Whose fault the latest load's failure is, or null when the site loaded. */
    public BuildFailure.Kind failureKind() {
        return site.failureKind();
    }

    public URI url() {
        return server.url();
    }

    public int port() {
        return server.port();
    }

    /** Stops watching and serving. */
    @Override
    public void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                // Closing anyway.
            }
        }
        server.close();
    }

    /** The site's own templates folder, or null when it uses the built-in ones only. */
    private static Path siteTemplates(BuildOptions options) {
        Path templates = sources(options).templates();
        return onDisk(templates) ? templates : null;
    }

    /** Where the site's inputs are; when a folder given does not exist, the flags' folders as given. */
    private static SiteSources sources(BuildOptions options) {
        try {
            return SiteSources.resolve(options.content(), options.templates());
        } catch (IOException e) {
            return new SiteSources(options.content(), options.templates(), null);
        }
    }

    private static boolean onDisk(Path path) {
        return path != null && path.getFileSystem() == FileSystems.getDefault();
    }
}
