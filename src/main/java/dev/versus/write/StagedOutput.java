package dev.versus.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A folder beside the target that receives a whole build, then takes the target's place. The
 * staging folder is a sibling so that the swap is a rename on one file system, not a copy.
 */
public final class StagedOutput implements Output {
    private final Path target;
    final Path staging;
    private final AtomicLong bytesWritten = new AtomicLong();
    private final AtomicLong filesWritten = new AtomicLong();
    private final AtomicLong scratchFiles = new AtomicLong();
    private boolean committed;

    private StagedOutput(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Creates an empty staging folder beside {@code target}. */
    public static StagedOutput open(Path target) throws IOException {
        return open(target, "staging");
    }

    static StagedOutput open(Path target, String purpose) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + "." + purpose + "-");
        return new StagedOutput(absolute, staging);
    }

    /**
     * Writes one file under the staging folder, creating its folders.
     *
     * @param relativePath a path made from validated slugs; anything leaving the folder is refused
     */
    @Override
    public void write(String relativePath, byte[] bytes) {
        Path file = inside(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath, e);
        }
        bytesWritten.addAndGet(bytes.length);
        filesWritten.incrementAndGet();
    }

    @Override
    public void move(String relativePath, Path source, long size) {
        Path file = inside(relativePath);
        try {
            Files.createDirectories(file.getParent());
            Files.move(source, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + relativePath, e);
        }
        bytesWritten.addAndGet(size);
        filesWritten.incrementAndGet();
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
    @Override
    public Path newScratchFile() throws IOException {
        return Files.createFile(staging.resolveSibling(staging.getFileName() + ".file-" + scratchFiles.incrementAndGet()));
    }

    @Override
    public long bytesWritten() {
        return bytesWritten.get();
    }

    @Override
    public long filesWritten() {
        return filesWritten.get();
    }

    /** Puts the staged build, with its manifest, in the target's place; the previous build goes. */
    @Override
    public void commit(Manifest manifest, String manifestPath, java.util.Set<String> deleted) throws IOException {
        Path file = staging.resolve(manifestPath);
        Files.createDirectories(file.getParent());
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file))) {
            ManifestFile.write(manifest, out);
        }
        commit();
    }

    /** Puts the staged build in the target's place and removes the previous build. */
    public void commit() throws IOException {
        Path previous = null;
        if (Files.exists(target)) {
            previous = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".previous-");
            Files.delete(previous);
            Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (previous != null) {
            Folders.deleteRecursively(previous);
        }
    }

    /** Removes the staging folder unless it was committed; the target is never touched here. */
    @Override
    public void close() throws IOException {
        if (!committed) {
            Folders.deleteRecursively(staging);
        }
    }
}
