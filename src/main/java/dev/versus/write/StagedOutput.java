package dev.versus.write;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A folder beside the output that receives the new site whole, then takes the output's place by
 * two renames, so that whenever the build is stopped the output is the previous site or the new
 * one, never a mix. A rebuild writes only the changed files here; at commit the unchanged files of
 * the current site are hard-linked in (see {@link CarryOver}). The staging folder is a sibling so
 * that the swap is a rename on one file system, not a copy.
 */
public final class StagedOutput implements AutoCloseable {
    /** Tests replace this to make writes fail as a full disk would. */
    static volatile FileWrites fileWrites = FileWrites.CREATE_NEW;

    private final Path shown;
    private final Path target;
    final Path staging;
    private final boolean carryOver;
    private final Cancellation cancellation;
    /** How many threads carry the current site over and delete the previous one. */
    private final int threads;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytesWritten = new AtomicLong();
    private final AtomicLong scratchFiles = new AtomicLong();
    private boolean committed;

    private StagedOutput(Path shown, Path target, Path staging, boolean carryOver, Cancellation cancellation,
            int threads) {
        this.shown = shown;
        this.target = target;
        this.staging = staging;
        this.carryOver = carryOver;
        this.cancellation = cancellation;
        this.threads = threads;
    }

    /** A staging folder for a site that replaces whatever is at {@code target}. */
    public static StagedOutput open(Path target) throws IOException {
        return open(target, false, new Cancellation(), 1);
    }

    /**
     * @param carryOver whether the files of the current output that this build neither writes
     *     nor deletes stay (a rebuild guided by a manifest), or the output is replaced whole
     * @param threads how many threads the commit's file work uses (carry-over, deletions)
     */
    static StagedOutput open(Path target, boolean carryOver, Cancellation cancellation, int threads)
            throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        try {
            Files.createDirectories(absolute.getParent());
            Path staging = Siblings.createFolder(absolute, Siblings.STAGING);
            return new StagedOutput(target, absolute, staging, carryOver, cancellation, threads);
        } catch (IOException e) {
            throw new OutputWriteException(target, "creating a staging folder in " + absolute.getParent(), e);
        }
    }

    /**
     * Writes one new file under the staging folder, creating its folders.
     *
     * @param relativePath a path made from validated slugs; anything leaving the folder is refused
     */
    public void write(String relativePath, byte[] bytes) {
        Path file = inside(relativePath);
        try {
            Files.createDirectories(file.getParent());
            fileWrites.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(failure("writing " + relativePath, e));
        }
        written.add(relativePath);
        bytesWritten.addAndGet(bytes.length);
    }

    public void move(String relativePath, Path source, long size) {
        Path file = inside(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.move(source, file);
        } catch (IOException e) {
            throw new UncheckedIOException(failure("writing " + relativePath, e));
        }
        written.add(relativePath);
        bytesWritten.addAndGet(size);
    }

    /** Names the output and where the failure happened: the person must know which disk is full. */
    OutputWriteException failure(String doing, IOException cause) {
        return new OutputWriteException(shown, doing + " into " + staging, cause);
    }

    private Path inside(String relativePath) {
        Path file = staging.resolve(relativePath).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new IllegalArgumentException("refusing to write outside the output folder: " + relativePath);
        }
        return file;
    }

    /**
     * A new empty file beside the staging folder, on its file system, so that moving it in is a
     * rename. Named after the staging folder, which is unique, it gets the usual permissions
     * (a temporary file's would be owner-only, and stay so once moved in).
     */
    public Path newScratchFile() throws IOException {
        return Files.createFile(staging.resolveSibling(staging.getFileName() + ".file-" + scratchFiles.incrementAndGet()));
    }

    public long bytesWritten() {
        return bytesWritten.get();
    }

    public long filesWritten() {
        return written.size();
    }

    /**
     * Completes the new site in staging (the current site's other files, the manifest), then swaps
     * it in for the current one.
     */
    public void commit(Manifest manifest, String manifestPath, Set<String> deleted) throws IOException {
        if (carryOver && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            try {
                CarryOver.into(target, staging, path -> path.equals(manifestPath) || deleted.contains(path)
                        || written.contains(path), cancellation, threads);
                for (String path : deleted) {
                    CarryOver.removeEmptyFolders(staging, staging.resolve(path).getParent());
                }
            } catch (IOException e) {
                throw failure("linking the unchanged files of " + target, e);
            }
        }
        Path file = inside(manifestPath);
        try {
            Files.createDirectories(file.getParent());
            writeManifest(manifest, file);
        } catch (IOException e) {
            throw failure("writing " + manifestPath, e);
        }
        swap();
    }

    /**
     * Records a manifest whose files are all in place already (the build changed no file, only
     * its inputs' digests): one atomic rename over the old manifest, no swap of the whole site.
     */
    void replaceManifest(Manifest manifest, String manifestPath) throws IOException {
        Path destination = target.resolve(manifestPath);
        Path scratch = newScratchFile();
        try {
            Files.delete(scratch);
            writeManifest(manifest, scratch);
            Files.createDirectories(destination.getParent());
            cancellation.enterSwap();
            Files.move(scratch, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            cancellation.swapped();
        } catch (IOException e) {
            throw failure("writing " + manifestPath, e);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    private static void writeManifest(Manifest manifest, Path file) throws IOException {
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(file,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
            ManifestFile.write(manifest, out);
        }
    }

    /** Puts the staged build in the target's place, replacing whatever was there, as a first build does. */
    public void commit() throws IOException {
        swap();
    }

    /**
     * Renames the output to a previous-* folder, then staging to the output, then removes the
     * previous site. A kill between the renames leaves no output but a previous-* folder, which
     * the next build's recovery renames back.
     */
    private void swap() throws IOException {
        cancellation.enterSwap();
        Path previous = null;
        try {
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                previous = Siblings.unusedName(target, Siblings.PREVIOUS);
                SwapPause.before(1);
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            SwapPause.before(2);
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (previous != null && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
            }
            throw failure("moving the new site in place of " + target, e);
        }
        committed = true;
        cancellation.swapped();
        if (previous != null) {
            SwapPause.before(3);
            deletePrevious(previous);
        }
    }

    private void deletePrevious(Path previous) {
        try {
            Folders.deleteRecursively(previous, threads);
        } catch (IOException e) {
            // The new site is in place and complete; the next build's recovery removes the rest.
        }
    }

    /** Removes the staging folder unless it was committed; the target is never touched here. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Folders.deleteRecursively(staging, threads);
        }
    }
}
