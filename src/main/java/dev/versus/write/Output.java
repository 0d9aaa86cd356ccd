package dev.versus.write;

import java.io.IOException;
import java.util.Set;

/**
 * Where a build's files go until the build succeeds. Nothing in the output folder changes before
 * {@link #commit}; closing without committing discards what was written.
 */
interface Output extends AutoCloseable {

    /** Stages one file; safe to call from several threads. */
    void write(String relativePath, byte[] bytes);

    /** Stages a file already written elsewhere on the output's file system, by moving it. */
    void move(String relativePath, java.nio.file.Path file, long size);

    /**
     * A new empty file to write a large page into before it is moved in; whoever asks for it
     * moves or deletes it.
     */
    java.nio.file.Path newScratchFile() throws IOException;

    /**
     * Makes the staged files the output, removes {@code deleted}, and records the manifest at
     * {@code manifestPath} (relative to the output folder).
     */
    void commit(Manifest manifest, String manifestPath, Set<String> deleted) throws IOException;

    long filesWritten();

    long bytesWritten();

    @Override
    void close() throws IOException;
}
