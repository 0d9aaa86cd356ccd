package dev.versus.cli;

import dev.versus.build.BuildFailure;
import dev.versus.build.BuildOptions;
import dev.versus.serve.BuildErrors;
import dev.versus.serve.SiteServer;
import dev.versus.serve.WatchedBuild;
import dev.versus.write.Cancellation;
import dev.versus.write.ProgressReport;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code versus serve}: builds the site, then serves it on this machine until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site and serves it over HTTP; with --watch, rebuilds on changes and reloads open pages.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions site;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every network).")
    String bind;

    @Option(names = "--watch", description = "Rebuild when the content, templates or snapshot change, and reload open pages.")
    boolean watch;

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
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            System.err.println("versus serve: --bind: unknown address \"" + bind + "\"");
            return ExitCodes.USAGE;
        }
        Path templates = WatchedBuild.templatesFolder(options);
        BuildFailure failure;
        Cancellation cancellation = new Cancellation();
        try (SignalStop stop = SignalStop.install("serve", options.out(), cancellation)) {
            failure = WatchedBuild.buildAndTell(options, null, templates, System.err, ProgressReport.forConsole(),
                    cancellation);
        }
        // With --watch a failed first build is shown over the pages until an edit fixes it; a busy
        // folder or a stop is not something an edit fixes.
        if (failure != null && (!watch || failure.kind() == BuildFailure.Kind.BUSY
                || failure.kind() == BuildFailure.Kind.CANCELLED)) {
            if (failure.kind() == BuildFailure.Kind.BUG) {
                System.err.println(ExitCodes.REPORT_BUG);
            }
            return ExitCodes.of(failure.kind());
        }
        Files.createDirectories(options.out());
        SiteServer server;
        try {
            server = SiteServer.start(options.out(), address, port, watch);
        } catch (BindException e) {
            System.err.println("versus serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (failure != null) {
            server.buildFailed(BuildErrors.describe(failure, templates));
        }
        WatchedBuild watched = watch ? WatchedBuild.start(options, server, System.err) : null;
        System.out.println("Serving " + options.out() + " at " + server.url()
                + (watch ? ", rebuilding on changes" : "") + " (Ctrl+C to stop)");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (watched != null) {
                    watched.close();
                }
            } catch (IOException e) {
                // Exiting anyway.
            }
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
