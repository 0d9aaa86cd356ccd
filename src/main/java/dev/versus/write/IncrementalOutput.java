package dev.versus.write;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Updates an existing output in place: only files whose bytes changed are staged (beside the
 * output), and only at commit are they moved in, one rename each, and the files no longer
 * produced deleted. Untouched files keep their modification time, and a build that changes
 * nothing writes nothing, not even the manifest.
 */
final class IncrementalOutput implements Output {
    private final Path target;
    private final StagedOutput staged;
    private final ConcurrentLinkedQueue<String> written = new ConcurrentLinkedQueue<>();

    private IncrementalOutput(Path target, StagedOutput staged) {
        this.target = target;
        this.staged = staged;
    }

    static IncrementalOutput open(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        return new IncrementalOutput(absolute, StagedOutput.open(absolute, "changes"));
    }

    @Override
    public void write(String relativePath, byte[] bytes) {
        staged.write(relativePath, bytes);
        written.add(relativePath);
    }

    @Override
    public void move(String relativePath, Path file, long size) {
        staged.move(relativePath, file, size);
        written.add(relativePath);
    }

    @Override
    public Path newScratchFile() throws IOException {
        return staged.newScratchFile();
    }

    @Override
    public void commit(Manifest manifest, String manifestPath, Set<String> deleted) throws IOException {
        List<String> paths = written.stream().sorted().toList();
        for (String path : paths) {
            Path destination = target.resolve(path);
            Files.createDirectories(destination.getParent());
            Files.move(staged.staging.resolve(path), destination, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
        for (String path : deleted) {
            Files.deleteIfExists(target.resolve(path));
            removeEmptyFolders(target.resolve(path).getParent());
        }
        writeManifestIfChanged(manifest, manifestPath);
    }

    private void writeManifestIfChanged(Manifest manifest, String manifestPath) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ManifestFile.write(manifest, bytes);
        Path file = target.resolve(manifestPath);
        if (Files.isRegularFile(file) && Arrays.equals(Files.readAllBytes(file), bytes.toByteArray())) {
            return;
        }
        Path temporary = staged.staging.resolve("manifest.json.new");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
            bytes.writeTo(out);
        }
        Files.createDirectories(file.getParent());
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Removes folders emptied by deletions, up to (not including) the output folder. */
    private void removeEmptyFolders(Path folder) throws IOException {
        while (folder != null && folder.startsWith(target) && !folder.equals(target)) {
            try {
                Files.deleteIfExists(folder);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
            folder = folder.getParent();
        }
    }

    @Override
    public long filesWritten() {
        return staged.filesWritten();
    }

    @Override
    public long bytesWritten() {
        return staged.bytesWritten();
    }

    /** The staging folder always goes; it only ever held copies. */
    @Override
    public void close() throws IOException {
        staged.close();
    }
}
