package dev.versus.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One build per output folder: an exclusive OS lock on {@code .site.lock} beside the folder,
 * released by the OS if the process dies. The holder writes its PID into the file, so that a
 * second build can say who holds it, and deletes the file before releasing the lock, so that no
 * lock file stays after a build. Because the file can be deleted by its holder between another
 * process's open and lock, a lock counts only if the path still names the locked file.
 */
public final class OutputLock implements AutoCloseable {
    /**
     * Lock files held by this JVM. A second channel on a locked file must not even be opened:
     * closing it would release the POSIX lock the first one holds.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();
    private static final long POLL_MILLIS = 200;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** Another process (or build in this one) holds the folder. */
    public static final class Busy extends Exception {
        private final String holder;

        Busy(Path folder, String holder) {
            super(folder + " is being built by another Versus process (" + holder + ")");
            this.holder = holder;
        }

        /** "pid 1234", as the holder wrote it, or "pid unknown". */
        public String holder() {
            return holder;
        }
    }

    /** What to do while another build holds the folder. */
    public interface Waiting {
        /** Never wait: fail at once with {@link Busy}. */
        Waiting NEVER = busy -> false;

        /** Called before each wait; returns false to give up with {@code busy}. */
        boolean waitFor(Busy busy);
    }

    /**
     * Locks the output folder {@code out}, waiting while {@code waiting} says so.
     *
     * @throws Busy when the folder is held and {@code waiting} gave up
     * @throws InterruptedException when interrupted while waiting
     */
    public static OutputLock acquire(Path out, Waiting waiting) throws IOException, Busy, InterruptedException {
        Path absolute = out.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path file = Siblings.lockFile(absolute.getParent().toRealPath().resolve(absolute.getFileName()));
        while (true) {
            OutputLock lock = tryAcquire(file);
            if (lock != null) {
                lock.recordHolder();
                return lock;
            }
            Busy busy = new Busy(out, holderOf(file));
            if (!waiting.waitFor(busy)) {
                throw busy;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static OutputLock tryAcquire(Path file) throws IOException {
        if (!HELD.add(file)) {
            return null;
        }
        boolean acquired = false;
        try {
            while (true) {
                Object before = fileKey(file);
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel);
                if (lock == null) {
                    channel.close();
                    return null;
                }
                // Until the file existed before the open and still is the same file, the lock may be on a
                // file its holder deleted; a fresh try settles it.
                if (before != null && before.equals(fileKey(file))) {
                    acquired = true;
                    return new OutputLock(file, channel, lock);
                }
                channel.close();
            }
        } finally {
            if (!acquired) {
                HELD.remove(file);
            }
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private static Object fileKey(Path file) throws IOException {
        try {
            return Objects.requireNonNull(Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey(), "file keys are needed to lock the output");
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    private void recordHolder() throws IOException {
        String text = "pid=" + ProcessHandle.current().pid() + "\n";
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    }

    /** "pid 1234" from the lock file, read without opening it in this JVM when this JVM holds it. */
    private static String holderOf(Path file) {
        if (HELD.contains(file)) {
            return "pid " + ProcessHandle.current().pid();
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("pid=")) {
                    return "pid " + line.substring(4).trim();
                }
            }
        } catch (IOException e) {
            // Deleted by its holder meanwhile, or not readable: the message says so.
        }
        return "pid unknown";
    }

    /** Deletes the lock file, then releases the lock: no lock file stays after a build. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A lock file left behind is stale once released; the next build locks it and deletes it.
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel releases the lock whatever happens; the process may be exiting anyway.
        } finally {
            HELD.remove(file);
        }
    }
}
