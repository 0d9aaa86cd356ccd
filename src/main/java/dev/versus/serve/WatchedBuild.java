package dev.versus.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.versus.build.BuildControls;
import dev.versus.build.BuildFailure;
import dev.versus.build.BuildOptions;
import dev.versus.build.BuildReport;
import dev.versus.build.SiteBuild;
import dev.versus.load.SiteSources;
import dev.versus.write.Cancellation;
import dev.versus.write.OutputLock;
import dev.versus.write.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Rebuilds the site when its inputs change: the content and templates folders (with every
 * folder inside them) and the snapshot file. Changes are gathered until 200 ms pass without
 * one, so that saving several files makes one build. The build is incremental, so only pages
 * whose inputs changed are rendered and only changed files are replaced; a build that fails
 * leaves the last good site in place, and the server keeps serving it.
 */
public final class WatchedBuild implements AutoCloseable {
    static final long QUIET_MILLIS = 200;

    private final BuildOptions options;
    private final SiteServer server;
    private final PrintStream log;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** Folders watched with everything in them. */
    private final List<Path> trees = new ArrayList<>();
    /** The snapshot, when it lies outside those folders. */
    private final Path snapshot;
    private final Path templates;
    private final Path out;
    private final Thread thread;
    /** The rebuild under way, one per build; {@link #close} cancels it, so it stops between pages and cleans up. */
    private volatile Cancellation current = new Cancellation();
    private volatile boolean closed;

    private WatchedBuild(BuildOptions options, SiteServer server, PrintStream log) throws IOException {
        this.options = options;
        this.server = server;
        this.log = log;
        this.watcher = FileSystems.getDefault().newWatchService();
        SiteSources sources = SiteSources.resolve(options.content(), options.templates());
        this.templates = onDisk(sources.templates()) ? sources.templates() : null;
        this.out = absolute(options.out());
        for (Path folder : new Path[] {sources.content(), sources.templates()}) {
            if (onDisk(folder)) {
                trees.add(absolute(folder));
                registerTree(absolute(folder));
            }
        }
        Path snapshotFile = options.snapshot() == null ? null : absolute(options.snapshot());
        this.snapshot = snapshotFile != null && trees.stream().noneMatch(snapshotFile::startsWith) ? snapshotFile : null;
        if (snapshot != null) {
            register(snapshot.getParent());
        }
        this.thread = new Thread(this::run, "versus-watch");
        this.thread.setDaemon(true);
    }

    /** Starts watching; the first build is the caller's. */
    public static WatchedBuild start(BuildOptions options, SiteServer server, PrintStream log) throws IOException {
        WatchedBuild watched = new WatchedBuild(options, server, log);
        watched.thread.start();
        return watched;
    }

    /** The templates folder as it is named in error messages, or null when it is the bundled one. */
    public static Path templatesFolder(BuildOptions options) {
        try {
            Path folder = SiteSources.resolve(options.content(), options.templates()).templates();
            return onDisk(folder) ? folder : null;
        } catch (IOException e) {
            return options.templates();
        }
    }

    /**
     * Builds once, and tells the server (and so the open pages) how it went.
     *
     * @param server null before the server is started
     * @return null when the build succeeded, else its message, starting with file:line:col
     */
    public static BuildFailure buildAndTell(BuildOptions options, SiteServer server, Path templates, PrintStream log,
            Progress progress) {
        return buildAndTell(options, server, templates, log, progress, new Cancellation());
    }

    /**
     * As above, under the output folder's lock like every build; {@code cancellation} stops it
     * between pages (Ctrl-C), leaving the last good site.
     */
    public static BuildFailure buildAndTell(BuildOptions options, SiteServer server, Path templates, PrintStream log,
            Progress progress, Cancellation cancellation) {
        try {
            BuildReport report = SiteBuild.run(options, progress, new BuildControls(OutputLock.Waiting.NEVER,
                    line -> log.println("versus serve: " + line), cancellation));
            log.println("Built: " + report.rendered() + " pages rendered, " + report.changes().lines().size()
                    + " files changed (" + report.total().toMillis() + " ms)");
            if (server != null) {
                server.siteRebuilt();
            }
            return null;
        } catch (BuildFailure failure) {
            String message = BuildErrors.describe(failure, templates);
            if (failure.kind() == BuildFailure.Kind.BUG) {
                failure.printStackTrace(log);
            }
            log.println("Build failed; still serving the last good build.");
            log.println(message);
            if (server != null) {
                server.buildFailed(message);
            }
            return failure;
        }
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean relevant = handle(key);
                // Gather the rest of this burst of changes: build once they stop for a moment.
                for (WatchKey next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); next != null;
                        next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    relevant |= handle(next);
                }
                if (relevant) {
                    rebuild();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: stop watching.
        }
    }

    private void rebuild() {
        Cancellation cancellation = new Cancellation();
        current = cancellation;
        if (closed) {
            return;
        }
        buildAndTell(options, server, templates, log, Progress.SILENT, cancellation);
    }

    /** Takes a key's events, watches new folders, and says whether any event was an input change. */
    private boolean handle(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                relevant = true;
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isInput(path)) {
                relevant = true;
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                    registerTreeQuietly(path);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    private boolean isInput(Path path) {
        if (path.startsWith(out) || path.getFileName().toString().startsWith("." + out.getFileName() + ".")) {
            return false;
        }
        return path.equals(snapshot) || trees.stream().anyMatch(path::startsWith);
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                if (!folder.startsWith(out)) {
                    register(folder);
                }
            }
        }
    }

    private void registerTreeQuietly(Path root) {
        try {
            registerTree(root);
        } catch (IOException e) {
            log.println("versus serve: cannot watch " + root + ": " + e.getMessage());
        }
    }

    private void register(Path folder) throws IOException {
        folders.put(folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
    }

    private static boolean onDisk(Path path) {
        return path != null && path.getFileSystem() == FileSystems.getDefault();
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        current.cancel();
        watcher.close();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
