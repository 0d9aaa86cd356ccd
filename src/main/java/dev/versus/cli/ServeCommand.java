package dev.versus.cli;

import dev.versus.build.BuildOptions;
import dev.versus.serve.Browser;
import dev.versus.serve.Preview;
import dev.versus.serve.SiteServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code versus serve}: the site rendered page by page as it is asked for, reloading open pages
 * on edits; or, with {@code --site}, a built folder served as it is.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the site on this machine, each page rendered when it is asked for: nothing is built first,"
                + " and an edit to a template, a content page or the snapshot reloads the open pages.",
            "With --site DIR, serves a folder `build` made, exactly as it is."})
final class ServeCommand implements Callable<Integer> {
    /** The default bound of the page cache: some two thousand comparison pages. */
    static final int DEFAULT_CACHE_MB = 128;

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
    String bind;

    @Option(names = "--watch", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Watch the snapshot, content and templates, and reload open pages on a change (default: on;"
                    + " --no-watch serves the site as it was when serve started).")
    boolean watch;

    @Option(names = "--site", paramLabel = "DIR",
            description = "Serve this built folder exactly as it is, instead of rendering the site's pages.")
    Path builtSite;

    @Option(names = "--open", description = "Open the site in the browser once it is ready.")
    boolean open;

    @Option(names = "--cache-mb", paramLabel = "MB", defaultValue = "" + DEFAULT_CACHE_MB,
            description = "Keep at most this many megabytes of rendered pages (default: ${DEFAULT-VALUE}).")
    long cacheMegabytes;

    @Override
    public Integer call() throws IOException, InterruptedException {
        BuildOptions options;
        try {
            options = site.toBuildOptions("serve");
        } catch (SiteOptions.Invalid invalid) {
            System.err.println(invalid.getMessage());
            return invalid.exitCode;
        }
        if (port < 0 || port > 65535) {
            System.err.println("versus serve: --port must be between 0 and 65535, got " + port);
            return ExitCodes.USAGE;
        }
        if (cacheMegabytes < 0 || cacheMegabytes > 1 << 20) {
            System.err.println("versus serve: --cache-mb must be between 0 and 1048576, got " + cacheMegabytes);
            return ExitCodes.USAGE;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            System.err.println("versus serve: --bind: unknown address \"" + bind + "\"");
            return ExitCodes.USAGE;
        }
        return builtSite != null ? serveFolder(address) : serveInputs(options, address);
    }

    /** The site's inputs, rendered on request. */
    private int serveInputs(BuildOptions options, InetAddress address) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Preview preview;
        try {
            preview = Preview.start(options, address, port, watch, cacheMegabytes << 20, System.err);
        } catch (BindException e) {
            return cannotListen(e);
        }
        if (preview.failure() != null) {
            System.err.println(preview.failure());
            if (!watch) {
                preview.close();
                if (preview.failureKind() == dev.versus.build.BuildFailure.Kind.BUG) {
                    System.err.println(ExitCodes.REPORT_BUG);
                }
                return ExitCodes.of(preview.failureKind());
            }
            System.err.println("The site did not load; serving the error until an edit fixes it.");
        }
        System.out.println("Serving the site at " + preview.url() + " (ready in "
                + (System.nanoTime() - start) / 1_000_000 + " ms; pages are rendered when asked for"
                + (watch ? ", and reload when the snapshot, content or templates change" : "") + "; Ctrl+C to stop)");
        return serveUntilStopped(preview::close, preview.url());
    }

    /** A built folder, exactly as it is. */
    private int serveFolder(InetAddress address) throws IOException, InterruptedException {
        if (!Files.isDirectory(builtSite)) {
            System.err.println("versus serve: --site: not a folder: " + builtSite);
            return ExitCodes.INVALID_INPUT;
        }
        SiteServer server;
        try {
            server = SiteServer.start(builtSite, address, port, false);
        } catch (BindException e) {
            return cannotListen(e);
        }
        System.out.println("Serving " + builtSite + " as it is at " + server.url() + " (Ctrl+C to stop)");
        return serveUntilStopped(server::close, server.url());
    }

    private int cannotListen(BindException e) {
        System.err.println("versus serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
        return ExitCodes.USAGE;
    }

    private int serveUntilStopped(Runnable close, URI url) throws InterruptedException {
        if (open) {
            Browser.open(url, System.err);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            close.run();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
