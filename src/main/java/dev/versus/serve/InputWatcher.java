package dev.versus.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import dev.versus.build.LoadedSite.Part;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches the site's inputs and says which parts changed: the snapshot file, the content folder
 * and the site's templates folder (with every folder inside them; built-in templates do not
 * change). Events are gathered until {@value #QUIET_MILLIS} ms pass without one, so that an
 * editor's save (a temporary file, a rename) or several files saved at once make one reload.
 */
final class InputWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 100;

    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Path snapshot;
    private final Path content;
    private final Path templates;
    private final Path out;
    private final Consumer<Set<Part>> onChange;
    private final PrintStream log;
    private final Thread thread;

    /**
     * @param content the content folder, or null when it is not on disk (the bundled one)
     * @param templates the site's templates folder, or null when the site has none
     * @param out the output folder, whose files are never inputs
     */
    private InputWatcher(Path snapshot, Path content, Path templates, Path out, Consumer<Set<Part>> onChange,
            PrintStream log) throws IOException {
        this.watcher = FileSystems.getDefault().newWatchService();
        this.snapshot = absolute(snapshot);
        this.content = absolute(content);
        this.templates = absolute(templates);
        this.out = absolute(out);
        this.onChange = onChange;
        this.log = log;
        for (Path tree : new Path[] {this.content, this.templates}) {
            if (tree != null) {
                registerTree(tree);
            }
        }
        if (this.snapshot != null && !folders.containsValue(this.snapshot.getParent())) {
            register(this.snapshot.getParent());
        }
        this.thread = new Thread(this::run, "versus-watch");
        this.thread.setDaemon(true);
    }

    static InputWatcher start(Path snapshot, Path content, Path templates, Path out, Consumer<Set<Part>> onChange,
            PrintStream log) throws IOException {
        InputWatcher watching = new InputWatcher(onDisk(snapshot), onDisk(content), onDisk(templates), out, onChange,
                log);
        watching.thread.start();
        return watching;
    }

    private void run() {
        try {
            while (true) {
                Set<Part> changed = EnumSet.noneOf(Part.class);
                handle(watcher.take(), changed);
                for (WatchKey next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); next != null;
                        next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    handle(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // Closed: stop watching.
        }
    }

    /** Takes a key's events into {@code changed}, and watches folders that were made. */
    private void handle(WatchKey key, Set<Part> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                changed.addAll(EnumSet.allOf(Part.class)); // events were lost: anything may have changed
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            Part part = partOf(path);
            if (part != null) {
                changed.add(part);
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                    registerTreeQuietly(path);
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Which input a changed path belongs to, or null when it is none (the output, another file beside the snapshot). */
    Part partOf(Path path) {
        if (out != null && (path.startsWith(out)
                || path.getFileName().toString().startsWith("." + out.getFileName() + "."))) {
            return null;
        }
        if (path.equals(snapshot)) {
            return Part.SNAPSHOT;
        }
        if (content != null && path.startsWith(content.resolve("data"))) {
            // The content reader never reads data/, which holds the default snapshot: another file
            // there (an editor's temporary copy) is no input, unless it is not known yet which
            // snapshot the site reads (its first load failed).
            return snapshot == null ? Part.SNAPSHOT : null;
        }
        if (templates != null && path.startsWith(templates)) {
            return Part.TEMPLATES;
        }
        return content != null && path.startsWith(content) ? Part.CONTENT : null;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                if (out == null || !folder.startsWith(out)) {
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

    private static Path onDisk(Path path) {
        return path != null && path.getFileSystem() == FileSystems.getDefault() ? path : null;
    }

    private static Path absolute(Path path) {
        return path == null ? null : path.toAbsolutePath().normalize();
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
        try {
            thread.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
